# Callbacks run after sys.exit too, and the exit status is kept.
import atexit
import sys

atexit.register(print, "cleanup after sys.exit")
atexit.register(lambda: print("lambda cleanup"))
print("exiting")
sys.exit(3)
