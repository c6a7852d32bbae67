# copyreg for Pyrite: the registry of reduction functions shared by pickle
# and copy, the constructors pickles name (`__newobj__`, `__newobj_ex__`,
# `_reconstructor`), the extension-code registry, and, since Pyrite's
# `object` has no `__reduce_ex__` of its own, the one implementation of the
# default reduction that CPython's object.__reduce_ex__ performs (`_reduce`),
# used by both pickle and copy.

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        made = object.__new__(cls)
    else:
        made = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(made, state)
    return made


# ------------------------------------------------------------ extensions

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()


# ------------------------------------------------------------ default reduce

def _slotnames(cls):
    # The names of the slots of cls and its bases (private ones mangled),
    # cached on the class as CPython does.
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__")
        if declared is None:
            continue
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                owner = klass.__name__.lstrip("_")
                if owner:
                    name = "_%s%s" % (owner, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _is_python_class(cls):
    # Classes made by a class statement (CPython's heap types).
    return "__module__" in cls.__dict__ and not cls.__dict__.get("_pyrite_builtin_", False)


def _builtin_base(cls):
    for klass in cls.__mro__:
        if not _is_python_class(klass):
            return klass
    return object


_COPIED_BY_VALUE = (int, float, str, bytes, tuple, complex, frozenset, bool)


def _new_args(obj, cls):
    # What __getnewargs__ gives for instances of subclasses of immutable
    # builtins (their value), or the class's own __getnewargs__.
    hook = getattr(cls, "__getnewargs__", None)
    if hook is not None:
        args = hook(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args
    base = _builtin_base(cls)
    if base in _COPIED_BY_VALUE and base is not frozenset:
        return (base(obj),)
    return ()


def _object_state(obj, cls, proto):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not object.__getstate__:
        return getstate(obj)
    if proto < 2 and _slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    return _object_getstate(obj)


def _object_getstate(obj):
    # object.__getstate__: the instance dict (None if empty or absent),
    # paired with the filled slots when the class has __slots__.
    try:
        attrs = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        attrs = None
    slots = {}
    names = _slotnames(type(obj))
    for name in names:
        try:
            slots[name] = object.__getattribute__(obj, name)
        except AttributeError:
            pass
    if slots:
        return (attrs if attrs else None, slots)
    return attrs if attrs else None


def _reduce_newobj(obj, cls, proto):
    # object.__reduce_ex__(proto) for proto >= 2.
    hook = getattr(cls, "__getnewargs_ex__", None)
    if hook is not None:
        args, kwargs = hook(obj)
        if kwargs:
            head, rest = __newobj_ex__, (cls, tuple(args), dict(kwargs))
        else:
            head, rest = __newobj__, (cls,) + tuple(args)
    else:
        head, rest = __newobj__, (cls,) + _new_args(obj, cls)
    state = _object_state(obj, cls, proto)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return head, rest, state, listitems, dictitems


def _reduce_old(obj, cls, proto):
    # object.__reduce_ex__(proto) for protocols 0 and 1.
    base = _builtin_base(cls)
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % cls.__name__)
        value = base(obj)
    args = (cls, base, value)
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not object.__getstate__:
        state = getstate(obj)
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        try:
            state = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            state = None
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _builtin_reduce(obj, cls, proto):
    # The reductions Pyrite's builtin types would provide themselves.
    if obj is Ellipsis or obj is NotImplemented:
        return repr(obj)
    if cls is set or cls is frozenset:
        return cls, (list(obj),)
    if cls is bytearray:
        return cls, ((bytes(obj),) if obj else ())
    if cls is range:
        return cls, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException):
        try:
            attrs = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            attrs = None
        if attrs:
            return cls, obj.args, attrs
        return cls, obj.args
    return None


def _own_hook(cls, name):
    hook = getattr(cls, name, None)
    if hook is None or hook is getattr(object, name, None):
        return None
    return hook


def _reduce(obj, proto):
    """The reduction value pickle and copy use for obj: its class's own
    __reduce_ex__ or __reduce__, else what object.__reduce_ex__(proto)
    gives in CPython."""
    cls = type(obj)
    hook = _own_hook(cls, "__reduce_ex__")
    if hook is not None:
        return hook(obj, proto)
    hook = _own_hook(cls, "__reduce__")
    if hook is not None:
        return hook(obj)
    return _reduce_default(obj, proto)


def _reduce_default(obj, proto):
    # object.__reduce_ex__(proto) when the class overrides neither hook.
    cls = type(obj)
    if isinstance(obj, (set, frozenset)) and _is_python_class(cls):
        return cls, (list(obj),), _object_state(obj, cls, 2)
    if not _is_python_class(cls) and cls is not object:
        found = _builtin_reduce(obj, cls, proto)
        if found is not None:
            return found
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if isinstance(obj, BaseException):
        found = _builtin_reduce(obj, cls, proto)
        if found is not None:
            return found
    if proto >= 2:
        return _reduce_newobj(obj, cls, proto)
    return _reduce_old(obj, cls, proto)
