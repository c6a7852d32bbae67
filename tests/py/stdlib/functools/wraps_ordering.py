# wraps/update_wrapper, total_ordering, cmp_to_key, cached_property, singledispatch.
import functools

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return ('wrapped', fn(*a, **k))
    return inner

@deco
def greet(name: str) -> str:
    """Say hello."""
    return 'hi ' + name
greet.extra = 1
print(greet('bob'), greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__, greet.__wrapped__('x'))

def target():
    """doc"""
target.attr = 'copied'
def shell():
    pass
r = functools.update_wrapper(shell, target)
print(r is shell, shell.__name__, shell.__doc__, shell.attr, shell.__wrapped__ is target)
def shell2():
    pass
functools.update_wrapper(shell2, target, assigned=('__doc__',), updated=())
print(shell2.__name__, shell2.__doc__, hasattr(shell2, 'attr'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a, a == Version(1))
print(Version.__gt__.__name__, sorted([Version(3), a, b])[0].n)
try:
    a < 3
except TypeError as e:
    print('TypeError', e)

@functools.total_ordering
class Rev:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n
print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(2) <= Rev(2), Rev(3) >= Rev(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)

key = functools.cmp_to_key(lambda x, y: (x > y) - (x < y))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
print(key(1) < key(2), key(2) <= key(2), key(3) == key(3), key(3) > key(1), key(1) >= key(2))
try:
    key(1) < 2
except TypeError as e:
    print('TypeError', e)

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @functools.cached_property
    def total(self):
        """The sum."""
        self.computed += 1
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__, Data.total.__doc__, Data.total.attrname)
del d.total
print(d.total, d.computed)
class Slotted:
    __slots__ = ('x',)
    @functools.cached_property
    def val(self):
        return 1
try:
    Slotted().val
except TypeError as e:
    print('TypeError', e)

@functools.singledispatch
def show(obj):
    return 'object ' + repr(obj)
@show.register(int)
def _(obj):
    return 'int %d' % obj
@show.register
def _(obj: list):
    return 'list of %d' % len(obj)
def show_str(obj):
    return 'str ' + obj
show.register(str, show_str)
print(show(5), show(True), show([1, 2]), show('x'), show(2.5), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[object], sorted(k.__name__ for k in show.registry))
try:
    show()
except TypeError as e:
    print('TypeError', e)

class Printer:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register
    def _(self, arg: int):
        return 'int'
print(Printer().fmt(1), Printer().fmt('s'))

from collections.abc import Mapping, Sequence
@functools.singledispatch
def kind(obj):
    return 'other'
@kind.register(Mapping)
def _(obj):
    return 'mapping'
@kind.register(Sequence)
def _(obj):
    return 'sequence'
@kind.register(str)
def _(obj):
    return 'string'
print(kind({}), kind([]), kind((1,)), kind('s'), kind(3), kind(range(2)))
