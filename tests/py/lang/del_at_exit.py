# Finalizers of objects only the main module keeps alive run at exit with the
# module's modules, classes, functions and constants still bound.
import sys
import math

PREFIX = "del"


def describe(obj):
    return "%s %s %s" % (PREFIX, obj.name, sys.maxsize > 0)


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(describe(self), math.floor(2.5), Res.__name__)


class Count(int):
    def __del__(self):
        print("count", int(self), PREFIX)


# (CPython runs these finalizers from its cycle collector, whose order for
# objects inside containers is its own: one object per kind here.)
first = Res("first")
number = Count(7)
last = Res("last")
group = [Res("in-list")]
print("end of script")
