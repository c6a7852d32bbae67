# funcName/lineno/filename come from the frame that called the logger,
# stacklevel moves further out, stack_info appends the calling stack.
import io
import logging

s = io.StringIO()
log = logging.getLogger("caller")
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d:%(filename)s:%(module)s %(message)s"))
log.addHandler(h)
log.propagate = False


def inner():
    log.warning("inner")
    log.warning("one up", stacklevel=2)
    log.warning("far up", stacklevel=20)


def outer():
    inner()


class K:
    def method(self):
        log.warning("in method")
        logging.LoggerAdapter(log, {}).warning("through adapter")


outer()
K().method()
log.warning("top level")
log.warning("with stack", stack_info=True)
print(s.getvalue().replace(__file__, "FILE"), end="")
