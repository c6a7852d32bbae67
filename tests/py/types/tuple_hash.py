print(hash((1, 2, 3)), hash(()), hash((1.5, "a")) == hash((1.5, "a")), hash(((1, 2), (3,))), hash(range(1, 10, 2)))
print((1, 2).__hash__(), hash((-1,)), hash((2**70, -2**70)), hash((None,)) == (None,).__hash__())
class K:
    def __hash__(self): return -2
print(hash((K(), K())), hash((True, False, 0.0, -0.0)))
# tuple keys in dicts and sets hash the same natively and through __hash__
d = {(i, i * 0.5, str(i)): i for i in range(50)}
print(sum(d[(i, i * 0.5, str(i))] for i in range(50)), len({(1, 2), (1.0, 2.0), (True, 2)}))
class Bad:
    def __hash__(self): raise TypeError("no hash for Bad")
try:
    hash((1, Bad()))
except TypeError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
