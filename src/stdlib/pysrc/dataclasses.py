"""Data classes: the @dataclass decorator and its helpers (field, fields,
asdict, astuple, replace, is_dataclass, make_dataclass, InitVar, KW_ONLY).
Written for Pyrite from the documented 3.11 behaviour.

__init__ is generated as Python source and run with exec (so it has real
named parameters and defaults); the other methods are closures over the
list of field names."""

import sys

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FieldKind:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_FIELD = _FieldKind("_FIELD")
_FIELD_CLASSVAR = _FieldKind("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FieldKind("_FIELD_INITVAR")


class InitVar:
    """Annotation for init-only pseudo-fields, passed to __post_init__."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type
        if isinstance(inner, type):
            shown = inner.__name__
        else:
            shown = repr(inner)
        return f"dataclasses.InitVar[{shown}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


_EMPTY_METADATA = type(type.__dict__)({})


class Field:
    """Describes one field of a dataclass (see `field()`)."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = type(type.__dict__)(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        shown = [("name", self.name), ("type", self.type), ("default", self.default),
                 ("default_factory", self.default_factory), ("init", self.init),
                 ("repr", self.repr), ("hash", self.hash), ("compare", self.compare),
                 ("metadata", self.metadata), ("kw_only", self.kw_only)]
        text = ",".join(f"{k}={v!r}" for k, v in shown)
        return f"Field({text},_field_type={self._field_type})"

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Declares a field with options; use as `x: int = field(...)`."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq = init, repr, eq
        self.order, self.unsafe_hash, self.frozen = order, unsafe_hash, frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _annotation_kind(annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD for an annotation, which
    may also be a string."""
    if isinstance(annotation, str):
        head = annotation.split("[", 1)[0].strip()
        if head in ("ClassVar", "typing.ClassVar"):
            return _FIELD_CLASSVAR
        if head in ("InitVar", "dataclasses.InitVar"):
            return _FIELD_INITVAR
        return _FIELD
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    typing = sys.modules.get("typing")
    if typing is not None:
        cv = typing.ClassVar
        if annotation is cv or getattr(annotation, "__origin__", None) is cv:
            return _FIELD_CLASSVAR
    return _FIELD


def _is_kw_only_marker(annotation):
    if annotation is KW_ONLY:
        return True
    return isinstance(annotation, str) and annotation.strip() in ("KW_ONLY", "dataclasses.KW_ONLY")


def _make_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _annotation_kind(annotation)
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {name} cannot have a default factory")
    if f._field_type is _FIELD_CLASSVAR:
        f.kw_only = False
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is _FIELD and f.default is not MISSING:
        if type(f.default).__hash__ is None:
            raise ValueError(f"mutable default {type(f.default)} for field {name} "
                             f"is not allowed: use default_factory")
    return f


def _set_method(cls, name, fn, overwrite_check=False):
    if name in cls.__dict__:
        if overwrite_check:
            raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                            f"Consider using functools.total_ordering")
        return False
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    setattr(cls, name, fn)
    return True


def _build_init(cls, all_fields, frozen, has_post_init, self_name):
    ns = {"_FACTORY": _HAS_DEFAULT_FACTORY, "_object_setattr": object.__setattr__}
    positional, keyword, lines = [], [], []
    seen_default = None
    for f in all_fields:
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if f.init:
            if f.default_factory is not MISSING:
                param = f"{f.name}=_FACTORY"
            elif f.default is not MISSING:
                ns[f"_dflt_{f.name}"] = f.default
                param = f"{f.name}=_dflt_{f.name}"
            else:
                param = f.name
            if f.kw_only:
                keyword.append(param)
            else:
                if "=" in param:
                    seen_default = f.name
                elif seen_default is not None:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                positional.append(param)
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            ns[f"_fact_{f.name}"] = f.default_factory
            if f.init:
                value = f"_fact_{f.name}() if {f.name} is _FACTORY else {f.name}"
            else:
                value = f"_fact_{f.name}()"
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            lines.append(f"_object_setattr({self_name}, {f.name!r}, {value})")
        else:
            lines.append(f"{self_name}.{f.name} = {value}")
    if has_post_init:
        extra = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        lines.append(f"{self_name}.__post_init__({', '.join(extra)})")
    params = [self_name] + positional
    if keyword:
        params += ["*"] + keyword
    body = "\n".join("    " + line for line in lines) or "    pass"
    src = f"def __init__({', '.join(params)}):\n{body}\n"
    exec(src, ns)
    return ns["__init__"]


def _build_repr(names):
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        finally:
            active.discard(key)
        return f"{type(self).__qualname__}({inner})"
    return __repr__


def _values(obj, names):
    return tuple([getattr(obj, n) for n in names])


def _build_compare(name, names, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return op(_values(self, names), _values(other, names))
    compare.__name__ = name
    return compare


def _build_frozen(cls, names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _signature_text(cls, all_fields):
    parts = []
    star = False
    for f in all_fields:
        if not f.init or f._field_type is _FIELD_CLASSVAR:
            continue
        if f.kw_only and not star:
            parts.append("*")
            star = True
        t = f.type
        if isinstance(t, type):
            shown = t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
        else:
            shown = repr(t).replace("typing.", "")
        text = f"{f.name}: {shown}"
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += f" = {f.default!r}"
        parts.append(text)
    return f"{cls.__name__}({', '.join(parts)})"


def _with_slots(cls, field_names):
    ns = dict(cls.__dict__)
    if "__slots__" in ns:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    ns["__slots__"] = tuple(n for n in field_names if n not in inherited)
    for n in field_names:
        ns.pop(n, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                   kw_only, slots):
    all_fields = {}
    any_frozen_base = False
    inherits_fields = False
    for base in cls.__mro__[-1:0:-1]:
        inherited = base.__dict__.get("__dataclass_fields__")
        if inherited is not None:
            inherits_fields = True
            for f in inherited.values():
                all_fields[f.name] = f
            if base.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(annotation):
            if marker_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if inherits_fields:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen and any(
                "__dataclass_params__" in b.__dict__ for b in cls.__mro__[1:]):
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _Params(init, repr, eq, order, unsafe_hash, frozen)

    everything = list(all_fields.values())
    real = [f for f in everything if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in all_fields else "self"
        # keyword-only fields come after the others
        ordered = [f for f in everything if not f.kw_only] + [f for f in everything if f.kw_only]
        fn = _build_init(cls, ordered, frozen, has_post_init, self_name)
        _set_method(cls, "__init__", fn)
    if repr:
        _set_method(cls, "__repr__", _build_repr([f.name for f in real if f.repr]))
    compared = [f.name for f in real if f.compare]
    if eq:
        _set_method(cls, "__eq__", _build_compare("__eq__", compared, lambda a, b: a == b))
    if order:
        for name, op in (("__lt__", lambda a, b: a < b), ("__le__", lambda a, b: a <= b),
                         ("__gt__", lambda a, b: a > b), ("__ge__", lambda a, b: a >= b)):
            _set_method(cls, name, _build_compare(name, compared, op), overwrite_check=True)
    if frozen:
        setter, deleter = _build_frozen(cls, {f.name for f in real})
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if name in cls.__dict__:
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
            _set_method(cls, name, fn)
    _apply_hash(cls, real, eq, frozen, unsafe_hash)
    if not getattr(cls, "__doc__"):
        cls.__doc__ = _signature_text(cls, everything)
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in everything
                                   if f.init and not f.kw_only and f._field_type is not _FIELD_CLASSVAR)
    if slots:
        cls = _with_slots(cls, [f.name for f in real])
    abc = sys.modules.get("abc")
    if abc is not None:
        abc.update_abstractmethods(cls)
    return cls


def _apply_hash(cls, real, eq, frozen, unsafe_hash):
    own_hash = cls.__dict__.get("__hash__", MISSING)
    explicit = own_hash is not MISSING and not (own_hash is None and "__eq__" in cls.__dict__)
    hashed = [f.name for f in real if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_values(self, hashed))
    __hash__.__qualname__ = f"{cls.__qualname__}.__hash__"
    if unsafe_hash:
        if explicit:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not explicit:
            cls.__hash__ = __hash__
    elif eq:
        if not explicit:
            cls.__hash__ = None


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    """Adds generated __init__, __repr__, __eq__ (and more, as asked) to a
    class from its annotated fields."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass (type or instance), ClassVar and
    InitVar pseudo-fields excluded."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dc_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _deep_copy(obj):
    try:
        import copy
    except ImportError:
        copy = None
    if copy is not None:
        return copy.deepcopy(obj)
    if isinstance(obj, (int, float, complex, str, bytes, bool, type(None), frozenset, type)):
        return obj
    if isinstance(obj, set):
        return {_deep_copy(v) for v in obj}
    if isinstance(obj, bytearray):
        return bytearray(obj)
    hook = getattr(obj, "__deepcopy__", None)
    if hook is not None:
        return hook({})
    if hasattr(obj, "__dict__") and not callable(obj):
        clone = type(obj).__new__(type(obj))
        for k, v in obj.__dict__.items():
            object.__setattr__(clone, k, _deep_copy(v))
        return clone
    return obj


def _convert(obj, factory, as_tuple):
    if _is_dc_instance(obj):
        pairs = [(f.name, _convert(getattr(obj, f.name), factory, as_tuple)) for f in fields(obj)]
        if as_tuple:
            return factory([v for _, v in pairs])
        return factory(pairs)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, factory, as_tuple) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, factory, as_tuple), _convert(v, factory, as_tuple))
                         for k, v in obj.items())
    return _deep_copy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dc_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dc_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, tuple_factory, True)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dc_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 f"it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Creates a dataclass named cls_name from (name[, type[, Field]])
    items."""
    ns = dict(namespace or {})
    annotations = {}
    seen = set()
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            ns[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    ns["__annotations__"] = annotations
    ns.setdefault("__module__", module if module is not None else "types")
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots)

Field.__class_getitem__ = classmethod(type(list[int]))
