import io
import logging
import time


def record(msg="hello %s", args=("world",), **extra):
    r = logging.makeLogRecord(dict(name="fmt.test", levelno=20, levelname="INFO",
                                   msg=msg, args=args, pathname="/x/y/mod.py",
                                   filename="mod.py", module="mod", lineno=42,
                                   funcName="fn", created=86400 * 365 + 3723.25,
                                   msecs=250.0))
    r.__dict__.update(extra)
    return r


class UTC(logging.Formatter):
    converter = time.gmtime


for fmt, style in [("%(levelname)s:%(name)s:%(message)s", "%"),
                   ("%(levelname)-8s|%(lineno)5d|%(funcName)s|%(module)s|%(filename)s", "%"),
                   ("{levelname}/{name}/{message!r:>15}", "{"),
                   ("$levelname ${name}: $message", "$"),
                   ("%(asctime)s %(message)s", "%"),
                   ("{asctime} {msecs:03.0f}", "{"),
                   ("${asctime} $message", "$")]:
    f = UTC(fmt, style=style)
    print(f.usesTime(), f.format(record()))
print(UTC("%(asctime)s", datefmt="%d/%m/%Y %H-%M").format(record()))
print(UTC(None).format(record()))
f = UTC("%(custom)s %(message)s", defaults={"custom": "dflt"})
print(f.format(record()), f.format(record(custom="given")))
try:
    UTC("%(missing)s").format(record())
except ValueError as e:
    print(type(e).__name__, e)
for fmt, style in [("no fields", "%"), ("no {} field", "{"), ("no $ field", "$"),
                   ("{0}", "{"), ("x", "#")]:
    try:
        logging.Formatter(fmt, style=style)
        print("ok", fmt)
    except ValueError as e:
        print(type(e).__name__, e)
print(logging.Formatter("no fields", validate=False)._fmt)

# exceptions and stack info are appended to the message
try:
    1 / 0
except ZeroDivisionError:
    import sys
    r = record(exc_info=sys.exc_info())
text = UTC("%(message)s").format(r)
lines = text.splitlines()
print(lines[0], lines[1], lines[-1], sep="\n")
print(r.exc_text == text.split("\n", 1)[1])
print(UTC("%(message)s").format(record(stack_info="Stack here")))
r = record()
print(r.getMessage(), repr(r))
print(logging.Formatter().format(record("%d items", (3,))))
