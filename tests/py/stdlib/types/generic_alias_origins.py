import collections, functools, itertools, re, os, collections.abc as abc, typing, dataclasses, contextlib, array, io
items = [list, dict, tuple, set, frozenset, type, functools.partial, collections.deque, collections.defaultdict, collections.OrderedDict, collections.Counter, collections.ChainMap, abc.Iterable, abc.Mapping, re.Pattern, re.Match, os.PathLike, contextlib.AbstractContextManager, enumerate, itertools.chain, functools.partialmethod, functools.cached_property, dataclasses.Field, os.DirEntry, zip, map, filter, range, int, str, object]
for it in items:
    try: print(repr(it[int]))
    except Exception as e: print(type(e).__name__, e)
class A: pass
class M(type): pass
class B(metaclass=M): pass
for x in [A, B]:
    try: print(x[int])
    except Exception as e: print(type(e).__name__, e)
print(type[int] == type[int], type(type[int]).__name__)
import types
ga = types.GenericAlias(dict, (str, int))
print(ga, ga.__origin__, ga.__args__, ga == dict[str, int])
try: types.GenericAlias(list)
except TypeError as e: print(e)
print(functools.partial[int].__origin__ is functools.partial, functools.partial[int, str].__args__)
