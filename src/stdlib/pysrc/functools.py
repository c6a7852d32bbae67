# Pyrite's `functools` module, written for Pyrite from the documented
# behaviour: reduce, partial, partialmethod, the caching decorators,
# wraps/update_wrapper, total_ordering, cmp_to_key, cached_property and
# single dispatch.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()
_MethodType = type((lambda: None).__get__(0))


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last so that a __wrapped__ copied from `wrapped` is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ----- reduce -------------------------------------------------------------

def reduce(function, sequence, initial=_MISSING, /):
    try:
        items = iter(sequence)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if initial is _MISSING:
        for acc in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


# ----- partial ------------------------------------------------------------

class partial:

    __slots__ = ('_pfunc', '_pargs', '_pkw', '__dict__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # An inner plain partial (no extra attributes) is merged into this one.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func._pargs + args
            keywords = {**func._pkw, **keywords}
            func = func._pfunc
        self = object.__new__(cls)
        object.__setattr__(self, '_pfunc', func)
        object.__setattr__(self, '_pargs', args)
        object.__setattr__(self, '_pkw', keywords)
        return self

    def __call__(self, /, *args, **keywords):
        merged = {**self._pkw, **keywords}
        return self._pfunc(*self._pargs, *args, **merged)

    func = property(lambda self: self._pfunc, doc='function object to use in future partial calls')
    args = property(lambda self: self._pargs, doc='tuple of arguments to future partial calls')
    keywords = property(lambda self: self._pkw, doc='dictionary of keyword arguments to future partial calls')

    def __setattr__(self, name, value):
        if name in ('func', 'args', 'keywords', '_pfunc', '_pargs', '_pkw'):
            raise AttributeError('readonly attribute')
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ('func', 'args', 'keywords', '_pfunc', '_pargs', '_pkw'):
            raise AttributeError('readonly attribute')
        object.__delattr__(self, name)

    def __repr__(self):
        shown = [repr(self._pfunc)]
        shown.extend(repr(a) for a in self._pargs)
        shown.extend('%s=%r' % (k, v) for k, v in self._pkw.items())
        if type(self) is partial:
            prefix = 'functools.partial'
        else:
            prefix = type(self).__qualname__
        return '%s(%s)' % (prefix, ', '.join(shown))

    def __reduce__(self):
        return (type(self), (self._pfunc,),
                (self._pfunc, self._pargs, self._pkw or None, self.__dict__ or None))

    def __setstate__(self, state):
        func, args, kwds, extra = state
        object.__setattr__(self, '_pfunc', func)
        object.__setattr__(self, '_pargs', tuple(args))
        object.__setattr__(self, '_pkw', dict(kwds or {}))
        if extra:
            self.__dict__.update(extra)


class partialmethod:

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('{!r} is not callable or a descriptor'.format(func))
        if isinstance(func, partialmethod):
            # Flatten nested partialmethods.
            func, args, keywords = func.func, func.args + args, {**func.keywords, **keywords}
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func)]
        shown.extend(repr(a) for a in self.args)
        shown.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        cls = type(self)
        return '%s.%s(%s)' % (cls.__module__, cls.__qualname__, ', '.join(shown))

    def _as_function(self):
        target, frozen_args, frozen_kw = self.func, self.args, self.keywords

        def call_with(first, /, *more, **kw):
            return target(first, *frozen_args, *more, **{**frozen_kw, **kw})
        call_with.__isabstractmethod__ = self.__isabstractmethod__
        return call_with

    def __get__(self, obj, cls=None):
        target = self.func
        binder = getattr(type(target), '__get__', None)
        if binder is not None:
            bound = binder(target, obj, cls)
            if bound is not target:
                out = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    out.__self__ = owner
                return out
        return self._as_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ----- lru_cache ------------------------------------------------------------

class _CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    __slots__ = ()
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'


class _HashedKey(list):
    # A list-backed key whose hash is computed only once.
    __slots__ = ('hashvalue',)

    def __init__(self, parts):
        self[:] = parts
        self.hashvalue = hash(tuple(parts))

    def __hash__(self):
        return self.hashvalue

    def __eq__(self, other):
        return type(other) is _HashedKey and list.__eq__(self, other)


_KW_SEPARATOR = object()


def _cache_key(args, kwds, typed):
    parts = list(args)
    if kwds:
        parts.append(_KW_SEPARATOR)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(a) for a in args)
        if kwds:
            parts.extend(type(v) for v in kwds.values())
    elif len(parts) == 1 and type(parts[0]) in (int, str):
        return parts[0]
    return _HashedKey(parts)


class _lru_cache_wrapper:
    """Wrapper around a function that caches its results."""

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._store = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, user_function)

    def __call__(self, /, *args, **kwds):
        limit = self._maxsize
        if limit == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _cache_key(args, kwds, self._typed)
        store = self._store
        found = store.get(key, _MISSING)
        if found is not _MISSING:
            self._hits += 1
            if limit is not None:
                # Most recently used entries live at the end of the dict.
                del store[key]
                store[key] = found
            return found
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        if key in store:
            # A recursive call already cached this key.
            return result
        if limit is not None and len(store) >= limit:
            del store[next(iter(store))]
        store[key] = result
        return result

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._store))

    def cache_clear(self):
        self._store.clear()
        self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__

_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a bare decorator: @lru_cache
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return _lru_cache_wrapper(user_function, None, False)


# ----- total_ordering -------------------------------------------------------

def _derive(root, make):
    # Builds the comparison `make(root_result, equal)` from the root method.
    def compare(self, other):
        first = getattr(type(self), root)(self, other)
        if first is NotImplemented:
            return NotImplemented
        return make(first, self, other)
    return compare

_DERIVED = {
    '__lt__': {'__gt__': lambda r, a, b: not r and a != b,
               '__le__': lambda r, a, b: r or a == b,
               '__ge__': lambda r, a, b: not r},
    '__le__': {'__ge__': lambda r, a, b: not r or a == b,
               '__lt__': lambda r, a, b: r and a != b,
               '__gt__': lambda r, a, b: not r},
    '__gt__': {'__lt__': lambda r, a, b: not r and a != b,
               '__ge__': lambda r, a, b: r or a == b,
               '__le__': lambda r, a, b: not r},
    '__ge__': {'__le__': lambda r, a, b: not r or a == b,
               '__gt__': lambda r, a, b: r and a != b,
               '__lt__': lambda r, a, b: not r},
}


def total_ordering(cls):
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = defined[0]
    for name, rule in _DERIVED[root].items():
        if name not in defined:
            method = _derive(root, rule)
            method.__name__ = name
            method.__qualname__ = '%s.%s' % (cls.__qualname__, name)
            setattr(cls, name, method)
    return cls


# ----- cmp_to_key -------------------------------------------------------------

class KeyWrapper:
    # cmp_to_key(f) is a KeyWrapper holding only f; calling it wraps a value.
    __slots__ = ('cmp', 'obj')

    def __init__(self, cmp, *value):
        self.cmp = cmp
        if value:
            self.obj = value[0]

    def __call__(self, obj):
        return KeyWrapper(self.cmp, obj)

    def _against(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self.cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._against(other) < 0

    def __gt__(self, other):
        return self._against(other) > 0

    def __eq__(self, other):
        return self._against(other) == 0

    def __le__(self, other):
        return self._against(other) <= 0

    def __ge__(self, other):
        return self._against(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    return KeyWrapper(mycmp)


# ----- cached_property ----------------------------------------------------

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {name!r} property.') from None
        if name in store:
            return store[name]
        value = self.func(instance)
        try:
            store[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance does not support item assignment for caching '
                            f'{name!r} property.') from None
        return value


# ----- singledispatch -----------------------------------------------------------

def _first_param_annotation(func):
    notes = getattr(func, '__annotations__', None) or {}
    for name, note in notes.items():
        if name != 'return':
            return note
    raise TypeError(f'Invalid first argument to `register()`: {func!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')


def singledispatch(func):
    """Single-dispatch generic function decorator."""
    table = {object: func}
    resolved = {}

    def dispatch(cls):
        hit = resolved.get(cls)
        if hit is not None:
            return hit
        impl = None
        for klass in cls.__mro__:
            if klass is not object and klass in table:
                impl = table[klass]
                break
        if impl is None:
            # Registered ABCs (virtual bases), most recently registered first.
            for klass in reversed(list(table)):
                if klass is not object and issubclass(cls, klass):
                    impl = table[klass]
                    break
            else:
                impl = table[object]
        resolved[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            cls = _first_param_annotation(func)
            if not isinstance(cls, type):
                raise TypeError(f'Invalid annotation for {func.__code__.co_varnames[0]!r}. '
                                f'{cls!r} is not a class.')
        table[cls] = func
        resolved.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{label} requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(table)
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def dispatching(*args, **kwargs):
            chosen = self.dispatcher.dispatch(type(args[0]))
            return chosen.__get__(obj, cls)(*args, **kwargs)
        dispatching.register = self.register
        return update_wrapper(dispatching, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
