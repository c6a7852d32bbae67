# __slots__ members at specialized LOAD_ATTR/STORE_ATTR sites: warm up past
# the specialization thresholds, then change what the site sees.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Q(P):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z

def read(o):
    return o.x + o.y

def write(o, v):
    o.x = v

def run(label, objs, n=3000):
    total = 0
    for i in range(n):
        o = objs[i % len(objs)]
        write(o, i)
        try:
            total += read(o)
        except AttributeError as e:
            total -= 1
            if i < 5 or i % 1000 == 0:
                print(label, 'AttributeError', e)
    print(label, total)

ps = [P(1, 2), P(3, 4)]
run('plain', ps)
run('subclass', [Q(1, 2, 3), P(5, 6)])
# An unset slot: the generic path raises with CPython's message.
empty = P.__new__(P)
empty.x = 1
run('unset', [empty, ps[0]], 50)
del ps[1].y
run('deleted', [ps[1]], 10)
# __getattr__ added to the class catches unset slots.
P.__getattr__ = lambda self, name: 100
run('getattr', [ps[1], ps[0]])
del P.__getattr__
# The member replaced by a property on the class.
P.y = property(lambda self: -7)
run('property', ps[:1])
# __class__ swap between layout-compatible slot classes.
class R:
    __slots__ = ('x', 'y')
r = R()
r.x, r.y = 1, 2
r.__class__ = P
print(type(r).__name__)
run('swapped', [r])
# __setattr__ hook added after warm-up.
class S:
    __slots__ = ('x', 'y', 'log')
    def __init__(self):
        self.x, self.y, self.log = 0, 1, []
s = S()
run('s-before', [s])
def hook(self, name, v):
    object.__setattr__(self, name, v * 2 if name == 'x' else v)
S.__setattr__ = hook
run('s-hook', [s], 100)
print(s.x, s.y)
