# Attributes of exception instances: user subclasses keep them like other
# instances (fast attribute sites), builtin fields (StopIteration.value,
# SystemExit.code, OSError.errno, ImportError.name) stay out of __dict__,
# __dict__ / vars / dir / copy / pickle / add_note see the same attributes,
# and hot attribute sites survive exceptions whose dict was made.
import copy
import pickle


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class RetryError(AppError):
    pass


class Slotted(Exception):
    __slots__ = ("a",)


def make(i):
    e = RetryError(i)
    e.extra = i * 2
    return e


def read(e):
    return e.code + e.extra


total = 0
for i in range(400):
    e = make(i)
    if i % 50 == 7:
        d = e.__dict__          # the dict is made now
        d["code"] = -1
        e.added = 1
    if i % 70 == 3:
        e.add_note(f"note {i}")
    if i % 90 == 5:
        del e.extra
        e.extra = 0
    total += read(e)
    if i in (7, 73, 95):
        print(i, e.__dict__, vars(e) is e.__dict__, getattr(e, "__notes__", None))
print("total", total)

e = make(3)
print(sorted(k for k in dir(e) if not k.startswith("_")))
try:
    raise make(5)
except AppError as err:
    print(err.code, err.extra, err.__dict__, repr(err), str(err), err.args)

# Builtin fields are not in __dict__.
s = StopIteration(5)
s.note = 3
print(s.value, s.__dict__)


class MyStop(StopIteration):
    pass


m = MyStop(7)
m.x = 1
m.value = 9
print(m.value, m.__dict__, m.args)


class MyExit(SystemExit):
    def __init__(self, c):
        self.code = c
        self.other = 1


x = MyExit(4)
print(x.code, x.__dict__, x.args)
o = OSError(2, "nofile", "f.txt")
print(o.errno, o.strerror, o.filename, o.__dict__, o.args)
im = ImportError("nope", name="mod", path="/p")
print(im.name, im.path, im.__dict__, im.msg if hasattr(im, "msg") else None)

# copy and pickle keep attributes.
r = make(11)
c = copy.copy(r)
print(c.code, c.extra, c.__dict__, c.args)
p = pickle.loads(pickle.dumps(r))
print(type(p).__name__, p.code, p.extra, p.__dict__, p.args)
plain = ValueError("v")
print(plain.__reduce__())
plain.k = 2
print(plain.__reduce__())
print(pickle.loads(pickle.dumps(plain)).__dict__)

# __slots__ without a dict in the subclass still has BaseException's dict.
s2 = Slotted()
s2.a = 3
s2.b = 4
print(s2.a, s2.b, s2.__dict__)

# A class attribute and a property on the exception class.


class WithProp(Exception):
    kind = "cls"

    @property
    def double(self):
        return self.val * 2


def prop_loop():
    out = 0
    for i in range(300):
        w = WithProp()
        w.val = i
        out += w.double
        if i == 200:
            w.kind = "inst"
            print(w.kind, WithProp.kind, w.__dict__)
    return out


print(prop_loop())


# Names that are str subclasses go through the dict (made from the inline
# attributes, which it keeps); failed lookups make no dict.
class Name(str):
    pass


n = make(21)
print(getattr(n, Name("code")), hasattr(n, Name("nope")))
setattr(n, Name("late"), 5)
print(n.__dict__, n.late, n.code, type(list(n.__dict__)[-1]).__name__)
v = ValueError("v")
print(hasattr(v, "nope"), hasattr(v, Name("nope")), v.__reduce__())
