# Argument handling of the native Random methods: keywords, arity errors,
# int-likes, bools, big ints, floats, Decimal/Fraction-like numbers, custom
# sequences, and every error message.
import random
import warnings
from fractions import Fraction

r = random.Random(123)


def attempt(label, f, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            res = f(*args, **kwargs)
            if isinstance(res, float):
                res = round(res, 10)
            print(label, repr(res))
        except Exception as e:
            print(label, type(e).__name__, e)
    for w in caught:
        print('   warning', w.category.__name__, w.message)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'Idx(%d)' % self.v


class MyInt(int):
    pass


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __repr__(self):
        return 'Seq(%r)' % (self.items,)


class Weights:
    def __iter__(self):
        return iter([1, 2])

    def __repr__(self):
        return 'Weights()'


for args in [(5, 5), (5, 5, 1), (5,), (0,), (-3,), (1.0,), (1.5,), (1, 5.0), (1, 5.5), (1, 10, 2.0),
             (1, 10, 2.5), (1, 10, 0), (10, 1, 1), (1, 10, -1), (10, None, 2), (10, None, True),
             (10, None, 1), ('a',), (10**30,), (1, 2**70, 3), (-2**60, 2**60), (True,), (True, 5),
             (Idx(7),), (Idx(2), Idx(40), Idx(5)), (MyInt(9),), (0, 100, -7), (100, 0, -7),
             (2**47, 2**48), (-2**47, 2**47, 3), (1, 2, 3, 4), ()]:
    attempt('randrange%r' % (args,), r.randrange, *args)
attempt('randrange kw', r.randrange, start=2, stop=9)
attempt('randrange kw2', r.randrange, 2, stop=50, step=4)
attempt('randrange badkw', r.randrange, 2, stop=50, stride=4)

for args in [(1, 6), (6, 1), (5, 4), (1, 1.5), (True, False), (1, 'a'), (2**100, 2**100 + 5),
             (Idx(1), 3), (1.0, 3.0), (-2**47, 2**47 - 1), (0,), (1, 2, 3)]:
    attempt('randint%r' % (args,), r.randint, *args)
attempt('randint kw', r.randint, a=3, b=4)

for n in [0, 1, 5, 13, -1, 1.5, True, Idx(3)]:
    attempt('randbytes(%r)' % (n,), r.randbytes, n)

for seq in [[], (), '', range(0), range(5, 6), 'é☃x', b'abc', bytearray(b'xy'), Seq([7, 8, 9]),
            Seq([]), {0: 'zero', 1: 'one'}, {1, 2}, 5, range(2**70, 2**70 + 10, 3), [None] * 3]:
    attempt('choice(%r)' % (seq if not isinstance(seq, Seq) else 'Seq',), r.choice, seq)
attempt('choice kw', r.choice, seq=[1, 2])

for x in [[1, 2, 3, 4, 5], [], [9], (1, 2), 'ab', Seq(list('abcdef')), bytearray(b'abcd')]:
    try:
        r.shuffle(x)
        print('shuffle', x if not isinstance(x, Seq) else x.items)
    except Exception as e:
        print('shuffle', type(e).__name__, e)
attempt('shuffle 2 args', r.shuffle, [1, 2], None)

for args, kw in [(([1, 2, 3], 2), {}), ((range(10),), {'k': 3}), ((), {'population': 'abc', 'k': 2}),
                 (({1, 2},), {'k': 1}), (({'a': 1},), {'k': 1}), (([1, 2], 3), {}), (([1, 2], -1), {}),
                 (([1, 2], 1.0), {}), (([1, 2], True), {}), ((range(3), 3), {'counts': None}),
                 (('ab', 3), {'counts': [2, 2]}), (('ab', 3), {'counts': [1]}), (('ab', 3), {'counts': [1.0, 2.0]}),
                 (('ab', 3), {'counts': [0, 0]}), (('ab', 1), {'counts': [-1, 2]}), ((Seq([1, 2, 3]), 2), {}),
                 ((b'abcdef', 3), {}), ((range(10**12), 5), {}), ((tuple(range(30)), 25), {}),
                 (([1, 2],), {}), (([1, 2], 1), {'x': 1}), ((range(2**70, 2**70 + 50), 3), {})]:
    attempt('sample%r%r' % (args if not args or not isinstance(args[0], Seq) else 'Seq', kw), r.sample, *args, **kw)

for args, kw in [(('abc',), {}), (('abc',), {'k': 4}), (('abc', [1, 2, 3]), {'k': 4}),
                 (('abc',), {'weights': [0, 0, 1], 'k': 3}), (('abc',), {'cum_weights': [1, 1, 1], 'k': 3}),
                 (('abc', [1, 2, 3]), {'cum_weights': [1, 2, 3]}), (('abc', [1]), {}), (('abc', [0, 0, 0]), {}),
                 (('abc', [1, float('inf'), 1]), {}), (('abc', [1, float('nan'), 1]), {}), (('abc', 3), {}),
                 (([],), {'k': 1}), (([],), {'k': 0}), (('abc',), {'k': -2}), (('abc',), {'k': 2.0}),
                 ((range(10**15),), {'k': 3}), ((Seq('xyz'),), {'k': 3}), (({0: 'a', 1: 'b'},), {'k': 2}),
                 (('ab', [Fraction(1, 3), Fraction(2, 3)]), {'k': 3}), (('ab', [True, 2]), {'k': 3}),
                 (('ab', [2**60, 2**61]), {'k': 3}), (('ab', Weights()), {'k': 3}),
                 (('abc', [1, 2.5, 3]), {'k': 2, 'z': 1}), (('abc', [-1, 2, 3]), {'k': 5}),
                 (('abc',), {'cum_weights': (0.5, 0.75, 2)}), (('abc',), {'cum_weights': [3, 2, 1], 'k': 5}),
                 (([],), {'cum_weights': ()}), (([],), {'weights': []}), (('abc', range(3)), {'k': 4}),
                 (('ab', ['x', 1]), {}), (('ab', [1, 'x']), {}), (('abc',), {'weights': (1, 2, 3.5), 'k': 6}),
                 (('ab', [2**60, 1]), {'k': 4}), (('ab',), {'cum_weights': [Fraction(1), 2], 'k': 4}),
                 ((range(5), [0.5] * 5), {'k': 4}), (('abc',), {'weights': None, 'cum_weights': None, 'k': 2})]:
    attempt('choices%r%r' % (args, kw), r.choices, *args, **kw)

for name, argsets in [('uniform', [(1, 2), (2, 1), (1.5, 1.5), (0, 10**20), (Fraction(1, 2), 1), (True, 3), ('a', 'b'), (1,)]),
                      ('triangular', [(), (1, 1), (1, 1, 1), (0, 10, 10), (0, 10, -5), (0, 10, 20), (5, 5, None), (0.0, 1.0, 0.5),
                                      (Fraction(1), 2, 1.5), (2**60, 2**61), (0, 1, 'x')]),
                      ('normalvariate', [(), (1,), (1, 2), (Fraction(1), 2), (0, 2**60), ('a', 1)]),
                      ('gauss', [(), (1,), (1, 2), (Fraction(1), 2), (1, 2, 3)]),
                      ('lognormvariate', [(0, 1), (1000, 1), (0,), (0, Fraction(1, 2))]),
                      ('expovariate', [(1,), (0,), (0.0,), (-2,), (Fraction(3),), ()]),
                      ('vonmisesvariate', [(0, 0), (1, 1e-6), (1, 2e-6), (-5, 100), (10, 1), (1,)]),
                      ('gammavariate', [(0, 1), (1, 0), (-1, 1), (1, 1), (0.5, 2), (2, 0.5), (1e200, 1), (Fraction(5), 1), (1,)]),
                      ('betavariate', [(1, 1), (0, 1), (1, 0), (-1, 1), (0.001, 0.001), (5, 1e-3), (1,)]),
                      ('paretovariate', [(1,), (0,), (-1,), (1e-300,), (Fraction(2),), ()]),
                      ('weibullvariate', [(1, 1), (1, 0), (0, 1), (-1, -1), (2, 1e-300), (1,)])]:
    meth = getattr(r, name)
    for args in argsets:
        attempt('%s%r' % (name, args), meth, *args)
attempt('gauss kw', r.gauss, mu=5, sigma=0.1)
attempt('gauss kw bad', r.gauss, m=5)
attempt('normal kw', r.normalvariate, sigma=0.1)
attempt('triangular kw', r.triangular, mode=0.2)
attempt('uniform kw', r.uniform, b=3, a=1)
print('final', r.random())
