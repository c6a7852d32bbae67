import io
import sys
import logging

s = io.StringIO()
log = logging.getLogger("exc")
h = logging.StreamHandler(s)
log.addHandler(h)
log.propagate = False


def fail():
    return {}["missing"]


try:
    fail()
except KeyError:
    log.exception("lookup failed for %s", "missing")
try:
    raise ValueError("bad value")
except ValueError as e:
    log.error("as instance", exc_info=e)
    log.warning("no traceback")
log.error("explicit tuple", exc_info=(TypeError, TypeError("t"), None))
log.info("info is below WARNING: dropped", exc_info=True)
text = s.getvalue()
# the traceback text names this file; keep only the base name
print(text.replace(__file__, "FILE"), end="")
