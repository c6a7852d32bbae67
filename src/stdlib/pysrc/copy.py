# Pyrite's `copy` module, written for Pyrite from the documented protocol:
# shallow and deep copies, `__copy__`/`__deepcopy__`, the pickle reduce
# protocol (`__reduce_ex__`, `__reduce__`, `__getnewargs__`, `__getstate__`,
# `__setstate__`) and, for plain instances, the default object reduction
# (shared with pickle: copyreg._reduce).

import copyreg

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


def _reduce(x, cls, shallow):
    # One implementation of the reduce protocol for copy and pickle: a
    # reducer registered with copyreg first, then copyreg._reduce (the
    # class's hooks, else object.__reduce_ex__(4)).
    registered = copyreg.dispatch_table.get(cls)
    parts = registered(x) if registered is not None else copyreg._reduce(x, 4)
    if not isinstance(parts, (str, tuple)):
        raise Error('un(%s)copyable object of type %s' % ('shallow' if shallow else 'deep', cls))
    return parts


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
