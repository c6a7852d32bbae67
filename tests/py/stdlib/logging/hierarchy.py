import io
import logging

out = io.StringIO()
top = logging.getLogger("app")
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
top.addHandler(h)
top.setLevel(logging.DEBUG)

child = logging.getLogger("app.db.pool")
print(child.parent is top, child.getEffectiveLevel())
mid = logging.getLogger("app.db")
print(child.parent is mid, mid.parent is top, top.parent is logging.root)
print(type(logging.root.manager.loggerDict["app"]).__name__)
print(sorted(k for k in logging.root.manager.loggerDict if k.startswith("app")))
child.debug("from %s", "pool")
mid.info("from db")
mid.propagate = False
import sys
sys.stderr = io.StringIO()
child.warning("stops at db: no handler there, so the last resort prints it")
print("stderr got:", repr(sys.stderr.getvalue()))
sys.stderr = sys.__stderr__
mid.propagate = True
child.error("reaches app again")
print(top.getChild("web") is logging.getLogger("app.web"))
print(logging.root.getChild("zzz").name)
print(repr(child), repr(top), repr(h))
print(top.hasHandlers(), logging.getLogger("other").hasHandlers())
top.removeHandler(h)
print(top.handlers)
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)

# records below the handler's level are dropped by that handler only
out2 = io.StringIO()
h1 = logging.StreamHandler(out)
h2 = logging.StreamHandler(out2)
h2.setLevel(logging.ERROR)
log = logging.getLogger("two")
log.addHandler(h1)
log.addHandler(h2)
log.propagate = False
log.warning("warn")
log.error("err")
print(out.getvalue(), end="")
print("--")
print(out2.getvalue(), end="")
