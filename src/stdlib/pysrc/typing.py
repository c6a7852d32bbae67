"""Type hints at run time: the special forms (Any, Union, Optional, ...),
generic aliases of the builtin and abstract collections, TypeVar, Generic,
Protocol, NamedTuple, TypedDict, cast, overload, get_type_hints.
Written for Pyrite from the documented 3.11 behaviour.

Aliases of the abstract collections (Iterable, Mapping, ...) name their
origin lazily: `collections.abc` is imported only when the origin is
needed (isinstance checks, get_origin)."""

import sys

TYPE_CHECKING = False

__all__ = ["Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional",
           "Protocol", "Tuple", "Type", "TypeVar", "Union", "List", "Dict", "Set",
           "FrozenSet", "Iterable", "Iterator", "Sequence", "Mapping", "NamedTuple",
           "TypedDict", "cast", "overload", "get_type_hints", "get_origin", "get_args",
           "TYPE_CHECKING", "NewType", "no_type_check", "runtime_checkable", "final",
           "Annotated", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias",
           "AnyStr", "Text", "Hashable", "Sized", "Awaitable", "Coroutine",
           "AsyncIterator", "AsyncIterable", "Collection", "Container", "Reversible",
           "MutableMapping", "MutableSequence", "MutableSet", "AbstractSet",
           "Generator", "DefaultDict", "OrderedDict", "Counter", "Deque", "ChainMap",
           "assert_never", "reveal_type", "TypeGuard", "ParamSpec", "Concatenate"]


def _type_repr(obj):
    """How an argument appears inside a subscripted alias's repr."""
    if isinstance(obj, type) and not isinstance(obj, _AliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ in ("function", "builtin_function_or_method"):
        return obj.__name__
    return repr(obj)


def _checked(arg, msg):
    """Validates one type argument (None becomes NoneType)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, (_SpecialForm,)) and arg._name in ("ClassVar", "Final"):
        raise TypeError(f"{arg} is not valid as type argument")
    if isinstance(arg, (list, tuple, dict, int, float)) and not isinstance(arg, type):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_typevars(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, "__parameters__", ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


class ForwardRef:
    """A type given as a string, evaluated by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(("ForwardRef", self.__forward_arg__))

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"


class _AliasBase:
    """Common behaviour of the objects typing hands out for annotations."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _SpecialForm(_AliasBase):
    """Any, Union, Optional, ClassVar, ... : `typing.<name>`."""

    def __init__(self, name, doc, subscript=None):
        self._name = name
        self.__doc__ = doc
        self._subscript = subscript

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __getitem__(self, params):
        if self._subscript is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._subscript(self, params)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_AliasBase):
    """`List[int]`, `Dict[str, int]`, `ClassVar[int]`, `Box[T]`, ..."""

    def __init__(self, origin, args, name=None, inst=True):
        self._origin = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_typevars(args)

    @property
    def __origin__(self):
        origin = self._origin
        if isinstance(origin, str):
            module, _, attr = origin.rpartition(".")
            __import__(module)
            origin = getattr(sys.modules[module], attr)
            self._origin = origin
        return origin

    def _head(self):
        if self._name is not None:
            return "typing." + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._head() + "[()]"
        return f"{self._head()}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._origin_key() == other._origin_key() and self.__args__ == other.__args__

    def _origin_key(self):
        return self._origin if isinstance(self._origin, str) else id(self._origin)

    def __hash__(self):
        return hash((self._origin_key(), self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return made

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if origin is Generic or origin is Protocol:
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, type) and issubclass(b, Generic) for b in later):
                return ()
        return (origin,)

    def __getitem__(self, params):
        params = _as_tuple(params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} "
                            f"arguments for {self}; actual {len(params)}, expected "
                            f"{len(self.__parameters__)}")
        table = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, table) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self._origin, args, self._name, self._inst)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _substitute(arg, table):
    if isinstance(arg, TypeVar):
        return table.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_substitute(a, table) for a in arg.__args__))
    return arg


class _SpecialGenericAlias(_AliasBase):
    """Unsubscripted `typing.List`, `typing.Iterable`, ...: usable for
    isinstance checks; subscripting gives a _GenericAlias."""

    def __init__(self, origin, nparams, name, inst=True):
        self._origin = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    @property
    def __origin__(self):
        return _GenericAlias(self._origin, (), self._name).__origin__

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = tuple(_checked(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments "
                            f"for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self._origin, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), "Tuple", False)
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_checked(params[0], "Tuple[t, ...]: t must be a type."), ...),
                                 "Tuple", False)
        return _GenericAlias(tuple, tuple(_checked(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                          for p in params), "Tuple", False)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return f"typing.Callable[..., {_type_repr(args[1])}]"
        inner = ", ".join(_type_repr(a) for a in args[:-1])
        return f"typing.Callable[[{inner}], {_type_repr(args[-1])}]"

    def copy_with(self, args):
        return _CallableGenericAlias(self._origin, args, self._name, self._inst)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        arg_types, result = params
        if arg_types is ...:
            args = (..., _checked(result, "Callable[args, result]: result must be a type."))
        elif isinstance(arg_types, list):
            args = tuple(_checked(a, "Callable[[arg, ...], result]: each arg must be a type.")
                         for a in arg_types)
            args += (_checked(result, "Callable[args, result]: result must be a type."),)
        else:
            raise TypeError("Callable[args, result]: args must be a list. "
                            f"Got {arg_types!r:.100}.")
        return _CallableGenericAlias(self._origin, args, "Callable")


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, _AliasBase) and not isinstance(arg, _SpecialGenericAlias):
                raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return any(issubclass(cls, arg) for arg in self.__args__)

    def copy_with(self, args):
        return Union[args]

    def __reduce__(self):
        return Union, self.__args__


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return "typing.Literal[" + ", ".join(repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), "Annotated")
        self.__metadata__ = metadata

    @property
    def __origin__(self):
        return self._origin

    def __repr__(self):
        extra = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self._origin)}, {extra}]"

    def __call__(self, *args, **kwargs):
        return self._origin(*args, **kwargs)


def _union_of(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _as_tuple(params):
        p = _checked(p, "Union[arg, ...]: each arg must be a type.")
        members = p.__args__ if isinstance(p, _UnionAlias) else (p,)
        if type(p).__name__ == "UnionType":
            members = p.__args__
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionAlias(Union, tuple(flat), "Union")


def _optional_of(form, param):
    param = _checked(param, f"{form} requires a single type.")
    return Union[param, None]


def _wrap_one(form, param):
    label = form._name
    param = _checked(param, f"{label} accepts only single type.")
    return _GenericAlias(form, (param,), label)


def _literal_of(form, params):
    seen = []
    for p in _as_tuple(params):
        members = p.__args__ if isinstance(p, _LiteralAlias) else (p,)
        for m in members:
            if not any(type(m) is type(s) and m == s for s in seen):
                seen.append(m)
    return _LiteralAlias(Literal, tuple(seen), "Literal")


def _annotated_of(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    inner = _checked(params[0], "Annotated[t, ...]: t must be a type.")
    if isinstance(inner, _AnnotatedAlias):
        return _AnnotatedAlias(inner._origin, inner.__metadata__ + params[1:])
    return _AnnotatedAlias(inner, params[1:])


def _concatenate_of(form, params):
    return _GenericAlias(form, _as_tuple(params), "Concatenate")


Any = _SpecialForm("Any", "Special type compatible with every type.")
NoReturn = _SpecialForm("NoReturn", "Marks a function that never returns.")
Never = _SpecialForm("Never", "The bottom type.")
Self = _SpecialForm("Self", "The type of the enclosing class's instances.")
LiteralString = _SpecialForm("LiteralString", "A string made only of literals.")
TypeAlias = _SpecialForm("TypeAlias", "Marks an explicit type alias.")
ClassVar = _SpecialForm("ClassVar", "Marks a class variable.", _wrap_one)
Final = _SpecialForm("Final", "Marks a name that cannot be reassigned.", _wrap_one)
Required = _SpecialForm("Required", "A required TypedDict key.", _wrap_one)
NotRequired = _SpecialForm("NotRequired", "A TypedDict key that may be missing.", _wrap_one)
TypeGuard = _SpecialForm("TypeGuard", "A user-defined type guard.", _wrap_one)
Union = _SpecialForm("Union", "Union[X, Y] means X or Y.", _union_of)
Optional = _SpecialForm("Optional", "Optional[X] is Union[X, None].", _optional_of)
Literal = _SpecialForm("Literal", "Literal[v, ...]: one of the given values.", _literal_of)
Annotated = _SpecialForm("Annotated", "A type with extra metadata.", _annotated_of)
Concatenate = _SpecialForm("Concatenate", "Used with ParamSpec.", _concatenate_of)

_ABC = "collections.abc."
List = _SpecialGenericAlias(list, 1, "List", inst=False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", inst=False)
Set = _SpecialGenericAlias(set, 1, "Set", inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", inst=False)
Type = _SpecialGenericAlias(type, 1, "Type", inst=False)
Tuple = _TupleAlias(tuple, -1, "Tuple", inst=False)
Callable = _CallableAlias(_ABC + "Callable", 2, "Callable")
Text = str
DefaultDict = _SpecialGenericAlias("collections.defaultdict", 2, "DefaultDict")
Deque = _SpecialGenericAlias("collections.deque", 1, "Deque")
OrderedDict = _SpecialGenericAlias("collections.OrderedDict", 2, "OrderedDict")
Counter = _SpecialGenericAlias("collections.Counter", 1, "Counter")
ChainMap = _SpecialGenericAlias("collections.ChainMap", 2, "ChainMap")
Hashable = _SpecialGenericAlias(_ABC + "Hashable", 0, "Hashable")
Sized = _SpecialGenericAlias(_ABC + "Sized", 0, "Sized")
Iterable = _SpecialGenericAlias(_ABC + "Iterable", 1, "Iterable")
Iterator = _SpecialGenericAlias(_ABC + "Iterator", 1, "Iterator")
Reversible = _SpecialGenericAlias(_ABC + "Reversible", 1, "Reversible")
Container = _SpecialGenericAlias(_ABC + "Container", 1, "Container")
Collection = _SpecialGenericAlias(_ABC + "Collection", 1, "Collection")
Sequence = _SpecialGenericAlias(_ABC + "Sequence", 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_ABC + "MutableSequence", 1, "MutableSequence")
AbstractSet = _SpecialGenericAlias(_ABC + "Set", 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_ABC + "MutableSet", 1, "MutableSet")
Mapping = _SpecialGenericAlias(_ABC + "Mapping", 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_ABC + "MutableMapping", 2, "MutableMapping")
KeysView = _SpecialGenericAlias(_ABC + "KeysView", 1, "KeysView")
ItemsView = _SpecialGenericAlias(_ABC + "ItemsView", 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_ABC + "ValuesView", 1, "ValuesView")
Generator = _SpecialGenericAlias(_ABC + "Generator", 3, "Generator")
Awaitable = _SpecialGenericAlias(_ABC + "Awaitable", 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_ABC + "Coroutine", 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_ABC + "AsyncIterable", 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_ABC + "AsyncIterator", 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_ABC + "AsyncGenerator", 2, "AsyncGenerator")
ContextManager = _SpecialGenericAlias("contextlib.AbstractContextManager", 1,
                                      "AbstractContextManager")


class TypeVar(_AliasBase):
    """A type variable: T = TypeVar('T'); repr '~T' ('+T' covariant,
    '-T' contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__constraints__ = tuple(_checked(c, "TypeVar(name, constraint, ...): constraints must be types.")
                                     for c in constraints)
        self.__bound__ = None if bound is None else _checked(bound, "Bound must be a type.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            return "+" + self.__name__
        if self.__contravariant__:
            return "-" + self.__name__
        return "~" + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVar")

    def __subclasscheck__(self, cls):
        raise TypeError("isinstance() argument 2 cannot be a type variable")


class ParamSpec(TypeVar):
    """A parameter-list variable for Callable (P = ParamSpec('P'))."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")


class Generic:
    """Base for user generic classes: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = tuple(_checked(p, "Parameters to generic types must be types.")
                       for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params, cls.__name__)
        own = cls.__dict__.get("__parameters__", ())
        if not own:
            raise TypeError(f"{cls} is not a generic class")
        if len(params) != len(own):
            raise TypeError(f"Too {'many' if len(params) > len(own) else 'few'} arguments for "
                            f"{cls}; actual {len(params)}, expected {len(own)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        declared = None
        found = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                if base.__origin__ in (Generic, Protocol):
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
                for p in base.__parameters__:
                    if p not in found:
                        found.append(p)
        if declared is not None:
            missing = [p for p in found if p not in declared]
            if missing:
                raise TypeError(f"Some type variables ({', '.join(map(str, missing))}) "
                                f"are not listed in Generic[{', '.join(map(str, declared))}]")
            found = list(declared)
        cls.__parameters__ = tuple(found)


_NOT_PROTOCOL_ATTRS = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                       "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                       "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
                       "__protocol_attrs__", "_is_protocol", "_is_runtime_protocol",
                       "__qualname__", "__init_subclass__", "_abc_impl", "__non_callable_proto_members__"}


def _protocol_members(cls):
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get("__annotations__", {})):
            if name not in _NOT_PROTOCOL_ATTRS:
                names.add(name)
    return names


import abc as _abc


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(hasattr(instance, name) for name in _protocol_members(cls)):
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if all(any(name in b.__dict__ for b in other.__mro__) for name in _protocol_members(cls)):
                return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base for structural types: class SupportsClose(Protocol): def close(self): ..."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init

    def __init__(self, *args, **kwargs):
        if type(self)._is_protocol:
            raise TypeError("Protocols cannot be instantiated")


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Allows isinstance/issubclass checks against a protocol class."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        f"got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Returns val unchanged (a hint for type checkers)."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {repr(arg)[:100]}")


def _overload_stub(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overloads = {}


def overload(func):
    """Marks an overload signature; the real implementation follows."""
    key = getattr(func, "__qualname__", None)
    if key is not None:
        _overloads.setdefault((getattr(func, "__module__", None), key), []).append(func)
    return _overload_stub


def get_overloads(func):
    return list(_overloads.get((getattr(func, "__module__", None), func.__qualname__), []))


def clear_overloads():
    _overloads.clear()


def final(f):
    """Marks a method or class final; sets __final__ where possible."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def mark(obj):
        obj.__dataclass_transform__ = kwargs
        return obj
    return mark


class NewType:
    """NewType('UserId', int): a callable returning its argument, with a
    distinct name for type checkers."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__qualname__} = NewType({self.__qualname__!r}, {self.__name__})`")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _strip_extras(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp._origin)
    if isinstance(tp, _GenericAlias) and tp._name in ("Required", "NotRequired"):
        return _strip_extras(tp.__args__[0])
    if isinstance(tp, _GenericAlias) and tp.__args__:
        stripped = tuple(_strip_extras(a) for a in tp.__args__)
        if stripped != tp.__args__:
            return tp.copy_with(stripped)
    return tp


def _resolve(tp, globalns, localns):
    if tp is None:
        return type(None)
    if isinstance(tp, str):
        tp = ForwardRef(tp)
    if isinstance(tp, ForwardRef):
        return _resolve(tp._evaluate(globalns, localns), globalns, localns)
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _AnnotatedAlias) and tp.__args__:
        args = tuple(_resolve(a, globalns, localns) if a is not ... else a for a in tp.__args__)
        if args != tp.__args__:
            return tp.copy_with(args)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function with string forward
    references evaluated and None replaced by NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            if globalns is None:
                module = sys.modules.get(base.__module__)
                gns = getattr(module, "__dict__", {})
            else:
                gns = globalns
            lns = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                hints[name] = _resolve(value, gns, lns)
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if isinstance(obj, (int, str, float, list, dict, tuple)):
                raise TypeError(f"{obj!r} is not a module, class, method, or function.")
            return {}
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None:
                globalns = getattr(obj, "__dict__", {})
        for name, value in ann.items():
            hints[name] = _resolve(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_extras(v) for k, v in hints.items()}


def get_origin(tp):
    """The unsubscripted form of a generic alias (List[int] -> list)."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__origin__ if hasattr(tp, "__origin__") else type(tp)
    return None


def get_args(tp):
    """The arguments of a generic alias (Dict[str, int] -> (str, int))."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp._origin,) + tp.__metadata__
    if isinstance(tp, _CallableGenericAlias):
        args = tp.__args__
        if args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


# ----- NamedTuple and TypedDict (in _typing_records, to keep files small) -----

import _typing_records

_typing_records._checked = _checked
_typing_records._GenericAlias = _GenericAlias
NamedTuple = _typing_records.NamedTuple
TypedDict = _typing_records.TypedDict
is_typeddict = _typing_records.is_typeddict
for _fn in (NamedTuple, TypedDict, is_typeddict):
    _fn.__module__ = "typing"
del _fn


# ----- the protocols of the one-method ABCs -----

@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        ...


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        ...


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        ...


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        ...


class _IO:
    pass


IO = TextIO = BinaryIO = _SpecialGenericAlias(_IO, 1, "IO")
