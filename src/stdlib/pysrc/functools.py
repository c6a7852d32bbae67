# Pyrite's `functools` module, written for Pyrite from the documented
# behaviour. reduce, partial, cmp_to_key and the lru_cache wrapper type are
# native (`_functools`, src/stdlib/functools*.rs); partialmethod, the
# caching decorators, wraps/update_wrapper, total_ordering, cached_property
# and single dispatch are written here.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()

from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
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


def _wrap_cached(func, maxsize, typed):
    cached = _lru_cache_wrapper(func, maxsize, typed, _CacheInfo)
    settings = {'maxsize': maxsize, 'typed': typed}
    cached.cache_parameters = lambda: dict(settings)
    update_wrapper(cached, func)
    return cached


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Bare decorator: @lru_cache
        return _wrap_cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return lambda user_function: _wrap_cached(user_function, maxsize, typed)


def cache(user_function, /):
    return _wrap_cached(user_function, None, False)


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

partialmethod.__class_getitem__ = classmethod(type(list[int]))
cached_property.__class_getitem__ = classmethod(type(list[int]))
