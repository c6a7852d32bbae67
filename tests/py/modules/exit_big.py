# sys.exit of an int too big for a C long exits with status 255.
import sys
print("before")
sys.exit(2 ** 70)
