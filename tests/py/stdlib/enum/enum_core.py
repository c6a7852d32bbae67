from enum import *
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: Color(4))
t(lambda: Color['X'])
t(lambda: setattr(Color, 'RED', 5))
t(lambda: delattr(Color, 'RED'))
t(lambda: setattr(Color.RED, 'value', 5))
t(lambda: setattr(Color.RED, 'name', 5))
t(lambda: Color.RED < Color.GREEN)
t(lambda: format(Color.RED))
t(lambda: f"{Color.RED:>12}|")
t(lambda: Color.__members__)
t(lambda: Color.RED.__class__)
t(lambda: str(Color))
t(lambda: dir(Color.RED))
t(lambda: dir(Color))
t(lambda: type(Color))
t(lambda: Color.RED.__dict__)
class I(IntEnum):
    A = 1
    B = auto()
t(lambda: (str(I.A), repr(I.A), format(I.A), f"{I.A:03d}", I.A + 1, I.B))
class S(StrEnum):
    X = auto()
    Y = "why"
t(lambda: (str(S.X), repr(S.X), format(S.Y), S.X + "!", S("why")))
class P(Flag):
    R = 4
    W = 2
    X = 1
t(lambda: (P.R|P.W, str(P.R|P.W), P(7), P(0), str(P(0)), ~P.R, ~P(7), ~P(0), P.R in P(6), list(P(5)), len(P(7)), bool(P(0))))
t(lambda: P(8))
t(lambda: (P.R|P.W).name)
t(lambda: P(0).name)
t(lambda: 1 in P.R)
t(lambda: P.R | 1)
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
t(lambda: (IP.R|IP.W, str(IP.R|IP.W), IP(8), IP(12), ~IP.R, IP.R | 1, IP.R + 1, format(IP.R), IP(0)))
class Mixed(int, Enum):
    A = 1
t(lambda: (str(Mixed.A), format(Mixed.A), f"{Mixed.A}", repr(Mixed.A)))
t(lambda: Enum('Animal', 'ANT BEE CAT'))
A = Enum('Animal', 'ANT BEE CAT')
t(lambda: (list(A), A.__module__, A.__qualname__))
t(lambda: list(Enum('B', [('x', 5), ('y', 7)])))
t(lambda: list(Enum('B', {'x': 5})))
t(lambda: list(IntEnum('N', 'a,b', start=10)))
def bad():
    class E(Enum):
        A = 1
        A = 2
t(bad)
def bad2():
    class E(Color):
        Z = 1
t(bad2)
def bad3():
    @unique
    class E(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
t(bad3)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
t(lambda: list(Auto))
class FA(Flag):
    A = auto(); B = auto(); C = auto()
t(lambda: list(FA))
t(lambda: FA.A.value)
t(lambda: hash(Color.RED) == hash('RED'))
t(lambda: Color.RED is Color(1) is Color['RED'] is Color.CRIMSON)
t(lambda: [m for m in reversed(Color)])
t(lambda: len(Color))
t(lambda: Color._member_names_)
t(lambda: Color._value2member_map_)
t(lambda: Enum.__members__)
t(lambda: Color.RED.RED)
class Planet(Enum):
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
t(lambda: (Planet.EARTH.mass, Planet.EARTH.value, Planet((5.976e+24, 6.37814e6))))
class Miss(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        return cls.A if value == 'x' else ('bad' if value == 'b' else None)
t(lambda: Miss('x'))
t(lambda: Miss('b'))
t(lambda: Miss('c'))
t(lambda: Color(Color.RED))
t(lambda: P(P.R))
t(lambda: (Color.RED == 1, Mixed.A == 1, I.A < I.B))
t(lambda: sorted(P.__members__))
class WithMethod(Enum):
    A = 1
    def describe(self): return self.name.lower()
    @property
    def double(self): return self.value * 2
t(lambda: (WithMethod.A.describe(), WithMethod.A.double))
t(lambda: Color.__len__)
