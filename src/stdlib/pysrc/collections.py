# Pyrite's `collections` module, written for Pyrite from the documented
# behaviour: Counter, OrderedDict, namedtuple, ChainMap, UserDict, UserList
# and UserString in Python; deque, defaultdict, the counting loop and the
# namedtuple field descriptor are native (`_collections`).

import _collections_abc
import sys as _sys
from _collections import deque, defaultdict, _count_elements, _tuplegetter

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping
_Sequence = _collections_abc.Sequence
_MutableSequence = _collections_abc.MutableSequence


def _recursive_repr(fillvalue='...'):
    # Decorator for __repr__ methods: an object met again while its own repr
    # is being built shows as `fillvalue`.
    busy = set()

    def decorate(method):
        def guarded(self):
            token = id(self)
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)
        guarded.__name__ = method.__name__
        guarded.__qualname__ = method.__qualname__
        guarded.__doc__ = method.__doc__
        return guarded
    return decorate


# ----- OrderedDict ------------------------------------------------------------

def _settle(od):
    # Rewrites the dict's own order to the true one once keys have been moved
    # to the front (see OrderedDict._lead): O(n), once per batch of moves.
    lead = od._lead
    if not lead:
        return
    od.__dict__.pop('_lead', None)
    first = [k for k in reversed(lead) if dict.__contains__(od, k)]
    rest = [k for k in dict.__iter__(od) if k not in lead]
    pairs = [(k, dict.__getitem__(od, k)) for k in first + rest]
    dict.clear(od)
    for k, v in pairs:
        dict.__setitem__(od, k, v)


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # Keys moved to the front by move_to_end(last=False), most recent last,
    # while the dict itself still holds them at their old place: None or a
    # dict used as an ordered set. Everything that reads the order settles
    # it first, so moving to the front stays O(1).
    _lead = None

    def __iter__(self):
        if self._lead:
            _settle(self)
        return dict.__iter__(self)

    def __reversed__(self):
        if self._lead:
            _settle(self)
        return dict.__reversed__(self)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        lead = self._lead
        if lead:
            lead.pop(key, None)

    def clear(self):
        self.__dict__.pop('_lead', None)
        dict.clear(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        lead = self._lead
        if not last and lead:
            while lead:
                key = lead.popitem()[0]
                if dict.__contains__(self, key):
                    return key, dict.pop(self, key)
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        lead = self._lead
        if last:
            value = dict.pop(self, key)
            if lead:
                lead.pop(key, None)
            dict.__setitem__(self, key, value)
            return
        if not dict.__contains__(self, key):
            raise KeyError(key)
        if lead is None:
            lead = self._lead = {}
        lead.pop(key, None)
        lead[key] = None

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        _settle(self)
        return '%s(%r)' % (type(self).__name__, list(dict.items(self)))

    def __reduce__(self):
        extra = vars(self).copy() if hasattr(self, '__dict__') else None
        if extra:
            extra.pop('_lead', None)
        return (type(self), (), extra or None, None, iter(self.items()))

    def copy(self):
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    _no_default = object()

    def pop(self, key, default=_no_default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is OrderedDict._no_default:
            raise KeyError(key)
        return default

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        merged = type(self)(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


# Views of an OrderedDict: like the dict views, with their own type names.
class odict_keys(_collections_abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        _settle(self._mapping)
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        _settle(self._mapping)
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return 'odict_keys(%r)' % (list(self),)


class odict_values(_collections_abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        _settle(self._mapping)
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        _settle(self._mapping)
        return reversed(dict.values(self._mapping))

    def __repr__(self):
        return 'odict_values(%r)' % (list(self),)


class odict_items(_collections_abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        _settle(self._mapping)
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        _settle(self._mapping)
        return reversed(dict.items(self._mapping))

    def __repr__(self):
        return 'odict_items(%r)' % (list(self),)


# ----- Counter -----------------------------------------------------------------

class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for item, count in self.items():
            for _ in range(count):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                if self:
                    for item, count in iterable.items():
                        self[item] = self.get(item, 0) + count
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _Mapping):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return '%s(%r)' % (type(self).__name__, shown)

    # Rich comparisons treat missing elements as zero counts.
    def _all_pairs(self, other, test):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self) + [k for k in other if k not in self]
        return all(test(self[k], other[k]) for k in keys)

    def __eq__(self, other):
        return self._all_pairs(other, lambda a, b: a == b)

    def __ne__(self, other):
        verdict = self.__eq__(other)
        return verdict if verdict is NotImplemented else not verdict

    def __le__(self, other):
        return self._all_pairs(other, lambda a, b: a <= b)

    def __lt__(self, other):
        verdict = self.__le__(other)
        return verdict if verdict is NotImplemented else verdict and self != other

    def __ge__(self, other):
        return self._all_pairs(other, lambda a, b: a >= b)

    def __gt__(self, other):
        verdict = self.__ge__(other)
        return verdict if verdict is NotImplemented else verdict and self != other

    __hash__ = None

    # Binary operators keep positive counts; elements of self come first.
    def _combine(self, other, pick):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for item, count in self.items():
            value = pick(count, other[item])
            if value > 0:
                out[item] = value
        for item, count in other.items():
            if item not in self:
                value = pick(0, count)
                if value > 0:
                    out[item] = value
        return out

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b)

    def __pos__(self):
        out = Counter()
        for item, count in self.items():
            if count > 0:
                out[item] = count
        return out

    def __neg__(self):
        out = Counter()
        for item, count in self.items():
            if count < 0:
                out[item] = 0 - count
        return out

    def _drop_non_positive(self):
        for item in [k for k, c in self.items() if not c > 0]:
            del self[item]
        return self

    def __iadd__(self, other):
        for item, count in other.items():
            self[item] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for item, count in other.items():
            self[item] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for item, count in other.items():
            if count > self[item]:
                self[item] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for item, count in self.items():
            theirs = other[item]
            if theirs < count:
                self[item] = theirs
        return self._drop_non_positive()


# ----- namedtuple ----------------------------------------------------------------

def _check_identifier(name):
    from keyword import iskeyword
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
    if iskeyword(name):
        raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    from keyword import iskeyword
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = [str(f) for f in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        used = set()
        for i, name in enumerate(fields):
            if (not name.isidentifier() or iskeyword(name)
                    or name.startswith('_') or name in used):
                fields[i] = '_%d' % i
            used.add(fields[i])
    _check_identifier(typename)
    for name in fields:
        _check_identifier(name)
    used = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in used:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        used.add(name)

    fields = tuple(_sys.intern(f) for f in fields)
    width = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[width - len(defaults):], defaults))
    params = ', '.join(fields)
    if width == 1:
        params += ','
    arg_list = ', '.join(fields)

    # __new__ gets a real signature so argument errors read naturally.
    scope = {'_make_tuple': tuple.__new__, '__builtins__': {}, '__name__': 'namedtuple_%s' % typename}
    exec('def __new__(_cls, %s):\n    return _make_tuple(_cls, (%s))\n' % (arg_list, params), scope)
    new_fn = scope['__new__']
    new_fn.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    if defaults is not None:
        new_fn.__defaults__ = defaults

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, value) for name, value in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        shown = ', '.join('%s=%r' % pair for pair in zip(fields, self))
        return '%s(%s)' % (type(self).__name__, shown)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': new_fn,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    for fn, label in ((new_fn, '__new__'), (_make, '_make'), (_replace, '_replace'),
                      (__repr__, '__repr__'), (_asdict, '_asdict'),
                      (__getnewargs__, '__getnewargs__')):
        fn.__qualname__ = '%s.%s' % (typename, label)
    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


def _caller_module():
    # The module that called namedtuple(), when the interpreter can tell.
    try:
        frame = _sys._getframe(2)
    except (AttributeError, ValueError, NotImplementedError):
        return None
    return frame.f_globals.get('__name__', '__main__')


# ----- ChainMap -------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            if key in layer:
                return layer[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        order = {}
        for layer in reversed(self.maps):
            for key in layer:
                order[key] = None
        return iter(order)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(repr(m) for m in self.maps))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        combined = dict(other)
        for layer in reversed(self.maps):
            combined.update(layer)
        return type(self)(combined)


# ----- UserDict, UserList, UserString ------------------------------------------------

def _dict_of(other):
    # The dict behind another operand of a UserDict `|`, or None.
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        theirs = _dict_of(other)
        return NotImplemented if theirs is None else type(self)(self.data | theirs)

    def __ror__(self, other):
        theirs = _dict_of(other)
        return NotImplemented if theirs is None else type(self)(theirs | self.data)

    def __ior__(self, other):
        theirs = _dict_of(other)
        self.data |= other if theirs is None else theirs
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'].copy()
        return clone

    def copy(self):
        if type(self) is UserDict:
            return UserDict(dict(self.data))
        import copy
        saved = self.data
        try:
            self.data = {}
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_of(other):
    # The items of another operand of a UserList operator, as a list.
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


def _unwrap(other):
    return other.data if isinstance(other, (UserList, UserString)) else other


class UserList(_MutableSequence):
    def __init__(self, initlist=None):
        source = () if initlist is None else initlist
        self.data = list(source.data if isinstance(source, UserList) else source)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _unwrap(other)

    def __le__(self, other):
        return self.data <= _unwrap(other)

    def __eq__(self, other):
        return self.data == _unwrap(other)

    def __gt__(self, other):
        return self.data > _unwrap(other)

    def __ge__(self, other):
        return self.data >= _unwrap(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        return type(self)(self.data + _list_of(other))

    def __radd__(self, other):
        return type(self)(_list_of(other) + self.data)

    def __iadd__(self, other):
        self.data += _list_of(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = type(self).__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'][:]
        return clone

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_unwrap(other) if isinstance(other, UserList) else other)


class UserString(_Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _unwrap(string)

    def __lt__(self, string):
        return self.data < _unwrap(string)

    def __le__(self, string):
        return self.data <= _unwrap(string)

    def __gt__(self, string):
        return self.data > _unwrap(string)

    def __ge__(self, string):
        return self.data >= _unwrap(string)

    def __contains__(self, char):
        return _unwrap(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, (str, UserString)):
            return type(self)(self.data + _unwrap(other))
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_unwrap(old), _unwrap(new), maxsplit))


# The other str methods, forwarded to `data`: those returning a new string
# give an instance of the same class; substring arguments may be UserStrings.
def _string_method(name, wraps, unwrap_first=False):
    target = getattr(str, name)

    def method(self, *args, **kwargs):
        if unwrap_first and args:
            args = (_unwrap(args[0]),) + args[1:]
        result = target(self.data, *args, **kwargs)
        return type(self)(result) if wraps else result
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    return method


for _name in ('capitalize', 'casefold', 'center', 'expandtabs', 'ljust', 'lower',
              'lstrip', 'removeprefix', 'removesuffix', 'rjust', 'rstrip', 'strip',
              'swapcase', 'title', 'translate', 'upper', 'zfill'):
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
              'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper',
              'endswith', 'startswith', 'encode', 'join', 'split', 'rsplit', 'splitlines',
              'partition', 'rpartition', 'format', 'format_map'):
    setattr(UserString, _name, _string_method(_name, False))
for _name in ('count', 'find', 'rfind', 'index', 'rindex'):
    setattr(UserString, _name, _string_method(_name, False, True))
UserString.maketrans = str.maketrans
del _name

_MutableSequence.register(deque)

for _cls in (OrderedDict, Counter, ChainMap, UserDict, UserList, UserString):
    _cls.__module__ = 'collections'
del _cls

# `collections.abc`: a module re-exporting _collections_abc, made available
# as an attribute here and in sys.modules.
abc = _sys.modules.get('collections.abc')
if abc is None:
    abc = type(_sys)('collections.abc')
    for _name in _collections_abc.__all__:
        setattr(abc, _name, getattr(_collections_abc, _name))
    abc.__all__ = list(_collections_abc.__all__)
    _sys.modules['collections.abc'] = abc
    del _name


ChainMap.__class_getitem__ = classmethod(type(list[int]))
