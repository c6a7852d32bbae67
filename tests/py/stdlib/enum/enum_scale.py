from enum import Enum, IntEnum
Big = IntEnum("Big", [(f"M{i}", i) for i in range(2000)])
print(len(Big), Big(1999), Big.M5 + 1)
class U(Enum):
    A = [1]
    B = [2]
    C = [1]
print(list(U), U.C is U.A, U([2]))
