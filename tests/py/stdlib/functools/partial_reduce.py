# reduce, partial (attributes, repr, flattening, readonly) and partialmethod.
import functools
from functools import partial, reduce, partialmethod
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []))
for args in [(operator.add, []), (operator.add, 3)]:
    try:
        reduce(*args)
    except TypeError as e:
        print('TypeError', e)

def f(a, b=2, *rest, **kw):
    return (a, b, rest, sorted(kw.items()))

p = partial(f, 1, x=10)
print(p(), p(5, 6, y=1), p(x=0))
print(p.func is f, p.args, p.keywords)
print(repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
q = partial(p, 3, z=4)
print(q.func is f, q.args, q.keywords)
p.note = 'hi'
r = partial(p, 9)
print(r.func is p, r.args, vars(r), vars(p))
for attr in ['func', 'args', 'keywords']:
    try:
        setattr(p, attr, None)
    except AttributeError as e:
        print('AttributeError', e)
for bad in [(), (3,)]:
    try:
        partial(*bad)
    except TypeError as e:
        print('TypeError', e)

class P(partial):
    pass
print(repr(P(max, 1)), type(P(max, 1)).__name__, P(max, 1)(5))
base2 = partial(int, base=2)
print(base2('1011'), base2('11', base=10))

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, *, note=''):
        self.alive = state
        return note
    set_alive = partialmethod(set_state, True, note='up')
    set_dead = partialmethod(set_state, False)
    both = partialmethod(partialmethod(set_state, True), note='nested')

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.both(), c.alive)
print(repr(Cell.__dict__['set_dead']).startswith('functools.partialmethod(<function Cell.set_state'))
print(Cell.set_alive(c), type(Cell.set_alive).__name__)
