"""Weak references (Pyrite): `ref` and the bookkeeping are native
(`_weakref`); proxies, WeakMethod, the weak containers and `finalize` are
built here on top of them."""

from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
from _weakrefset import WeakSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


# ----- proxies -----

def _target(p):
    obj = object.__getattribute__(p, "_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


def _forward_reflected(name, op):
    def method(self, other):
        if isinstance(other, ProxyType):
            other = _target(other)
        return op(_target(self), other) if name is None else getattr(_target(self), name)(other)
    return method


class ProxyType:
    """A proxy for a weakly referenced object: attribute access and
    operators go to the referent while it lives."""
    __slots__ = ("_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            object.__setattr__(self, "_ref", ref(obj))
        else:
            object.__setattr__(self, "_ref", ref(obj, lambda _r, me=ref(self): callback(me())))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __reversed__(self):
        return reversed(_target(self))


def _unwrap(v):
    return _target(v) if isinstance(v, ProxyType) else v


def _install_operators():
    import operator
    pairs = [("add", operator.add), ("sub", operator.sub), ("mul", operator.mul),
             ("matmul", operator.matmul), ("truediv", operator.truediv),
             ("floordiv", operator.floordiv), ("mod", operator.mod), ("pow", pow),
             ("lshift", operator.lshift), ("rshift", operator.rshift), ("and", operator.and_),
             ("xor", operator.xor), ("or", operator.or_), ("divmod", divmod)]
    for name, op in pairs:
        def forward(self, other, op=op):
            return op(_target(self), _unwrap(other))

        def reflected(self, other, op=op):
            return op(_unwrap(other), _target(self))
        setattr(ProxyType, "__%s__" % name, forward)
        setattr(ProxyType, "__r%s__" % name, reflected)
        if name != "divmod":
            def inplace(self, other, name=name):
                obj = _target(self)
                method = getattr(type(obj), "__i%s__" % name, None)
                if method is None:
                    return NotImplemented
                return method(obj, _unwrap(other))
            setattr(ProxyType, "__i%s__" % name, inplace)
    comparisons = [("lt", operator.lt), ("le", operator.le), ("eq", operator.eq),
                   ("ne", operator.ne), ("gt", operator.gt), ("ge", operator.ge)]
    for name, op in comparisons:
        def compare(self, other, op=op):
            return op(_target(self), _unwrap(other))
        setattr(ProxyType, "__%s__" % name, compare)


_install_operators()


class CallableProxyType(ProxyType):
    """A proxy for a callable referent."""
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to `obj` that uses a weak reference (callable if `obj` is)."""
    ref(obj)  # raises TypeError for objects that cannot be weakly referenced
    cls = CallableProxyType if callable(obj) else ProxyType
    return cls(obj, callback)


# ----- WeakMethod -----

class WeakMethod(ref):
    """A weak reference to a bound method that lives as long as both the
    object and the function; calling it rebuilds the bound method."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        holder = []

        def died(_dead):
            me = holder[0]() if holder else None
            if me is not None and me._alive:
                me._alive = False
                if me._user_callback is not None:
                    me._user_callback(me)
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        self._user_callback = callback
        holder.append(ref(self))
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj, func = super().__call__(), self._func_ref()
        return None if obj is None or func is None else self._meth_type(func, obj)

    def _same(self, other):
        if self._alive and other._alive:
            return bool(ref.__eq__(self, other)) and self._func_ref() is other._func_ref()
        return self is other

    def __eq__(self, other):
        return self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    def __ne__(self, other):
        return not self._same(other) if isinstance(other, WeakMethod) else NotImplemented

    __hash__ = ref.__hash__


# ----- weak dictionaries -----

class KeyedRef(ref):
    """A weak reference that also remembers a key (used by
    WeakValueDictionary to find the entry to drop)."""

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class _WeakMapping:
    """What the two weak dictionaries share: `_live()` gives the (key,
    value) pairs whose weak side is still alive; `update` and item
    assignment are the subclass's."""

    def __len__(self):
        return sum(1 for _ in self._live())

    def __iter__(self):
        for key, _ in self._live():
            yield key

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return iter(self)

    def values(self):
        for _, v in self._live():
            yield v

    def items(self):
        yield from self._live()

    def clear(self):
        self.data.clear()

    def update(self, other=None, /, **kw):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else other
            for k, v in pairs:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        new = type(self)()
        new.update(self._live())
        return new

    __copy__ = copy

    def __or__(self, other):
        if hasattr(other, "keys"):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, "keys"):
            new = type(self)()
            new.update(other)
            new.update(self._live())
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are weakly referenced: an entry disappears
    when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        me = ref(self)

        def drop(wr, me=me):
            d = me()
            if d is not None and d.data.get(wr.key) is wr:
                del d.data[wr.key]
        self._drop = drop
        self.update(other, **kw)

    def _live(self):
        for key, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield key, v

    def __getitem__(self, key):
        v = self.data[key]()
        if v is None:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._drop, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        v = wr()
        return default if v is None else v

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        v = None if wr is None else wr()
        if v is None:
            if default:
                return default[0]
            raise KeyError(key)
        return v

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            v = wr()
            if v is not None:
                return key, v

    def setdefault(self, key, default=None):
        v = self.get(key)
        if v is None:
            self[key] = default
            return default
        return v

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self._live():
            new[deepcopy(k, memo)] = v
        return new


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are weakly referenced: an entry disappears when
    its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        me = ref(self)

        def drop(wr, me=me):
            d = me()
            if d is not None:
                d.data.pop(wr, None)
        self._drop = drop
        if dict is not None:
            self.update(dict)

    def _live(self):
        for wr, v in list(self.data.items()):
            k = wr()
            if k is not None:
                yield k, v

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._drop)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._drop), default)

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for k, v in self._live():
            new[k] = deepcopy(v, memo)
        return new


# ----- finalize -----

class finalize:
    """Calls `func(*args, **kwargs)` once when `obj` dies (or when called,
    or at exit if `atexit` is true), whichever comes first."""

    _registry = {}
    _order = 0
    _exit_hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked:
            finalize._exit_hooked = True
            try:
                import atexit
                atexit.register(finalize._run_at_exit)
            except ImportError:
                pass
        finalize._order += 1
        entry = [ref(obj, self), func, args, kwargs or None, True, finalize._order]
        finalize._registry[self] = entry

    def __call__(self, _=None):
        entry = finalize._registry.pop(self, None)
        if entry is not None:
            _, func, args, kwargs, _, _ = entry
            return func(*args, **(kwargs or {}))

    def detach(self):
        entry = finalize._registry.get(self)
        obj = entry and entry[0]()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, entry[1], entry[2], entry[3] or {})

    def peek(self):
        entry = finalize._registry.get(self)
        obj = entry and entry[0]()
        if obj is not None:
            return (obj, entry[1], entry[2], entry[3] or {})

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        entry = finalize._registry.get(self)
        return bool(entry) and entry[4]

    @atexit.setter
    def atexit(self, value):
        entry = finalize._registry.get(self)
        if entry:
            entry[4] = bool(value)

    def __repr__(self):
        entry = finalize._registry.get(self)
        obj = entry and entry[0]()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        pending = sorted(cls._registry.items(), key=lambda item: item[1][5], reverse=True)
        for f, entry in pending:
            if entry[4] and f in cls._registry:
                try:
                    f()
                except Exception:
                    import sys
                    sys.excepthook(*sys.exc_info())
