# copy.copy / copy.deepcopy: builtins, instances, slots, hooks, memo and cycles.
import copy
from collections import OrderedDict, Counter, namedtuple, deque, defaultdict

nested = [1, [2, 3], {'k': [4]}, (5, [6])]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], dp == nested, dp[1] is nested[1], dp[2]['k'] is nested[2]['k'], dp[3] is nested[3])
for atom in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset({1}), range(3), len, int, 3j]:
    print(type(atom).__name__, copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy(([],)) == ([],))
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(bytearray(b'x')), copy.deepcopy({'a': {1}}))

class Plain:
    def __init__(self, items):
        self.items = items
        self.name = 'p'
p = Plain([1, 2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(type(p2).__name__, p2.items is p.items, p3.items is p.items, p3.items == p.items, p3.name, vars(p3))

class Slots:
    __slots__ = ('a', '__b')
    def __init__(self):
        self.a = [1]
        self.__b = 'hidden'
    def b(self):
        return self.__b
s1 = Slots()
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, s2.b())

class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        return Hooked('copied ' + str(self.v))
    def __deepcopy__(self, memo):
        return Hooked('deep ' + str(self.v) + ' ' + str(type(memo).__name__))
print(copy.copy(Hooked(1)).v, copy.deepcopy(Hooked(2)).v, copy.deepcopy([Hooked(3)])[0].v)

class Stateful:
    def __init__(self):
        self.secret = 'x'
        self.cache = {'big': 1}
    def __getstate__(self):
        return {'secret': self.secret}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'
st = copy.deepcopy(Stateful())
print(st.secret, st.cache)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))
r = copy.copy(Reduced(1, 2))
print(r.a, r.b)

class Ext:
    def __reduce_ex__(self, proto):
        return (Ext.make, (proto,))
    @staticmethod
    def make(proto):
        e = Ext()
        e.proto = proto
        return e
print(copy.copy(Ext()).proto)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 'tagged'
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag, ml2[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=[1]))
print(type(md).__name__, md)

a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
d = {}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
x = copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] is x[0])

P = namedtuple('P', 'x y')
pt = copy.deepcopy(P([1], 2))
print(pt, type(pt).__name__)
od = copy.deepcopy(OrderedDict(a=1, b=[2]))
print(od, copy.copy(Counter('aab')), copy.deepcopy(deque([1, [2]], maxlen=5)))
dd = copy.deepcopy(defaultdict(list, {'k': [1]}))
print(dd, dd.default_factory)

def gen():
    yield 1
for bad in [gen()]:
    try:
        copy.copy(bad)
    except TypeError as e:
        print('TypeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
class M:
    def meth(self):
        return self
m = M()
bm = copy.deepcopy(m.meth)
print(bm.__self__ is not m, type(bm.__self__).__name__)
