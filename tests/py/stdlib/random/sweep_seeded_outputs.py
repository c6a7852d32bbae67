import functools, heapq, random, struct, copy, copyreg
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
random.seed(12345)
t("random", lambda: (random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"), random.uniform(1, 2), random.getrandbits(70)))
t("choices", lambda: (random.choices("abc", k=5), random.choices("abc", weights=[1, 0, 5], k=4), random.choices("abc", cum_weights=[1, 1, 6], k=4)))
t("sample", lambda: (random.sample(range(100), 5), random.sample(["r", "b"], counts=[3, 2], k=4)))
t("shuffle", lambda: (lambda l: (random.shuffle(l), l)[1])(list(range(10))))
t("dists", lambda: [round(x, 10) for x in (random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2, 1), random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))])
t("seed str", lambda: (random.seed("hello"), random.random())[1])
t("seed bytes", lambda: (random.seed(b"hello"), random.random())[1])
t("randbytes", lambda: (random.seed(1), random.randbytes(5))[1])
t("choices err", lambda: random.choices("ab", weights=[1], k=1))
t("sample err", lambda: random.sample([1, 2], 3))
