# Combinatoric iterators on edge cases: r=0, r>n, empty input, repeat.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

def show(label, it):
    print(label, list(it))

for r in range(5):
    show(f'combinations abc r={r}', combinations('abc', r))
    show(f'cwr ab r={r}', cwr('ab', r))
for r in [None, 0, 1, 2, 3, 4]:
    show(f'permutations abc r={r}', permutations('abc', r))
show('combinations [] 0', combinations([], 0))
show('combinations [] 1', combinations([], 1))
show('cwr [] 0', cwr([], 0))
show('cwr [] 2', cwr([], 2))
show('permutations []', permutations([]))
show('permutations [] 0', permutations([], 0))
show('permutations [] 1', permutations([], 1))
show('product()', product())
show('product(repeat=3)', product(repeat=3))
show('product ab repeat=0', product('ab', repeat=0))
show('product ab, []', product('ab', []))
show('product ab xy', product('ab', 'xy'))
show('product 01 repeat=3', product('01', repeat=3))
show('product ab, c repeat=2', product('ab', 'c', repeat=2))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 3))))
print(sum(1 for _ in product(range(4), repeat=5)))
print(list(permutations(range(4)))[::7])
print(list(combinations(range(6), 3))[::5])
p = permutations('ab')
print(list(p), list(p))
it = combinations([[1], [2]], 1)
first = next(it)
first[0].append(9)
print(first, list(combinations([[1], [2]], 1)))
for f, a in [(combinations, ('abc', 'x')), (permutations, (5, 'x')), (combinations, (5, 'x')),
             (combinations, (5, -1)), (permutations, ('ab', True)), (product, ([1], 5)),
             (cwr, ('ab',)), (cwr, ('ab', 2, 3))]:
    try:
        print(f.__name__, list(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
