# itemgetter / attrgetter / methodcaller: calls, reprs, reduce, errors.
import operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

g1 = op.itemgetter(1)
g2 = op.itemgetter(1, 2)
gk = op.itemgetter('a')
print(g1, g2, gk, op.itemgetter(slice(1, None)), op.itemgetter((1, 2)))
print(g1('abc'), g2('abc'), gk({'a': 7}), op.itemgetter(slice(1, None))([1, 2, 3]))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=g1), max([(1, 9), (4, 2)], key=op.itemgetter(1)))
t(g2, 'a')
t(g1, 5)
t(g1)
t(g1, [1], 2)
t(g1, x=1)
t(op.itemgetter)
t(op.itemgetter, x=1)
print(g2.__reduce__(), type(g1).__name__, type(g1).__module__)
print(op.itemgetter(*g2.__reduce__()[1])('xyz'))

class P:
    def __init__(self, x, inner=None):
        self.x = x
        self.inner = inner
    def scaled(self, k, plus=0):
        return self.x * k + plus
    def __repr__(self):
        return 'P(%r)' % self.x

a = op.attrgetter('x')
ab = op.attrgetter('x', 'inner.x')
deep = op.attrgetter('inner.inner.x')
p = P(1, P(2, P(3)))
print(a, ab, deep, a(p), ab(p), deep(p))
print(sorted([P(3), P(1), P(2)], key=a))
t(op.attrgetter('inner.y'), p)
t(op.attrgetter('real', 'imag'), 3)
t(op.attrgetter, 1)
t(op.attrgetter, 'a', 2)
t(op.attrgetter)
t(op.attrgetter('x'))
print(ab.__reduce__())

m = op.methodcaller('scaled', 3)
mk = op.methodcaller('scaled', 3, plus=1)
print(m, mk, m(p), mk(p), op.methodcaller('upper')('abc'))
print(op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
t(op.methodcaller('zz'), 'a')
t(op.methodcaller)
t(op.methodcaller, 1)
t(op.methodcaller, name='x')
t(m, p, p)
t(m)
print(m.__reduce__())
red = mk.__reduce__()
print(red[1], red[0].func, red[0].args, red[0].keywords)
print(red[0](*red[1])(p))

t(op.itemgetter(1).__call__, 'ab')
t(type(g1).__call__, 5, 5)
