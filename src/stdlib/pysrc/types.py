# Pyrite's `types` module, written for Pyrite: names for the interpreter's
# built-in types (found by inspecting sample objects), SimpleNamespace,
# DynamicClassAttribute, the dynamic class creation helpers and
# `coroutine`. Types this interpreter does not have yet (unions) are left
# out.

import sys as _sys


def _f():
    pass


def _gen():
    yield 1


async def _coro():
    pass


async def _agen():
    yield 1


class _C:
    __slots__ = ('_slot',)

    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
CellType = type((lambda cell: (lambda: cell))(0).__closure__[0])
GeneratorType = type(_gen())
_c = _coro()
CoroutineType = type(_c)
_c.close()
AsyncGeneratorType = type(_agen())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
ModuleType = type(_sys)
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(_C.__dict__['_slot'])
GenericAlias = type(list[int])
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

FrameType = type(_sys._getframe())

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)

del _f, _gen, _C, _c, _coro, _agen

__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType',
           'SimpleNamespace', 'CellType', 'GeneratorType', 'MethodType',
           'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
           'MethodWrapperType', 'MethodDescriptorType',
           'ClassMethodDescriptorType', 'ModuleType', 'TracebackType', 'FrameType',
           'GetSetDescriptorType', 'MemberDescriptorType', 'new_class',
           'resolve_bases', 'prepare_class', 'DynamicClassAttribute',
           'GenericAlias', 'EllipsisType', 'NoneType', 'NotImplementedType',
           'CoroutineType', 'AsyncGeneratorType', 'coroutine']


_showing = set()


class SimpleNamespace:

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        marker = id(self)
        if marker in _showing:
            return label + '(...)'
        _showing.add(marker)
        try:
            inner = ', '.join('%s=%r' % item for item in self.__dict__.items())
        finally:
            _showing.discard(marker)
        return '%s(%s)' % (label, inner)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))

SimpleNamespace.__module__ = 'types'


def resolve_bases(bases):
    resolved = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            resolved.append(base)
            continue
        hook = getattr(base, '__mro_entries__', None)
        if hook is None:
            resolved.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        resolved.extend(entries)
        changed = True
    return tuple(resolved) if changed else bases


def _most_derived_meta(meta, bases):
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if issubclass(candidate, winner):
            winner = candidate
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                        'a (non-strict) subclass of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute:

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, **changes):
        parts = {'fget': self.fget, 'fset': self.fset, 'fdel': self.fdel,
                 'doc': None if self.overwrite_doc else self.__doc__}
        parts.update(changes)
        made = type(self)(**parts)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._with(fget=fget)

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)


class _AwaitableIterator:
    # What types.coroutine makes of a non-generator iterator a wrapped
    # callable returns: awaiting it iterates the iterator.

    def __init__(self, it):
        self._it = it

    def __await__(self):
        return self._it

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)

    def send(self, value):
        return self._it.send(value)

    def throw(self, *args):
        return self._it.throw(*args)

    def close(self):
        return self._it.close()


def coroutine(func):
    """Turns a generator function into one whose generators can be awaited
    (a generator-based coroutine)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if isinstance(func, FunctionType) and code is not None and code.co_flags & 0x180:
        # Already a coroutine function or marked.
        return func
    from _coroutines import mark_iterable_coroutine

    def call(*args, **kwargs):
        made = func(*args, **kwargs)
        if type(made) is GeneratorType:
            return mark_iterable_coroutine(made)
        if type(made) is CoroutineType or hasattr(made, '__await__'):
            return made
        if hasattr(made, '__next__') and hasattr(made, 'send'):
            return _AwaitableIterator(made)
        return made

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(call, attr, getattr(func, attr))
        except AttributeError:
            pass
    call.__wrapped__ = func
    return call
