# contextvars for Pyrite: context variables, tokens and contexts with the
# API of CPython 3.11.  Pyrite has one thread and (for now) asyncio tasks
# run their callbacks through Context.run, so there is one current
# context at a time; Context.run switches it.

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    """A mapping of ContextVars to their values; run() makes it current."""

    def __init__(self):
        self._vars = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        outer = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = outer
            self._entered = False

    def copy(self):
        twin = Context()
        twin._vars = dict(self._vars)
        return twin

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._vars[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._vars.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class Token:
    """What ContextVar.set returns; ContextVar.reset(token) undoes the set."""

    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


class ContextVar:
    """A variable whose value depends on the current Context."""

    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        value = _current._vars.get(self, _MISSING)
        if value is not _MISSING:
            return value
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        old = _current._vars.get(self, _MISSING)
        _current._vars[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._context is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        if token._old_value is _MISSING:
            _current._vars.pop(self, None)
        else:
            _current._vars[self] = token._old_value
        token._used = True

    def __repr__(self):
        default = ''
        if self._default is not _MISSING:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __hash__(self):
        return object.__hash__(self)

    __class_getitem__ = classmethod(lambda cls, item: __import__('types').GenericAlias(cls, item))


# CPython's classes come from the C module _contextvars.
for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls
