"""NamedTuple and TypedDict for the `typing` module (split out of
typing.py to keep files small).  Written for Pyrite from the documented
3.11 behaviour.  `typing` injects `_checked` and `_GenericAlias` into
this module's namespace right after importing it."""

_checked = _GenericAlias = None


class _FieldGetter:
    """Read-only access to item `index` of a named tuple."""
    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    @property
    def __doc__(self):
        return f"Alias for field number {self.index}"


def _build_namedtuple(name, fields, defaults, module, annotations):
    for f in fields:
        if f.startswith("_"):
            raise ValueError(f"Field names cannot start with an underscore: {f!r}")
    if len(set(fields)) != len(fields):
        raise ValueError(f"Encountered duplicate field name: {fields[-1]!r}")
    arglist = ", ".join(fields)
    params = []
    first_default = len(fields) - len(defaults)
    ns = {"_tuple_new": tuple.__new__}
    for i, f in enumerate(fields):
        if i >= first_default:
            ns[f"_d{i}"] = defaults[i - first_default]
            params.append(f"{f}=_d{i}")
        else:
            params.append(f)
    head = ", ".join(["_cls"] + params)
    src = f"def __new__({head}):\n    return _tuple_new(_cls, ({arglist}{',' if len(fields) == 1 else ''}))\n"
    exec(src, ns)
    new_fn = ns["__new__"]
    new_fn.__qualname__ = f"{name}.__new__"
    field_tuple = tuple(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in zip(field_tuple, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(field_tuple, self))

    def _replace(self, /, **changes):
        values = [changes.pop(k, v) for k, v in zip(field_tuple, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(field_tuple):
            raise TypeError(f"Expected {len(field_tuple)} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    body = {"__new__": new_fn, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
            "_make": _make, "__getnewargs__": __getnewargs__, "__slots__": (),
            "_fields": field_tuple, "__match_args__": field_tuple,
            "_field_defaults": dict(zip(fields[first_default:], defaults)),
            "__module__": module, "__annotations__": annotations}
    for i, f in enumerate(fields):
        body[f] = _FieldGetter(i)
    cls = type(name, (tuple,), body)
    for fn in (__repr__, _asdict, _replace, __getnewargs__):
        fn.__qualname__ = f"{name}.{fn.__name__}"
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        ann = ns.get("__annotations__", {})
        fields = list(ann)
        defaults = []
        for f in fields:
            if f in ns:
                defaults.append(ns[f])
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow default "
                                f"field{'s' if len(defaults) > 1 else ''} {', '.join(fields[:0] + [d for d in fields if d in ns])}")
        nt = _build_namedtuple(typename, fields, defaults, ns.get("__module__", "__main__"),
                               {k: _checked(v, "field annotation must be a type") for k, v in ann.items()})
        for key, val in ns.items():
            if key in ("_fields", "_field_defaults", "_make", "_replace", "_asdict", "_source"):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in ("__module__", "__qualname__", "__annotations__", "__orig_bases__") and key not in fields:
                setattr(nt, key, val)
        if "__qualname__" in ns:
            nt.__qualname__ = ns["__qualname__"]
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class P(NamedTuple): x: int = 0, or
    NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    ann = {n: _checked(t, "field annotation must be a type") for n, t in fields}
    return _build_namedtuple(typename, [n for n, _ in fields], [], "__main__", ann)


_NamedTupleBase = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_entries(bases):
    return (_NamedTupleBase,)


NamedTuple.__mro_entries__ = _namedtuple_entries


# ----- TypedDict -----

class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        cls = type.__new__(mcls, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if type(base) is _TypedDictMeta and base is not _TypedDictBase:
                annotations.update(base.__dict__.get("__annotations__", {}))
                required.update(base.__required_keys__)
                optional.update(base.__optional_keys__)
        own = {k: _checked(v, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
               for k, v in ns.get("__annotations__", {}).items()}
        annotations.update(own)
        for key, tp in own.items():
            marker = tp._name if isinstance(tp, _GenericAlias) else None
            if marker == "Required" or (total and marker != "NotRequired"):
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict): ..."""
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDictBase = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_entries(bases):
    return (_TypedDictBase,)


TypedDict.__mro_entries__ = _typeddict_entries



def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


