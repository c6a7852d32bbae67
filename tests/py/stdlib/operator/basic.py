import operator as op
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(4), op.pos(-4), op.abs(-4.5), op.invert(5), op.inv(0), op.not_(0), op.truth([]), op.truth([0]))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 5), op.rshift(64, 2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
t(lambda: op.index(1.5))
t(lambda: op.concat(1, 2))
t(lambda: op.indexOf([1], 5))
d = {'a': 1}
op.setitem(d, 'b', 2); print(op.getitem(d, 'b')); op.delitem(d, 'a'); print(d)
l = [1]
print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul('x', 3), op.ipow(2, 3), op.isub(5, 1))
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(4)), 9), op.length_hint(object(), 7))
g = op.itemgetter(1)
gs = op.itemgetter(0, 2)
print(g('abc'), gs('abc'), g, gs, sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=g))
class P:
    def __init__(self, x, inner=None):
        self.x = x
        self.inner = inner
    def scaled(self, k, plus=0):
        return self.x * k + plus
a = op.attrgetter('x')
ab = op.attrgetter('x', 'inner.x')
p = P(3, P(4))
print(a(p), ab(p), a, ab)
t(lambda: op.attrgetter(1))
t(lambda: a(5))
m = op.methodcaller('scaled', 2, plus=1)
print(m(p), m, op.methodcaller('upper')('hi'))
t(lambda: op.methodcaller(3))
print(op.__add__(1, 2), op.__getitem__([5, 6], 1), op.__not__(1))
