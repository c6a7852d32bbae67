import io
import os
import logging
import tempfile

s = io.StringIO()
logging.basicConfig(stream=s, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(message)s")
logging.debug("dbg")


def work():
    logging.getLogger("w").info("in work")


work()
print(s.getvalue(), end="")

s2 = io.StringIO()
logging.basicConfig(stream=s2, format="{levelname} {message}", style="{", force=True)
logging.warning("braces")
logging.info("still DEBUG level from before: %s", logging.root.level)
print(s2.getvalue(), end="")

d = tempfile.mkdtemp()
p = os.path.join(d, "b.log")
logging.basicConfig(filename=p, filemode="w", format="$levelname-$message", style="$",
                    level="WARNING", force=True)
logging.warning("to file")
logging.info("not shown")
logging.shutdown()
print(open(p).read(), end="")
print(logging.root.level)

for kwargs in [dict(stream=s, filename=p), dict(handlers=[], stream=s),
               dict(style="?"), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(force=True, **kwargs)
    except ValueError as e:
        print(type(e).__name__, e)

h = logging.StreamHandler(io.StringIO())
pre = logging.Formatter("pre:%(message)s")
h2 = logging.StreamHandler(io.StringIO())
h2.setFormatter(pre)
logging.basicConfig(handlers=[h, h2], format="%(message)s!", force=True)
logging.error("both")
print(h.stream.getvalue(), h2.stream.getvalue(), end="")
import shutil
shutil.rmtree(d)
