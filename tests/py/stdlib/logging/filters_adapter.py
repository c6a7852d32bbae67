import io
import logging

s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("%(name)s %(message)s %(user)s"))
base = logging.getLogger("svc")
base.addHandler(h)
base.propagate = False
base.setLevel(logging.INFO)

f = logging.Filter("svc.a")
for n in ("svc.a", "svc.a.b", "svc.ab", "svc", "other"):
    print(n, f.filter(logging.makeLogRecord({"name": n})))
print(logging.Filter().filter(logging.makeLogRecord({"name": "x"})))

h.addFilter(logging.Filter("svc.a"))
logging.getLogger("svc.a").info("pass", extra={"user": "ann"})
logging.getLogger("svc.b").info("blocked", extra={"user": "bob"})
h.filters.clear()


def only_odd(record):
    return record.n % 2


base.addFilter(only_odd)
for n in range(4):
    base.info("n=%d", n, extra={"user": "u", "n": n})
base.removeFilter(only_odd)

ad = logging.LoggerAdapter(base, {"user": "carol"})
ad.info("adapted %s", "msg")
ad.debug("below level")
print(repr(ad), ad.name, ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel())


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), dict(kwargs, extra=self.extra)


Prefix(base, {"user": "dave"}).warning("custom process")
try:
    base.info("clash", extra={"msg": "x"})
except KeyError as e:
    print(type(e).__name__, e)
print(s.getvalue(), end="")
