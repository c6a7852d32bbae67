# Internal types (_grouper, _tee, _tee_dataobject), __new__ and descriptor checks.
import itertools
def show(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
show('dataobj', lambda: itertools._tee_dataobject())
show('dataobj3', lambda: itertools._tee_dataobject(iter([]), [], None))
show('count.__new__(int)', lambda: itertools.count.__new__(int))
show('count.__new__()', lambda: itertools.count.__new__())
show('chain.__next__(5)', lambda: itertools.chain.__next__(5))
show('count.__repr__(5)', lambda: itertools.count.__repr__(5))
show('repeat.__length_hint__(5)', lambda: itertools.repeat.__length_hint__(5))
show('_tee.__copy__(5)', lambda: itertools._tee.__copy__(5))
show('grouper new', lambda: list(itertools._grouper(itertools.groupby('aab'), 'a')))
show('grouper bad', lambda: itertools._grouper(5, 'a'))
show('from_iterable sub', lambda: type(type('C', (itertools.chain,), {}).from_iterable([[1]])))
class Sub(itertools.count):
    def __next__(self):
        return 'sub'
show('sub next', lambda: [next(Sub()), list(itertools.islice(Sub(), 2))])
D = itertools._tee_dataobject
for a in [(iter([]), 5, None), (iter([]), list(range(58)), None), (iter([]), [1], 5), (iter([]), list(range(57)), 5), (iter([]), [1], D(iter([]), [], None)), (5, [], None)]:
    try:
        print(type(D(*a)).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    D(it=1)
except Exception as e:
    print(type(e).__name__, e)
print(D.__module__, D.__name__)
