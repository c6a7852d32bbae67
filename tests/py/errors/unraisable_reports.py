# "Exception ignored in" reports (sys.unraisablehook's default): the
# exception's own traceback and message only - no chained exceptions, no
# notes - naming the class's __del__ function for finalizer errors.
import re
import sys
import weakref


class Scrubbed:
    # sys.stderr replaced: the reports are written to it (addresses and
    # directories hidden).
    def write(self, s):
        s = re.sub(r'File ".*/', 'File "', s)
        sys.stdout.write(re.sub(r"0x[0-9a-f]+", "ADDR", s))
        return len(s)

    def flush(self):
        pass


sys.stderr = Scrubbed()


class A:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("in del")


a = A()
del a
print("after A", flush=True)


class B:
    def __del__(self):
        raise KeyError("k") from OSError("os")


b = B()
del b
print("after B", flush=True)


class C:
    def __del__(self):
        e = RuntimeError("noted")
        e.add_note("a note")
        raise e


c = C()
del c
print("after C", flush=True)


class D:
    pass


def callback(ref):
    try:
        [][1]
    except IndexError:
        raise TypeError("in callback")


d = D()
r = weakref.ref(d, callback)
del d
print("after D", flush=True)


class E:
    __del__ = lambda self: 1 / 0


e = E()
del e
print("end", flush=True)
