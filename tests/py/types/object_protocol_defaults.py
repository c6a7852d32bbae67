# object's default copy/pickle hooks (__reduce_ex__, __reduce__, __getstate__)
# reachable through super(), and __sizeof__ / sys.getsizeof sizes.
import copy, pickle, sys
class P:
    def __init__(self, x): self.x = x
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return super().__reduce_ex__(proto)
p = copy.copy(P(3)); print(p.x)
q = pickle.loads(pickle.dumps(P(4))); print(q.x)
print(object().__reduce_ex__(2)[0].__name__)
print(sys.getsizeof(1) > 0, (1).__sizeof__() > 0)
class S:
    def __getstate__(self):
        st = super().__getstate__()
        return st
s = S(); s.a = 1
print(S().__getstate__(), s.__getstate__())
print(object().__reduce_ex__(0)[0].__name__, object().__reduce__()[1])
class Slotted:
    __slots__ = ("a", "b")
sl = Slotted(); sl.a = 5
print(sl.__getstate__())
try:
    object().__reduce_ex__("x")
except TypeError as e:
    print(e)
class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2)[0] is R)
print(copy.deepcopy(sl).a)
class C:
    def __init__(self): self.a = 1
class Big:
    def __sizeof__(self): return 1000
class Neg:
    def __sizeof__(self): return -1
for o in [0, 1, 2**40, 2**100, 1.5, "abc", "é", b"xy", [], [1, 2], (), (1, 2), {}, {1: 2}, set(), frozenset()]:
    print(type(o).__name__, sys.getsizeof(o), o.__sizeof__())
print(sys.getsizeof(Big()), sys.getsizeof(Big(), 5))
try:
    sys.getsizeof(Neg())
except ValueError as e:
    print(e)
print(sys.getsizeof(Neg, 7) > 0)
print(sys.getsizeof({'a':1}), sys.getsizeof({1:2}), sys.getsizeof({i:i for i in range(6)}), sys.getsizeof({str(i):i for i in range(6)}), sys.getsizeof(dict.fromkeys(range(20))))
class S: __slots__=('a',)
print(sys.getsizeof(S()), S().__sizeof__())
print(sys.getsizeof(C()), C().__sizeof__(), sys.getsizeof(object()), object().__sizeof__())
