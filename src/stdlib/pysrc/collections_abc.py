# Pyrite's `_collections_abc` (re-exported as `collections.abc`), written
# for Pyrite: the container ABCs with their mixin methods. It carries its
# own small ABC metaclass (registration, __subclasshook__, abstract-method
# checks at instantiation) so it does not depend on the `abc` module.

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator',
           'AsyncGenerator', 'Hashable', 'Iterable', 'Iterator', 'Generator',
           'Reversible', 'Sized', 'Container', 'Callable', 'Collection',
           'Set', 'MutableSet', 'Mapping', 'MutableMapping', 'MappingView',
           'KeysView', 'ItemsView', 'ValuesView', 'Sequence',
           'MutableSequence', 'ByteString']

_cache_epoch = [0]


def _abstract_body(*args):
    return None


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    """Metaclass of the container ABCs."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        pending = set()
        for key, value in namespace.items():
            if getattr(value, '__isabstractmethod__', False):
                pending.add(key)
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, key, None), '__isabstractmethod__', False):
                    pending.add(key)
        cls.__abstractmethods__ = frozenset(pending)
        cls._abc_own_registry = []
        cls._abc_children = []
        cls._abc_answers = {}
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__abstractmethods__
        if missing:
            names = sorted(missing)
            plural = 's' if len(names) > 1 else ''
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, plural, ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_own_registry.append(subclass)
        _cache_epoch[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        answers = cls._abc_answers
        remembered = answers.get(subclass)
        if remembered is not None and remembered[0] == _cache_epoch[0]:
            return remembered[1]
        verdict = cls._abc_decide(subclass)
        answers[subclass] = (_cache_epoch[0], verdict)
        return verdict

    def _abc_decide(cls, subclass):
        if cls in subclass.__mro__:
            return True
        shape = cls.__dict__.get('_abc_shape')
        if shape is not None:
            if _defines_all(subclass, *shape):
                return True
        else:
            hook = getattr(cls, '__subclasshook__', None)
            verdict = NotImplemented if hook is None else hook(subclass)
            if verdict is not NotImplemented:
                return bool(verdict)
        for registered in cls._abc_own_registry:
            if issubclass(subclass, registered):
                return True
        for child in cls._abc_children:
            if issubclass(subclass, child):
                return True
        return False


def _defines_all(klass, *names):
    # Whether klass (through its MRO) defines every name, not as None.
    chain = klass.__mro__
    for name in names:
        for owner in chain:
            if name in owner.__dict__:
                if owner.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__hash__',)

    @abstractmethod
    def __hash__(self):
        return 0



class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__await__',)

    @abstractmethod
    def __await__(self):
        yield



class Coroutine(Awaitable):
    __slots__ = ()
    _abc_shape = ('__await__', 'send', 'throw', 'close',)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('coroutine ignored GeneratorExit')



class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__aiter__',)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()



class AsyncIterator(AsyncIterable):
    __slots__ = ()
    _abc_shape = ('__anext__', '__aiter__',)

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self



class AsyncGenerator(AsyncIterator):
    __slots__ = ()
    _abc_shape = ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose',)

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        raise typ if val is None else val



class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__iter__',)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None



class Iterator(Iterable):
    __slots__ = ()
    _abc_shape = ('__iter__', '__next__',)

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self



class Reversible(Iterable):
    __slots__ = ()
    _abc_shape = ('__reversed__', '__iter__',)

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None



class Generator(Iterator):
    __slots__ = ()
    _abc_shape = ('__iter__', '__next__', 'send', 'throw', 'close',)

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError('generator ignored GeneratorExit')



class Sized(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__len__',)

    @abstractmethod
    def __len__(self):
        return 0



class Container(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__contains__',)

    @abstractmethod
    def __contains__(self, x):
        return False



class Collection(Sized, Iterable, Container):
    __slots__ = ()
    _abc_shape = ('__len__', '__iter__', '__contains__',)



class Callable(metaclass=ABCMeta):
    __slots__ = ()
    _abc_shape = ('__call__',)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False



# ----- sets ---------------------------------------------------------------

def _only_sets(compare):
    # Wraps a Set comparison: other operands get NotImplemented.
    def checked(self, other):
        return compare(self, other) if isinstance(other, Set) else NotImplemented
    checked.__name__ = compare.__name__
    return checked


def _as_set(self, other):
    # The other operand of a set operator as a Set, or None if unsupported.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


class Set(Collection):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    @_only_sets
    def __le__(self, other):
        return len(self) <= len(other) and all(x in other for x in self)

    @_only_sets
    def __lt__(self, other):
        return len(self) < len(other) and all(x in other for x in self)

    @_only_sets
    def __gt__(self, other):
        return len(other) < len(self) and all(x in self for x in other)

    @_only_sets
    def __ge__(self, other):
        return len(other) <= len(self) and all(x in self for x in other)

    @_only_sets
    def __eq__(self, other):
        return len(self) == len(other) and all(x in other for x in self)

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    __rand__ = __and__

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable([*self, *other])
        return NotImplemented

    __ror__ = __or__

    def __sub__(self, other):
        rhs = _as_set(self, other)
        if rhs is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in rhs)

    def __rsub__(self, other):
        lhs = _as_set(self, other)
        if lhs is None:
            return NotImplemented
        return self._from_iterable(x for x in lhs if x not in self)

    def __xor__(self, other):
        rhs = _as_set(self, other)
        if rhs is None:
            return NotImplemented
        return self._from_iterable([*(x for x in self if x not in rhs),
                                    *(x for x in rhs if x not in self)])

    __rxor__ = __xor__

    def _hash(self):
        # Order-independent hash of the elements (the published frozenset
        # mixing algorithm, folded into a signed machine word).
        import sys
        width = sys.maxsize * 2 + 1
        acc = 1927868237 * (len(self) + 1)
        for item in self:
            h = hash(item)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
            acc &= width
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width
        if acc > sys.maxsize:
            acc -= width + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for value in _as_set(self, it):
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# ----- mappings -------------------------------------------------------------

class Mapping(Collection):
    __slots__ = ()
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            found = self._mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    _absent = object()

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is self._absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ----- sequences ------------------------------------------------------------

class Sequence(Reversible, Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        size = len(self)
        if start is not None and start < 0:
            start = max(size + start, 0)
        if stop is not None and stop < 0:
            stop += size
        i = start or 0
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        size = len(self)
        for i in range(size // 2):
            self[i], self[size - 1 - i] = self[size - 1 - i], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


for _abc in list(globals().values()):
    if isinstance(_abc, ABCMeta):
        _abc.__module__ = 'collections.abc'
del _abc

# ----- the built-in types -----------------------------------------------------

_dict_views = ({}.keys(), {}.values(), {}.items())
for _t in (type(iter(b'')), type(iter(bytearray())), type(iter({}.keys())),
           type(iter({}.values())), type(iter({}.items())), type(iter([])),
           type(iter(reversed([]))), type(iter(range(0))), type(iter(set())),
           type(iter('')), type(iter(()))):
    Iterator.register(_t)
Generator.register(type((lambda: (yield))()))
KeysView.register(type(_dict_views[0]))
ValuesView.register(type(_dict_views[1]))
ItemsView.register(type(_dict_views[2]))
del _t, _dict_views
for _t in (type(len), type(_abstract_body), type(Set._hash.__get__(0)), type(str.join)):
    Callable.register(_t)
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
del _t


# `Iterable[int]` and friends give a types.GenericAlias (subclasses inherit it).
for _generic in (Awaitable, AsyncIterable, Iterable, Container, MappingView):
    _generic.__class_getitem__ = classmethod(type(list[int]))
del _generic
