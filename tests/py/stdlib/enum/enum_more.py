from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType
import enum


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    _ignore_ = ["tmp"]
    tmp = 99

    @classmethod
    def first(cls):
        return cls.MONDAY

    def is_early(self):
        return self.value <= 2


print(list(Weekday), Weekday.first(), Weekday.TUESDAY.is_early(), Weekday.WEDNESDAY.is_early())
print("tmp" in Weekday.__members__, hasattr(Weekday, "tmp"))
print(EnumMeta is EnumType, isinstance(Weekday, EnumMeta), isinstance(Weekday.MONDAY, Weekday))
print(Weekday.MONDAY.name, Weekday.MONDAY.value, Weekday.MONDAY._name_, Weekday.MONDAY._value_)

# members as dict keys and in sets
d = {Weekday.MONDAY: "mon", Weekday.TUESDAY: "tue"}
print(d[Weekday(1)], Weekday.TUESDAY in d, len({Weekday.MONDAY, Weekday(1)}))
print(Weekday.MONDAY == Weekday.MONDAY, Weekday.MONDAY != Weekday.TUESDAY, Weekday.MONDAY == 1)
print(Weekday.MONDAY in Weekday, sorted(Weekday, key=lambda m: -m.value)[0])
print([m.name for m in Weekday], [m.value for m in reversed(Weekday)])


# tuple values go to __init__, and custom __new__ sets _value_
class Coin(Enum):
    PENNY = (1, "copper")
    DIME = (10, "silver")

    def __new__(cls, cents, metal):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.metal = metal
        return obj


print(Coin(10), Coin(10).metal, Coin.PENNY.value, repr(Coin.PENNY))
show(lambda: Coin(5))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Status.OK == 200, Status(404), Status.OK + 1, Status.OK < Status.NOT_FOUND, int(Status.OK))
print(sorted([Status.NOT_FOUND, Status.OK]), isinstance(Status.OK, int), f"{Status.OK}", "%d" % Status.OK)
print(str(Status.OK), repr(Status.NOT_FOUND), Status["OK"], [s.value for s in Status])
print(max(Status), Status.OK.bit_length(), hash(Status.OK) == hash(200))


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"


print(Dir.NORTH, Dir.NORTH == "north", Dir("s"), Dir.NORTH.upper(), "-".join(Dir), len(Dir.SOUTH))
show(lambda: StrEnum("Bad", {"A": 1}))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


print(list(Perm), len(Perm), Perm.RWX, Perm(7), Perm.R | Perm.W | Perm.X)
print(Perm.__members__["RWX"], Perm.R & Perm.W, Perm.RWX & Perm.W, Perm.R ^ Perm.RWX)
print(bool(Perm.R & Perm.W), Perm.W in Perm.RWX, Perm.R in (Perm.W | Perm.X))
print([m.name for m in Perm.RWX], (Perm.R | Perm.X).name, (Perm.R | Perm.X).value)
show(lambda: Perm(16))
show(lambda: Perm.R | 2)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(Color(3), repr(Color(6)), ~Color.RED, Color.WHITE, Color(0), bool(Color(0)))


class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


print(Opt.A | Opt.B, Opt.A | 8, Opt(3) == 3, Opt.A + Opt.B, repr(Opt(9)), ~Opt.A)
print(Opt.A in Opt(5), list(Opt(7)), Opt(0), repr(Opt(0)), format(Opt.C, "03"))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
show(lambda: unique(Enum("Dup", [("a", 1), ("b", 1)])))

# functional API
Shape = Enum("Shape", "SQUARE CIRCLE", start=5)
print(list(Shape), Shape.SQUARE.value)
Bits = Flag("Bits", ["ONE", "TWO", "FOUR"])
print(list(Bits), Bits.FOUR.value)
Num = IntEnum("Num", {"X": 10, "Y": 20})
print(Num.X + Num.Y, list(Num))


# __init_subclass__ and inheritance of behaviour through a member-less base
class Base(Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Animal(Base):
    CAT = "meow"
    DOG = "woof"


print([a.describe() for a in Animal])


class Mood(Enum):
    HAPPY = 3
    SAD = 1

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Mood("happy"), Mood(1))
show(lambda: Mood("angry"))
show(lambda: Mood(2))


# auto with a custom _generate_next_value_
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    ALPHA = auto()
    BETA = auto()


print(list(Named))
show(lambda: Enum("E", "A B", type=int))


class Shade(Enum):
    LIGHT = 1
    DARK = 2


print(format(Shade.LIGHT, "^12") + "|", f"{Shade.DARK!r}", f"{Shade.DARK!s}")
print(Shade.LIGHT.__class__.__name__, type(Shade).__name__, Shade.__name__)
print(enum.KEEP, enum.STRICT, repr(enum.FlagBoundary.CONFORM))
