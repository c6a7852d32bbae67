# The eval loop's in-arm hits of LOAD_ATTR_INSTANCE / STORE_ATTR_INSTANCE /
# LOAD_METHOD_CACHED and their fallbacks: every site runs warm, then sees
# something the cache does not cover.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


def loads(objs):
    out = []
    for o in objs:
        try:
            out.append((o.x, o.y))
        except AttributeError as e:
            out.append(("AttributeError", str(e)))
    return out


def stores(objs, n):
    for o in objs:
        o.x = n
        o.y = n + 1
        o.z = n + 2


def calls(objs):
    out = []
    for o in objs:
        try:
            out.append(o.norm())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


warm = [P(i, i + 1) for i in range(40)]
print(loads(warm)[-1], calls(warm)[-1])
stores(warm, 3)
print(vars(warm[0]), warm[-1].z)

# A dict assigned before any attribute: the store must go to the dict.
d = P.__new__(P)
d.__dict__ = {"w": 1}
stores([d], 7)
print(vars(d), loads([d]))

# A materialized dict (vars) after warm-up.
m = P(1, 2)
vars(m)["x"] = 10
print(loads([m]), calls([m]))
stores([m], 20)
print(vars(m))

# Instance attribute shadowing the method, set after warm-up.
s = P(2, 3)
s.norm = lambda: "shadow"
print(calls([s]))
s2 = P(2, 3)
s2.__dict__["norm"] = lambda: "dict shadow"
print(calls([s2]))

# The class changes after warm-up: a property replaces a plain attribute.
before = P(5, 6)
P.y = property(lambda self: "prop y")
print(loads([before]))
try:
    stores([before], 1)
except AttributeError:
    print("AttributeError (no setter)")
del P.y
print(loads([P(5, 6)]), calls([P(1, 1)]))

# __getattr__ added later: only reached for missing attributes.
q = P(1, 2)
del q.y
print(loads([q]))
P.__getattr__ = lambda self, name: "getattr " + name
print(loads([q]))
del P.__getattr__

# __getattribute__ added later intercepts everything.
P.__getattribute__ = lambda self, name: "ga " + name
print(loads(warm[:2]))
del P.__getattribute__
print(loads(warm[:2]))

# __setattr__ added later.
log = []
P.__setattr__ = lambda self, name, v: log.append((name, v))
stores(warm[:1], 99)
print(log, vars(warm[0]))
del P.__setattr__

# __class__ assignment after warm-up.


class Q:
    def norm(self):
        return "Q.norm"


c = P(1, 2)
c.__class__ = Q
print(loads([c]), calls([c]))


# Subclasses and a __slots__ class at the same sites.
class R(P):
    def norm(self):
        return "R.norm"


class S:
    __slots__ = ("x", "y")

    def norm(self):
        return "S.norm"


r = R(4, 5)
sl = S()
sl.x = 1
print(loads([r, sl]), calls([r, sl]))
stores([r], 8)
try:
    stores([sl], 8)
except AttributeError as e:
    print("AttributeError", e)
print(vars(r), sl.x, sl.y)


# Many attributes (past the in-object room) appended at warm sites.
class Big:
    pass


def fill(o, n):
    o.a = n
    o.b = n
    o.c = n
    o.d = n
    o.e = n
    o.f = n
    o.g = n


bigs = [Big() for _ in range(30)]
for i, b in enumerate(bigs):
    fill(b, i)
print(vars(bigs[-1]))
fill(bigs[0], 100)
print(vars(bigs[0]))


# The attribute load drops the last reference to its object: __del__ runs
# right after the instruction.
class D:
    def __init__(self):
        self.v = 5

    def __del__(self):
        print("del D")


def take():
    total = 0
    for _ in range(3):
        total += D().v
        print("after", total)
    return total


print(take())
