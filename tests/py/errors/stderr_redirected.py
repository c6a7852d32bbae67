# Tracebacks, warnings and "Exception ignored" reports go to whatever
# object sys.stderr is, as in CPython.
import sys, io

class Loud:
    def __del__(self):
        raise RuntimeError("from __del__")

buf = io.StringIO()
sys.stderr = buf
x = Loud()
del x
sys.stderr = sys.__stderr__
text = buf.getvalue()
print("captured:", "Exception ignored in" in text, "RuntimeError: from __del__" in text)
class ToStdout:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
    def flush(self):
        pass
sys.stderr = ToStdout()
def fail():
    return 1 / 0
fail()
