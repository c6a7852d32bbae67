import enum
from enum import Enum, Flag, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember
@enum.global_enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(repr(RED), str(RED), format(GREEN), Color.RED)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def u():
    @verify(UNIQUE)
    class E(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
t(u)
def c():
    @verify(CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
        C = 5
        D = 7
t(c)
def c2():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        B = 8
t(c2)
def n():
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1
        B = 2
        ABCD = 15
t(n)
def ok():
    @verify(UNIQUE, CONTINUOUS)
    class E(Enum):
        A = 1
        B = 2
    return list(E)
t(ok)
class M(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def fn(self): return 3
t(lambda: ([m.name for m in M], M.helper, M.fn.name, M.fn.value(None), enum.show_flag_values(11)))
print(enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS))
