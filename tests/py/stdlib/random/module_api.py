# Module-level functions share one hidden instance; state round-trips.
import random as R
from random import *
R.seed(2024)
a = [R.random() for _ in range(3)]
R.seed(2024)
print(a == [random() for _ in range(3)])
st = getstate()
print(st[0], len(st[1]), st[2])
x = [randint(1, 6) for _ in range(10)]
setstate(st)
print(x == [randint(1, 6) for _ in range(10)], x)
seed("spam")
print(choice(["a", "b", "c"]), sample(range(50), 4), uniform(2, 3))
seed(b"spam")
print(getrandbits(70), randrange(3, 90, 4), choices("xyz", [5, 1, 1], k=4))
g = R.Random(11)
print(g.gauss(), g.gauss_next is not None, g.gauss(), g.gauss_next)
g.seed(11)
print(g.gauss_next, g.gauss())
print(R.NV_MAGICCONST, R.SG_MAGICCONST, R.LOG4, R.BPF, R.RECIP_BPF)
print(isinstance(R.Random(), R.Random), R.Random.VERSION)
print(sorted(R.__all__))
