# Pyrite's `copy` module, written for Pyrite from the documented protocol:
# shallow and deep copies, `__copy__`/`__deepcopy__`, the pickle reduce
# protocol (`__reduce_ex__`, `__reduce__`, `__getnewargs__`, `__getstate__`,
# `__setstate__`) and, for plain instances, the default object reduction.

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error

_FunctionType = type(lambda: None)
_CodeType = type((lambda: None).__code__)
_BuiltinType = type(len)

# Objects of these types are their own copies (shallow and deep).
_ATOMIC = {type(None), int, float, bool, complex, str, bytes, type,
           range, type(Ellipsis), type(NotImplemented), _FunctionType,
           _BuiltinType, _CodeType, property}
# ... and these only for shallow copies.
_IMMUTABLE_SHALLOW = _ATOMIC | {tuple, frozenset, slice}

_SHALLOW_BY_METHOD = {list, dict, set, bytearray}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE_SHALLOW or isinstance(x, type):
        return x
    if cls in _SHALLOW_BY_METHOD:
        return cls.copy(x)
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    parts = _reduce(x, cls, shallow=True)
    if isinstance(parts, str):
        return x
    return _rebuild(x, None, *parts)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        result = x
    elif cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A cycle through the tuple may already have produced its copy.
        if key in memo:
            return memo[key]
        if all(a is b for a, b in zip(items, x)):
            result = x
        else:
            result = tuple(items)
    elif cls is _MethodType:
        result = _MethodType(x.__func__, deepcopy(x.__self__, memo))
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None:
            result = hook(memo)
        else:
            parts = _reduce(x, cls, shallow=False)
            if isinstance(parts, str):
                result = x
            else:
                result = _rebuild(x, memo, *parts)
    if result is not x:
        memo[key] = result
        # Keep x alive for as long as the memo, so its id is not reused.
        keep = memo.get(id(memo))
        if keep is None:
            memo[id(memo)] = [x]
        else:
            keep.append(x)
    return result


_MethodType = type((lambda: None).__get__(0))


def _own_hook(cls, name):
    # `cls.name` unless it is just the one inherited from `object`.
    hook = getattr(cls, name, None)
    if hook is None or hook is getattr(object, name, None):
        return None
    return hook


def _reduce(x, cls, shallow):
    # A reducer registered with copyreg comes before the object's own.
    import copyreg
    registered = copyreg.dispatch_table.get(cls)
    if registered is not None:
        parts = registered(x)
    elif (hook := _own_hook(cls, '__reduce_ex__')) is not None:
        parts = hook(x, 4)
    else:
        hook = _own_hook(cls, '__reduce__')
        if hook is not None:
            parts = hook(x)
        else:
            parts = _default_reduce(x, cls, shallow)
    if not isinstance(parts, (str, tuple)):
        raise Error('un(%s)copyable object of type %s' % ('shallow' if shallow else 'deep', cls))
    return parts


def _default_reduce(x, cls, shallow):
    # What object.__reduce_ex__(4) gives for instances of Python classes.
    if isinstance(x, (set, frozenset)):
        # What set.__reduce__ gives: rebuild from the elements.
        return cls, (list(x),), _instance_state(x, cls)
    if not any('__module__' in k.__dict__ for k in cls.__mro__):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    newargs = getattr(x, '__getnewargs_ex__', None)
    if newargs is not None:
        args, kwargs = newargs()
        maker, margs = _new_with_kwargs, (cls, args, kwargs)
    else:
        newargs = getattr(x, '__getnewargs__', None)
        margs = (cls,) + (tuple(newargs()) if newargs is not None else ())
        maker = _new_object
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = getstate()
    else:
        state = _instance_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return maker, margs, state, listitems, dictitems


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _instance_state(x, cls):
    try:
        attrs = object.__getattribute__(x, '__dict__')
    except AttributeError:
        attrs = None
    slotted = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slotted[name] = getattr(x, name)
            except AttributeError:
                pass
    if slotted:
        return (attrs or None, slotted)
    return attrs or None


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None, *extra):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setter = getattr(y, '__setstate__', None)
        if setter is not None:
            setter(state)
        else:
            slotted = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotted = state
            if state:
                y.__dict__.update(state)
            if slotted:
                for name, value in slotted.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
