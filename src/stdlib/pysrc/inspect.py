# inspect for Pyrite: the type predicates (isfunction, isclass,
# isgenerator, iscoroutinefunction, ...), getmembers, getdoc/cleandoc,
# getmodule/getfile, getsource from the source file, and signatures
# (Signature, Parameter, BoundArguments, signature), written from the
# documented behaviour of CPython 3.11's inspect module.

import enum
import functools
import sys
import types

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'getmembers',
           'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin', 'isroutine',
           'isgenerator', 'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'iscode', 'isabstract',
           'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsource', 'getsourcelines',
           'unwrap', 'isdatadescriptor', 'ismethoddescriptor', 'ismemberdescriptor',
           'isgetsetdescriptor', 'getfullargspec']

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512

_FunctionType = type(lambda: None)
_BuiltinType = type(len)
_ModuleType = type(sys)
_CodeType = type((lambda: None).__code__)


def _method_type():
    class Probe:
        def m(self):
            pass
    return type(Probe().m)


_MethodType = _method_type()


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    return isinstance(object, _BuiltinType)


def iscode(object):
    return isinstance(object, _CodeType)


def _code_flag(object, flag):
    while ismethod(object):
        object = object.__func__
    while isinstance(object, functools.partial):
        object = object.func
    return isfunction(object) and bool(object.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _code_flag(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _code_flag(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _code_flag(object, CO_ASYNC_GENERATOR)


def _kind_name(object):
    return type(object).__name__


def isgenerator(object):
    return _kind_name(object) == 'generator' and hasattr(object, 'send')


def iscoroutine(object):
    return _kind_name(object) == 'coroutine' and hasattr(object, 'send')


def isasyncgen(object):
    return _kind_name(object) == 'async_generator'


def isawaitable(object):
    return iscoroutine(object) or hasattr(type(object), '__await__')


def isframe(object):
    return _kind_name(object) == 'frame'


def istraceback(object):
    return _kind_name(object) == 'traceback'


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    names = set(dir(object))
    if isclass(object):
        for klass in object.__mro__:
            names.update(klass.__dict__)
    found = []
    for name in names:
        try:
            value = getattr(object, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=lambda pair: pair[0])
    return found


def cleandoc(doc):
    """Dedent a docstring: the first line as it is, the rest by their
    common indentation; leading and trailing blank lines dropped."""
    lines = doc.expandtabs().split('\n')
    body = [line for line in lines[1:] if line.lstrip()]
    margin = min((len(line) - len(line.lstrip()) for line in body), default=0)
    out = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while out and not out[-1]:
        out.pop()
    while out and not out[0]:
        out.pop(0)
    return '\n'.join(out)


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for klass in object.__mro__[1:]:
            if klass is object:
                break
            doc = klass.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if isinstance(name, str):
        return sys.modules.get(name)
    return None


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcelines(object):
    """The lines of the object's source and the number of the first one."""
    import linecache
    object = unwrap(object)
    filename = getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_line(lines, object.__qualname__.rpartition('.')[2])
    else:
        if ismethod(object):
            object = object.__func__
        code = object.__code__ if isfunction(object) else object
        start = code.co_firstlineno - 1
    if start is None or start >= len(lines):
        raise OSError('could not find class definition' if isclass(object)
                      else 'could not get source code')
    return _block(lines, start), start + 1


def _class_line(lines, name):
    for number, line in enumerate(lines):
        text = line.lstrip()
        if text.startswith('class ' + name) and text[6 + len(name):7 + len(name)] in ('(', ':', ' '):
            return number
    return None


def _block(lines, start):
    # The decorated definition starting at `start` and its indented body.
    first = lines[start]
    indent = len(first) - len(first.lstrip())
    end = start + 1
    while end < len(lines) and lines[start].lstrip().startswith('@'):
        start_text = lines[end].lstrip()
        if not start_text.startswith('@'):
            break
        end += 1
    header_done = False
    out_end = end
    for k in range(start, len(lines)):
        text = lines[k]
        stripped = text.strip()
        if k > start and stripped and (len(text) - len(text.lstrip())) <= indent and header_done:
            break
        if stripped.endswith(':') or k > start:
            header_done = header_done or stripped.endswith(':') or ':' in stripped
        out_end = k + 1
    block = lines[start:out_end]
    while block and not block[-1].strip():
        block.pop()
    return block


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ------------------------------------------------------------ signatures

class _empty:
    """Marker for a missing default or annotation."""


class _void:
    """Marker for 'not given'."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_TEXT[self]


_KIND_TEXT = {0: 'positional-only', 1: 'positional or keyword', 2: 'variadic positional',
              3: 'keyword-only', 4: 'variadic keyword'}


def _annotation_text(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL,
                                                    _ParameterKind.VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + _annotation_text(self._annotation)
        if self._default is not _empty:
            joiner = ' = ' if self._annotation is not _empty else '='
            text += joiner + repr(self._default)
        if self._kind == _ParameterKind.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _ParameterKind.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)


class BoundArguments:
    """The result of Signature.bind: parameter name -> argument."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                out.extend(self.arguments[name])
            else:
                out.append(self.arguments[name])
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        positional = True
        for name, param in self._signature.parameters.items():
            if positional:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY) \
                        or name not in self.arguments:
                    positional = False
                else:
                    continue
            if name not in self.arguments:
                continue
            if param.kind == _ParameterKind.VAR_KEYWORD:
                out.update(self.arguments[name])
            elif param.kind != _ParameterKind.VAR_POSITIONAL:
                out[name] = self.arguments[name]
        return out

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _ParameterKind.VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _ParameterKind.VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        parts = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(parts))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        ordered = {}
        if parameters is not None:
            last_kind = _ParameterKind.POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                if __validate_parameters__:
                    if param.kind < last_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                         .format(last_kind.description, param.kind.description))
                    if param.kind in (_ParameterKind.POSITIONAL_ONLY,
                                      _ParameterKind.POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if param.name in ordered:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                last_kind = param.kind
                ordered[param.name] = param
        self._parameters = types.MappingProxyType(ordered) if hasattr(types, 'MappingProxyType') \
            else ordered
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_of(obj, follow_wrapped)

    def replace(self, *, parameters=_void, return_annotation=_void):
        return type(self)(list(self._parameters.values()) if parameters is _void else parameters,
                          return_annotation=self._return_annotation
                          if return_annotation is _void else return_annotation)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        bound = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        pos = list(args)
        index = 0
        while index < len(params):
            param = params[index]
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                bound[param.name] = tuple(pos)
                pos = []
                index += 1
                break
            if pos:
                if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {!r}'.format(param.name))
                bound[param.name] = pos.pop(0)
                index += 1
                continue
            break
        if pos:
            raise TypeError('too many positional arguments')
        extra_kw = None
        for param in params[index:]:
            if param.kind == _ParameterKind.VAR_KEYWORD:
                extra_kw = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                continue
            name = param.name
            if param.kind == _ParameterKind.POSITIONAL_ONLY:
                if name in kwargs and extra_kw is None and not any(
                        p.kind == _ParameterKind.VAR_KEYWORD for p in params):
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(name))
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(name))
                continue
            if name in kwargs:
                bound[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(name))
        if kwargs:
            if extra_kw is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            bound[extra_kw.name] = kwargs
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        pieces = []
        slash_pending = False
        star_done = False
        for param in self._parameters.values():
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                pieces.append('/')
                slash_pending = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                star_done = True
            elif kind == _ParameterKind.KEYWORD_ONLY and not star_done:
                pieces.append('*')
                star_done = True
            pieces.append(str(param))
        if slash_pending:
            pieces.append('/')
        text = '({})'.format(', '.join(pieces))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(_annotation_text(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)


def _from_function(func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for k in range(npos):
        name = names[k]
        kind = _ParameterKind.POSITIONAL_ONLY if k < nposonly else _ParameterKind.POSITIONAL_OR_KEYWORD
        default = defaults[k - first_default] if k >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=notes.get(name, _empty)))
    at = npos + nkw
    if code.co_flags & CO_VARARGS:
        name = names[at]
        params.append(Parameter(name, _ParameterKind.VAR_POSITIONAL,
                                annotation=notes.get(name, _empty)))
        at += 1
    for k in range(npos, npos + nkw):
        name = names[k]
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY,
                                default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, _ParameterKind.VAR_KEYWORD,
                                annotation=notes.get(name, _empty)))
    return Signature(params, return_annotation=notes.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind != _ParameterKind.VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_of(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(_signature_of(obj.__func__, follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if ismethod(obj):
            return _signature_of(obj, follow_wrapped)
    explicit = getattr(obj, '__signature__', None)
    if explicit is not None:
        if not isinstance(explicit, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(explicit))
        return explicit
    if isfunction(obj):
        return _from_function(obj)
    if isinstance(obj, functools.partial):
        base = _signature_of(obj.func, follow_wrapped)
        return _apply_partial(base, obj.args, obj.keywords)
    if isclass(obj):
        for klass in obj.__mro__:
            if '__init__' in klass.__dict__ and klass is not object:
                init = klass.__dict__['__init__']
                if isfunction(init):
                    return _drop_first(_from_function(init))
                break
            if '__new__' in klass.__dict__ and klass is not object:
                new = klass.__dict__['__new__']
                new = getattr(new, '__func__', new)
                if isfunction(new):
                    return _drop_first(_from_function(new))
                break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj) or ismethoddescriptor(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _apply_partial(sig, args, keywords):
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(args)) from e
    params = []
    for name, param in sig.parameters.items():
        if name in bound.arguments and param.kind in (_ParameterKind.POSITIONAL_ONLY,
                                                      _ParameterKind.POSITIONAL_OR_KEYWORD) \
                and name not in keywords:
            continue
        if name in keywords:
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
                kind = _ParameterKind.KEYWORD_ONLY
            param = param.replace(default=keywords[name], kind=kind)
        elif params and params[-1].kind == _ParameterKind.KEYWORD_ONLY and \
                param.kind == _ParameterKind.POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_ParameterKind.KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return _signature_of(obj, follow_wrapped)


FullArgSpec = __import__('collections').namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    sig = _signature_of(func, follow_wrapped=False)
    args, varargs, varkw, defaults, kwonly, kwdefaults = [], None, None, (), [], {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
        if param.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
            args.append(param.name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif param.kind == _ParameterKind.VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _ParameterKind.KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None, notes)
