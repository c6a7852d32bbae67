from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar, Protocol, Optional, List, ClassVar
from enum import Enum, IntFlag, auto
import enum
T = TypeVar("T")

@dataclass
class Box(Generic[T]):
    item: T
    extra: Optional[List[T]] = None
print(Box(1), Box[int](2), Box.__parameters__, Box.__mro__)

@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: list = field(default_factory=list)
x = FS(1)
print(x, hash(FS(1, ())) == hash(FS(1, ())))
try: x.a = 3
except Exception as e: print(type(e).__name__, e)

class Color(Enum):
    RED = auto()
    GREEN = auto()
    def __str__(self): return self.name.lower()
print(Color.RED, f"{Color.GREEN}", repr(Color.RED), format(Color.RED, ">5"))

class Sh(str, Enum):
    A = "a"
    B = "b"
print(Sh.A, Sh.A == "a", Sh("b"), repr(Sh.A), Sh.A.upper(), f"{Sh.A}")

class P(IntFlag):
    A = auto(); B = auto()
print(P.A | P.B, P(3), repr(P(3)), P.A in P(3), int(P(3)))

@dataclass
class D:
    c: Color = Color.RED
    n: ClassVar[int] = 0
print(D(), fields(D)[0].default)

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True
@dataclass
class Sub(Base):
    v: int = 1
print(Sub(), Sub.registered)

class E2(Enum):
    X = 1
    Y = 2
    @classmethod
    def parse(cls, s): return cls[s.upper()]
print(E2.parse("x"), E2.X.name, E2.Y.value, E2.__members__.keys() if False else list(E2.__members__))
print(E2.X < E2.Y if hasattr(E2.X, '__lt__') and False else "skip")
class Ord(enum.IntEnum):
    A = 1
print(Ord.A.__class__.__mro__)
from dataclasses import dataclass as dc
@dc
class Rec:
    name: str
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.name = self.name.strip()
r = Rec("  x ")
print(r, r == Rec("x"), r != Rec("y"))

# the generated __doc__ is the __init__ signature
from dataclasses import KW_ONLY


class CC(Enum):
    A = 1


@dataclass
class P:
    a: "int"
    b: List[int] = field(default_factory=list)
    c: Optional[CC] = CC.A
    _: KW_ONLY
    d: float = 1.5


print(P.__doc__)


@dataclass
class Q:
    "my doc"
    x: int


print(Q.__doc__)
