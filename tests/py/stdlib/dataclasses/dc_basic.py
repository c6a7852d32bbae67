from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         make_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING, Field)
from typing import ClassVar, List


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point.__doc__, Point.__match_args__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__, Point.y)
show(lambda: Point())
show(lambda: Point(1, 2, 3))
show(lambda: Point(1, x=2))
show(lambda: hash(p))
show(lambda: p < Point(2, 0))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "rc"), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0, "a") == Version(1, 0, "b"))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), Version(1) <= Version(1), Version(2) > Version(1, 5))
show(lambda: setattr(vs[0], "major", 5))
show(lambda: delattr(vs[0], "minor"))
show(lambda: setattr(vs[0], "other", 5))
show(lambda: Version(1) < (1, 0))


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)
    secret: str = field(default="s", repr=False)
    total: ClassVar[int] = 0

    def __post_init__(self):
        Inventory.total += 1
        self.count = len(self.items)


a = Inventory("a")
b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, Inventory.total, b.count, a.items is not b.items)
print([f.name for f in fields(Inventory)], "total" in Inventory.__dataclass_fields__)
show(lambda: Inventory("c", [], {}, 3))


@dataclass
class WithInitVar:
    value: int
    scale: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        self.scaled = self.value * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 10).scaled, [f.name for f in fields(w)])
print(repr(InitVar[int]), repr(WithInitVar.__dataclass_fields__["scale"].type))
print(replace(w, value=5, scale=3).scaled)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3))
show(lambda: Options(True, 3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
    d: int = field(default=4, kw_only=False)


print(Mixed(1, 9, c=3), Mixed.__match_args__)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(hash=False, default=0)


print(hash(Key("a")) == hash(Key("a", 5)), len({Key("a"), Key("a"), Key("b")}))


@dataclass(eq=False)
class Ident:
    v: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node("root", [Node("a"), Node("b", [Node("c")])], {"k": (1, [2])})
print(asdict(tree))
print(astuple(tree))
d = asdict(tree)
d["meta"]["k"][1].append(3)
print(tree.meta, asdict(Point(1, 2), dict_factory=lambda kv: list(kv)))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
show(lambda: asdict(3))
show(lambda: astuple(Point))
show(lambda: fields(3))
show(lambda: replace(3))
show(lambda: replace(a, count=3))
r = replace(p, y=10)
print(r, p, r is p)

# the errors raised while defining a dataclass
def bad_mutable():
    @dataclass
    class C:
        x: list = []


def bad_order():
    @dataclass
    class C:
        x: int = 0
        y: int


def bad_field():
    @dataclass
    class C:
        x = field()


def bad_both():
    field(default=1, default_factory=list)


def bad_frozen():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def bad_order_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def bad_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


for fn in (bad_mutable, bad_order, bad_field, bad_both, bad_frozen, bad_order_eq, bad_lt):
    show(fn)

# inheritance: fields are collected in MRO order, overrides keep position
@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])

# a class that defines its own __repr__ keeps it
@dataclass
class Custom:
    v: int

    def __repr__(self):
        return f"Custom<{self.v}>"


print(Custom(3), Custom(3) == Custom(3))

# make_dataclass
Pt3 = make_dataclass("Pt3", ["label", ("x", int), ("y", int, field(default=0))],
                     namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
q = Pt3("q", 3, -4)
print(q, q.norm(), [f.name for f in fields(Pt3)], Pt3.__name__)

# Field objects
f0 = fields(Version)[2]
print(f0.name, f0.type, f0.default, f0.compare, f0.default_factory is MISSING, isinstance(f0, Field))
print(fields(Inventory)[1].default_factory, dict(fields(Inventory)[0].metadata))
print(field(metadata={"unit": "m"}).metadata["unit"])

# recursion in repr
@dataclass
class Loop:
    other: object = None


lp = Loop()
lp.other = lp
print(lp)

# slots
@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
show(lambda: setattr(s, "c", 1))
