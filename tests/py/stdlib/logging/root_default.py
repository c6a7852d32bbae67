# The module-level helpers configure the root logger on first use: a
# StreamHandler on the sys.stderr of that moment with BASIC_FORMAT.
import io
import sys
import logging

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
try:
    logging.debug("hidden %d", 1)
    logging.info("hidden too")
    logging.warning("disk %s is %d%% full", "/dev/sda", 93)
    logging.error("an error")
    logging.critical("critical: %r", {"k": 1})
    logging.log(logging.ERROR, "via log")
    logging.warning("one dict arg: %(a)s and %(b)s", {"a": 1, "b": 2})
    logging.warning("literal %s without args")
    logging.warning(12345)
finally:
    sys.stderr = saved
print(err.getvalue(), end="")
print(logging.root, logging.root.handlers)
h = logging.root.handlers[0]
print(type(h).__name__, h.stream is err, h.formatter._fmt)
print(logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
print(logging.BASIC_FORMAT)
# a second basicConfig does nothing while the root has handlers
logging.basicConfig(level=logging.DEBUG)
print(logging.root.level, len(logging.root.handlers))
try:
    logging.log("x", "bad level")
except TypeError as e:
    print(type(e).__name__, e)
