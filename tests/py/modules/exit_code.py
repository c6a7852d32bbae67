# sys.exit(n): finally blocks run, output is flushed, the status is n.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs on SystemExit")
print("not reached")
