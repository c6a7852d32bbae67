# operator's functions: results, dunder aliases, error messages.
import operator as op
import _operator

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(op.__all__)
print(sorted(n for n in dir(op) if not n.startswith('_')) == sorted(op.__all__))
dunders = [n for n in dir(op) if n.startswith('__') and n.endswith('__') and callable(getattr(op, n))]
print(dunders)
print(all(getattr(op, d) is getattr(op, d.strip('_') if hasattr(op, d.strip('_')) else d.strip('_') + '_') for d in dunders if d not in ('__inv__', '__not__')))
print(op.__inv__ is op.inv, op.__not__ is op.not_, op.__and__ is op.and_, op.__call__ is op.call)
print(op.add, op.itemgetter, type(op.attrgetter('x')), op.add.__name__)

t(op.add, 1)
t(op.add, a=1, b=2)
t(op.neg)
t(op.neg, 1, 2)
t(op.neg, a=1)
t(op.not_)
t(op.truth)
t(op.is_, 1)
t(op.setitem, [1], 0)
t(op.index)
t(op.length_hint)
t(op.length_hint, 1, 2, 3)
t(op.call)

t(op.index, 1.5)
t(op.index, True)
class I(int):
    pass
print(type(op.index(I(3))).__name__)
class Idx:
    def __index__(self):
        return 42
t(op.index, Idx())
t(op.length_hint, [], 'x')
t(op.length_hint, 5)
t(op.length_hint, iter([1, 2, 3]))
t(op.length_hint, iter(range(10)), 3)
class LH:
    def __init__(self, r): self.r = r
    def __length_hint__(self): return self.r
t(op.length_hint, LH('x'))
t(op.length_hint, LH(-1))
t(op.length_hint, LH(NotImplemented), 7)
t(op.length_hint, LH(5), 7)
class LenRaises:
    def __len__(self): raise ValueError('boom')
t(op.length_hint, LenRaises(), 7)
class LenType:
    def __len__(self): raise TypeError('boom')
    def __length_hint__(self): return 3
t(op.length_hint, LenType(), 7)

t(op.concat, 1, 2)
t(op.concat, [1], (2,))
t(op.concat, 'a', 1)
t(op.concat, {}, {})
t(op.concat, (1,), (2,))
t(op.iconcat, 1, 2)
class S:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'added'
t(op.concat, S(), [1])
lst = [1]
print(op.iconcat(lst, (2,)) is lst, lst)

t(op.contains, 1, 2)
t(op.contains, 'abc', 'b')
t(op.countOf, 1, 2)
t(op.countOf, [1, 2, 1, 1.0, True], 1)
nan = float('nan')
t(op.countOf, [nan, nan], nan)
t(op.indexOf, [1, 2, 1], 3)
t(op.indexOf, (x for x in 'abc'), 'c')

t(op.lt, 1, 'a')
t(op.not_, [])
t(op.abs, 'x')
t(op.abs, -3)
t(op.inv, 1.5)
t(op.invert, 5)
t(op.pow, 2, -1)
t(op.ipow, 2, 3)
t(op.matmul, 2, 3)
t(op.imatmul, 2, 3)
t(op.iadd, (1,), (2,))
t(op.truediv, 1, 0)
t(op.itruediv, 7, 2)
t(op.ifloordiv, 7, 2)
t(op.imod, 7, 3)
t(op.ilshift, 1, 3)
t(op.irshift, 8, 1)
t(op.iand, 6, 3)
t(op.ior, 6, 3)
t(op.ixor, 6, 3)
t(op.isub, 6, 3)
t(op.imul, [1], 2)
s = {1}
print(op.ior(s, {2}) is s, s)

class Vec:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return Vec(self.v + o)
    def __matmul__(self, o): return 'matmul'
    def __repr__(self): return 'Vec(%r)' % self.v
v = Vec(1)
print(op.iadd(v, 2) is v, v, op.add(v, 2) is v, op.matmul(v, v))

t(op.call, len, [1, 2])
t(op.call, dict, a=1)
t(op.call, op.call, max, 3, 9, key=lambda x: -x)

d = {}
op.setitem(d, 'k', 1)
print(op.getitem(d, 'k'), op.delitem(d, 'k'), d)
t(op.getitem, [1], 5)
t(op.delitem, {}, 'x')
t(_operator._compare_digest, b'abc', b'abc')
t(_operator._compare_digest, 'abc', 'abd')
t(_operator._compare_digest, 'abc', b'abc')
for a, b in [('a', b'a'), (b'a', 'a'), (1, 2), (1, b'a'), ('\xe9', '\xe9'), (bytearray(b'x'), b'x'), ('ab', 'abc')]:
    t(_operator._compare_digest, a, b)
