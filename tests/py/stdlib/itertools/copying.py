# copy.copy of itertools objects: count and repeat reduce like CPython;
# the others have no pickling support here and raise instead of copying wrongly.
import copy
import itertools
from itertools import count, repeat, islice

for o in [count(5), count(2.5, -1), count(True, 2), count(0, True), repeat('x'), repeat('y', 2)]:
    print(o.__reduce__(), repr(copy.copy(o)), list(islice(copy.copy(o), 3)))
c = count(10)
next(c)
d = copy.copy(c)
print(next(c), next(d), next(d))
class MyCount(count):
    pass
print(type(copy.copy(MyCount(3))).__name__)
print(itertools.chain[int], itertools.chain[int].__origin__ is itertools.chain)
