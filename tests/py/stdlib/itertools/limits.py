# Huge sizes: CPython's MemoryError/OverflowError instead of an abort; repeat shares pools.
from itertools import combinations_with_replacement, tee
from itertools import product
print(list(product(repeat=10**18)))
for a, k in [(('ab',), {'repeat': 10**18}), (('ab',), {'repeat': 2**62})]:
    try:
        product(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
print(list(product('ab', 'c', repeat=2)))
for f in [lambda: combinations_with_replacement('ab', 2**62), lambda: tee([], 2**62), lambda: product('ab', repeat=2**59)]:
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
print(list(combinations_with_replacement('ab', 3)), len(tee([], 5)))
