"""copyreg: the registry of reduction functions that `copy` (and pickling)
consult before an object's own `__reduce_ex__`, plus the extension-code
registry. Written for Pyrite from the documented behaviour."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

# type -> function(obj) returning a reduce value.
dispatch_table = {}


def _must_call(thing, message):
    if not callable(thing):
        raise TypeError(message)


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reducer of `ob_type` objects."""
    _must_call(pickle_function, "reduction functions must be callable")
    dispatch_table.update({ob_type: pickle_function})
    if constructor_ob is not None:
        _must_call(constructor_ob, "constructors must be callable")


def constructor(object):
    """Checks that `object` can serve as a constructor (it must be callable)."""
    _must_call(object, "constructors must be callable")


pickle(complex, lambda z: (complex, (z.real, z.imag)), complex)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ is not object.__init__:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


# Extension codes: (module, name) <-> code, and a cache of loaded objects.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers the extension code `code` for `module.name`."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    pair = (module, name)
    have_code = _extension_registry.get(pair)
    have_pair = _inverted_registry.get(code)
    if have_code == code and have_pair == pair:
        return
    if have_code is not None:
        raise ValueError("key %s is already registered with code %s" % (pair, have_code))
    if have_pair is not None:
        raise ValueError("code %s is already in use for key %s" % (code, have_pair))
    _extension_registry.update({pair: code})
    _inverted_registry.update({code: pair})


def remove_extension(module, name, code):
    """Unregisters an extension code (it must be registered as given)."""
    pair = (module, name)
    if (_extension_registry.get(pair), _inverted_registry.get(code)) != (code, pair):
        raise ValueError("key %s is not registered with code %s" % (pair, code))
    _extension_registry.pop(pair)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
