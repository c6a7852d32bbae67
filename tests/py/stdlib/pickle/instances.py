import pickle
import copyreg
import collections
import dataclasses


class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, "two"]

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Empty:
    pass


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Mixed(Slotted):
    def __init__(self):
        self.a = 1
        self.z = 2


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyTuple(tuple):
    pass


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v * 2,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {"proto": proto})


class Stateful:
    def __init__(self):
        self.v = 3
        self.cache = "dropped"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"]
        self.cache = "rebuilt"


class NewArgs:
    def __new__(cls, a):
        obj = super().__new__(cls)
        obj.a = a
        return obj

    def __getnewargs__(self):
        return (self.a,)


class NewArgsEx:
    def __new__(cls, *, key):
        obj = super().__new__(cls)
        obj.key = key
        return obj

    def __getnewargs_ex__(self):
        return (), {"key": self.key}


class Outer:
    class Inner:
        pass


Point = collections.namedtuple("Point", "x y")


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0


def show(obj):
    if hasattr(obj, "__dict__"):
        return {k: v for k, v in sorted(vars(obj).items())}
    return obj if type(obj).__repr__ is not object.__repr__ else type(obj).__name__


p = Plain()
ml = MyList([1, 2])
ml.tag = "t"
cases = [p, Empty(), Slotted(), Mixed(), ml, MyDict(a=1), MyInt(5), MyTuple((1, 2)),
         Reduced(4), ReducedEx(), Stateful(), NewArgs(7), NewArgsEx(key="k"),
         Outer.Inner(), Point(1, 2), Item("bolt", 3), Outer.Inner, Plain]
for obj in cases:
    for proto in range(6):
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(proto, type(obj).__name__, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, type(obj).__name__, data)
        print("   ->", type(back).__name__, show(back) if not isinstance(back, type) else back,
              getattr(back, "a", ""), getattr(back, "v", ""))
m = pickle.loads(pickle.dumps(Mixed(), 2))
print(m.a, m.z, pickle.loads(pickle.dumps(ml, 0)).tag)

# copyreg.pickle registers a reduction for a type
class Temp:
    def __init__(self, c):
        self.c = c


def reduce_temp(t):
    return Temp, (t.c + 100,)


copyreg.pickle(Temp, reduce_temp)
print(pickle.loads(pickle.dumps(Temp(1))).c, pickle.dumps(Temp(1), 2))
try:
    copyreg.pickle(Temp, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(Temp in copyreg.dispatch_table, copyreg.dispatch_table[complex](1j))
print(copyreg.__newobj__(Point, 3, 4), copyreg._reconstructor(Plain, object, None).__class__.__name__)
