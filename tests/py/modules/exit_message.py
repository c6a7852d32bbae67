# sys.exit("message"): the message goes to stderr and the status is 1.
import sys
print("some output first")
sys.exit("fatal: configuration missing")
