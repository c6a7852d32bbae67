import io
import os
import logging
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")

log = logging.getLogger("files")
log.propagate = False
fh = logging.FileHandler(path, mode="w")
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(fh)
log.warning("first")
log.error("second %d", 2)
fh.close()
with open(path) as f:
    print(repr(f.read()))
print(repr(fh).replace(d, "DIR"), fh.baseFilename == path, fh.mode)

delayed = logging.FileHandler(os.path.join(d, "later.log"), delay=True)
print(delayed.stream, os.path.exists(os.path.join(d, "later.log")))
log.removeHandler(fh)
log.addHandler(delayed)
log.critical("now")
delayed.close()
print(open(os.path.join(d, "later.log")).read(), end="")

# StreamHandler: terminator, setStream
s1, s2 = io.StringIO(), io.StringIO()
sh = logging.StreamHandler(s1)
sh.terminator = "<END>\n"
log.handlers = [sh]
log.warning("one")
print(sh.setStream(s2) is s1, sh.setStream(s2))
log.warning("two")
print(repr(s1.getvalue()), repr(s2.getvalue()))
print(repr(sh))

# NullHandler swallows; a base Handler must implement emit
log.handlers = [logging.NullHandler()]
log.error("nothing")
base = logging.Handler()
try:
    base.emit(logging.makeLogRecord({}))
except NotImplementedError as e:
    print(type(e).__name__, e)
print(repr(base), base.name)
base.name = "mine"
print(base.get_name())

# a custom handler
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))

lh = ListHandler()
lh.setLevel("INFO")
log.handlers = [lh]
log.setLevel(logging.DEBUG)
log.debug("dropped")
log.info("kept %s", "x")
print(lh.records)
import shutil
shutil.rmtree(d)
