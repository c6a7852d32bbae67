import operator as op
from operator import *
print(add(1, 2), sub(5, 3), mul(3, 4), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10))
print(neg(5), pos(-5), abs(-3.5), not_(0), not_([1]), truth([]), truth(3))
print(is_(None, None), is_not(1, None), eq(1, 1.0), ne(1, 2), lt(1, 2), le(2, 2), gt(1, 2), ge(3, 2))
print(and_(12, 10), or_(12, 10), xor(12, 10), invert(5), lshift(1, 10), rshift(1024, 3))
print(contains([1, 2], 2), contains('abc', 'd'), getitem([1, 2, 3], 1), getitem('abcdef', slice(1, 4)))
l = [1, 2, 3]; setitem(l, 0, 9); delitem(l, 1); print(l)
print(concat([1], [2]), concat('a', 'b'), index(7), matmul.__name__)
l = [1]; r = iadd(l, [2]); print(r is l, l, isub(5, 2), imul([0], 3), iadd(1, 2))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(2))([1, 2, 3]))
class P:
    def __init__(self): self.x = 1; self.child = self
    def greet(self, name, punct='!'): return 'hi ' + name + punct
p = P()
print(attrgetter('x')(p), attrgetter('child.child.x')(p), attrgetter('x', 'child.x')(p))
print(methodcaller('greet', 'bob')(p), methodcaller('greet', 'al', punct='?')(p), methodcaller('upper')('abc'))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b', 'c')), repr(methodcaller('f', 1, x=2)), repr(methodcaller('g')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
print(length_hint([1, 2, 3]), length_hint(iter([1, 2])), length_hint(5, 9))
print(op.__lt__(1, 2), op.__add__('a', 'b'), countOf([1, 2, 1], 1), indexOf([1, 2], 2))
a = [1, 2, 3]
print(op.iconcat(a, [4]), a, op.ipow(2, 3), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 3), op.irshift(16, 2))
print(type(itemgetter(1)), itemgetter.__module__)
