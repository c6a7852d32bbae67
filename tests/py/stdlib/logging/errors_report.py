# A formatting error in a handler is reported on stderr and logging goes on.
import io
import sys
import logging

err = io.StringIO()
sys.stderr = err
out = io.StringIO()
log = logging.getLogger("bad")
log.addHandler(logging.StreamHandler(out))
log.propagate = False
log.warning("%d apples", "many")
log.warning("fine %s", "after")
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(lines[-2])
print([l for l in lines if l.startswith("TypeError")])
print("Call stack:" in lines)
print(any("errors_report.py" in l and "line 12" in l for l in lines))
print(out.getvalue(), end="")

logging.raiseExceptions = False
err2 = io.StringIO()
sys.stderr = err2
log.warning("%d again", "x")
sys.stderr = sys.__stderr__
print(repr(err2.getvalue()))
logging.raiseExceptions = True

# no handler anywhere: the last-resort handler writes the bare message
err3 = io.StringIO()
sys.stderr = err3
lonely = logging.getLogger("lonely")
lonely.warning("last resort %s", "used")
lonely.info("below its level")
sys.stderr = sys.__stderr__
print(repr(err3.getvalue()), logging.lastResort)
