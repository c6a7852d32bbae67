# Attribute sites warmed up with three classes (so compiled code checks each
# of the site's entries inline), then given a 4th and 5th class, classes
# mutated under them (a rebound method, a property, __getattr__,
# __setattr__), objects swapping __class__, a materialized __dict__ and a
# __slots__ class. Every read, store and method call must give CPython's
# answer.


class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.held = False
        self.next = None

    def runnable(self):
        return not self.held

    def step(self):
        return "task"


class Idle(Task):
    def __init__(self, ident):
        Task.__init__(self, ident, 0)
        self.count = 3

    def step(self):
        return "idle"


class Work(Task):
    def __init__(self, ident):
        Task.__init__(self, ident, 1)
        self.letter = 0
        self.target = 2

    def step(self):
        return "work"


class Handler(Task):
    def __init__(self, ident):
        Task.__init__(self, ident, 2)
        self.queue = None

    def step(self):
        return "handler"


class Device(Task):
    def __init__(self, ident):
        Task.__init__(self, ident, 3)
        self.pending = None

    def step(self):
        return "device"


class Slotted:
    __slots__ = ("ident", "prio", "held", "next")

    def __init__(self, ident):
        self.ident = ident
        self.prio = 9
        self.held = False
        self.next = None

    def runnable(self):
        return True

    def step(self):
        return "slotted"


def visit(tasks):
    out = []
    for t in tasks:
        if t.runnable():
            out.append((t.ident, t.prio, t.step()))
        else:
            out.append((t.ident, t.prio, "held", t.step()))
    return out


def bump(tasks, d):
    for t in tasks:
        t.prio = t.prio + d
        t.held = not t.held


def total(tasks):
    s = 0
    for t in tasks:
        s += t.prio
    return s


three = [Idle(0), Work(1), Handler(2), Idle(3), Work(4), Handler(5)]
for _ in range(60):
    r = visit(three)
    bump(three, 1)
    bump(three, -1)
print(r, total(three))

# A 4th and 5th class at the warm sites.
five = three + [Device(6), Task(7, 5)]
for _ in range(40):
    r = visit(five)
    bump(five, 1)
print(r, total(five))

# A __slots__ class at the same sites.
six = five + [Slotted(8)]
for _ in range(40):
    r = visit(six)
    bump(six, 2)
print(r, total(six))

# A method rebound on one class, then removed (falls back to the base's).
Work.step = lambda self: "rebound"
print(visit(three))
del Work.step
print(visit(three))
Task.step = lambda self: "base-rebound"
print(visit(three + [Task(10, 6)]))

# A property on one class shadows the instance attribute for reads; the
# setter intercepts stores.
seen = []
Handler.prio = property(lambda self: -1, lambda self, v: seen.append(v))
print(visit(three), total(three))
bump(three, 5)
print(seen, total(three))
del Handler.prio
print(visit(three), total(three))

# __getattr__ only for missing names; a missing name on one class.
class Lazy(Task):
    def __getattr__(self, name):
        return "lazy-" + name


lz = Lazy(11, 4)
del lz.prio
print(visit(three + [lz]))
bare = Idle(12)
del bare.prio
try:
    visit(three + [bare])
except AttributeError as e:
    print("AttributeError", e)

# __class__ swapped among the warm classes and back.
o = three[0]
o.__class__ = Work
print(visit(three))
o.__class__ = Idle
print(visit(three))

# An object whose attributes moved to a real dict.
d = Work(13)
d.__dict__["prio"] = 77
vars(d)["extra"] = 1
print(visit(three + [d]), total(three + [d]))
bump([d], 1)
print(d.prio, d.held)

# An instance attribute shadowing a method on one object.
sh = Idle(14)
sh.step = lambda: "own-step"
print(visit(three + [sh]))
del sh.step
print(visit(three + [sh]))

# __setattr__ added to one class later.
log = []
Idle.__setattr__ = lambda self, name, value: log.append((self.ident, name, value))
bump(three, 1)
print(total(three), log)
del Idle.__setattr__
bump(three, 1)
print(total(three))
