import decimal, collections, random, heapq, bisect, functools, operator, contextlib, abc, copy, io, math, cmath, time, os
D = decimal.Decimal
print(D('1.10') + D('2.205'), D(1) / D(7), D('2.675').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=decimal.ROUND_HALF_UP), D('-0'), D('1e3').normalize(), D('10').sqrt(), D(0.1), str(D('1.50') * 3))
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print(D(2).sqrt(), D(1) / 3)
try: D('x')
except decimal.InvalidOperation as e: print('InvalidOperation', type(e).__mro__[1].__name__)
c = collections.Counter('abracadabra'); print(c.most_common(3), c['z'], sorted(c.elements())[:4], (c - collections.Counter('aaa'))['a'])
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.rotate(1); print(dq, dq.maxlen)
dd = collections.defaultdict(list); dd['a'].append(1); print(dd, dict(dd))
od = collections.OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, list(od.items()))
Pt = collections.namedtuple('Pt', 'x y', defaults=[0]); print(Pt(1), Pt._make([3, 4])._asdict())
cm = collections.ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}))
r = random.Random(42); print(r.random(), r.randint(1, 10), r.choice('abc'), r.sample(range(10), 3), r.gauss(0, 1), r.uniform(1, 2), r.getrandbits(20))
l = [5, 1, 4]; heapq.heapify(l); heapq.heappush(l, 0); print(heapq.heappop(l), heapq.nlargest(2, [3, 9, 1]), heapq.nsmallest(2, [3, 9, 1], key=lambda x: -x), list(heapq.merge([1, 3], [2])))
print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 3], 2), bisect.insort(l, 3), l)
@functools.lru_cache(maxsize=2)
def f(x): return x * 2
f(1); f(1); f(2); print(f.cache_info())
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), functools.reduce(operator.add, [1, 2, 3], 10))
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'))
with contextlib.ExitStack() as st:
    st.callback(print, 'closing')
    with contextlib.suppress(KeyError):
        {}['x']
    print('in stack')
class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
try: A()
except TypeError as e: print(e)
print(math.comb(10, 3), math.isqrt(99), math.gcd(12, 18), math.lcm(4, 6), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), cmath.sqrt(-1), math.log(8, 2), math.fsum([0.1] * 10))
print(type(time.time()).__name__, time.strftime('%Y', time.gmtime(0)), os.environ.get('NOPE_X', 'dflt'))
