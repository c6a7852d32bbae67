"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.
Written for Pyrite from the documented 3.11 behaviour.

A class made by EnumType keeps its members in `_member_map_` (name ->
member, aliases included), `_member_names_` (canonical names in definition
order) and `_value2member_map_` (value -> member, hashable values only).
Members are also plain entries of the class __dict__."""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "FlagBoundary", "STRICT", "CONFORM",
           "EJECT", "KEEP", "verify", "member", "nonmember", "global_enum", "EnumCheck",
           "CONTINUOUS", "NAMED_FLAGS", "UNIQUE", "show_flag_values"]


def _is_dunder(name):
    return (len(name) > 4 and name.startswith("__") and name.endswith("__")
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == "_" and name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_" + cls_name.lstrip("_") + "__"
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    kind = type(obj)
    return any(hasattr(kind, hook) for hook in ("__get__", "__set__", "__delete__"))


_NO_VALUE = object()


class auto:
    """Placeholder replaced by the next value (see _generate_next_value_)."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces `value` to become a member even if it is a descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps `value` out of the members."""

    def __init__(self, value):
        self.value = value


class _EnumNamespace(dict):
    """The class-body namespace: records member names in order and resolves
    auto() values as they are assigned."""

    def __init__(self, cls_name, next_value):
        super().__init__()
        self._cls_name = cls_name
        self._names = []
        self._values = []
        self._ignored = []
        self._next_value = next_value

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == "_ignore_":
                names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
                self._ignored = names
                for name in names:
                    if name in self._names:
                        raise ValueError(f"_ignore_ cannot specify already set names: {name!r}")
            elif key == "_generate_next_value_":
                if self._names:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._names:
            raise TypeError(f"{key!r} already defined as {self[key]!r}")
        elif key in self._ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            if key in self:
                pass
        else:
            if key in self:
                raise TypeError(f"{key!r} already defined as {self[key]!r}")
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _NO_VALUE:
                    value.value = self._next_value(key, 1, len(self._names), self._values[:])
                value = value.value
            self._names.append(key)
            self._values.append(value)
        dict.__setitem__(self, key, value)

    def _delete_ignored(self):
        for name in self._ignored:
            dict.pop(self, name, None)


def _data_type(bases):
    # The first non-enum class providing its own __new__ in the bases' MROs
    # (int for IntEnum, str for StrEnum, ...); object when there is none.
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumType):
                continue
            if "__new__" in klass.__dict__ or klass.__module__ == "builtins":
                return klass
    return object


def _enum_base(cls_name, bases):
    if not bases:
        return object, None
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError(f"<enum {cls_name!r}> cannot extend {base!r}")
    return _data_type(bases), last


class EnumType(type):
    """Metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        data_type, first = _enum_base(cls, bases)
        gen = getattr(first, "_generate_next_value_", None)
        return _EnumNamespace(cls, gen)

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        data_type, first = _enum_base(cls, bases)
        if isinstance(classdict, _EnumNamespace):
            classdict._delete_ignored()
            pairs = [(name, classdict[name]) for name in classdict._names]
        else:
            pairs = []
        plain = {}
        for key, val in dict.items(classdict):
            if not any(key == name for name, _ in pairs) and key != "_ignore_":
                plain[key] = val
        custom_new = plain.pop("__new__", None)
        if custom_new is not None:
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            plain["_new_member_"] = staticmethod(custom_new)
        plain["_member_names_"] = []
        plain["_member_map_"] = {}
        plain["_value2member_map_"] = {}
        plain["_member_type_"] = data_type
        if boundary is not None:
            plain["_boundary_"] = boundary
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        enum_class._fix_methods(first, data_type, plain)
        for name, value in pairs:
            enum_class._add_member(name, value, data_type)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._setup_flag()
        order = plain.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if list(order) != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, list(order)))
        return enum_class

    def _fix_methods(cls, first, data_type, own):
        # A data type's repr/str/format would win in the MRO over Enum's:
        # use the enum ones unless the class body defines its own.
        if first is None:
            return
        for name in ("__repr__", "__str__", "__format__"):
            if name in own:
                continue
            found = getattr(cls, name)
            if found is getattr(object, name) or found is getattr(data_type, name, None):
                type.__setattr__(cls, name, getattr(first, name))
        if ReprEnum is not None and ReprEnum in cls.__bases__:
            if data_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type "
                                "(i.e. int, str, float, etc.)")
            if "__format__" not in own:
                type.__setattr__(cls, "__format__", data_type.__format__)
            if "__str__" not in own:
                type.__setattr__(cls, "__str__", data_type.__dict__.get("__str__", data_type.__repr__))

    def _add_member(cls, name, value, data_type):
        args = value if isinstance(value, tuple) else (value,)
        if data_type is tuple:
            args = (value,)
        maker = getattr(cls, "_new_member_", None)
        if maker is not None:
            obj = maker(cls, *args)
        elif data_type is object:
            obj = object.__new__(cls)
        else:
            obj = data_type.__new__(cls, *args)
        if not hasattr(obj, "_value_"):
            obj._value_ = value if data_type is object else data_type(*args)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        obj.__init__(*args)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            # unhashable value: compare with every member
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            obj = canonical
        elif cls._counts_as_canonical(value):
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            pass
        type.__setattr__(cls, name, obj)

    def _counts_as_canonical(cls, value):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for other in cls._member_map_.values():
            if other._value_ == value:
                return other
        try:
            found = cls._missing_(value)
        except ValueError:
            raise
        except Exception as exc:
            exc.__context__ = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
            raise exc
        if isinstance(found, cls):
            return found
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(found, int):
            return found
        if found is None:
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        raise TypeError(f"error in {cls.__name__}._missing_: returned {found!r} "
                        f"instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first = _enum_base(class_name, bases)
        ns = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            given, names, seen = names, [], []
            for count, name in enumerate(given):
                val = first._generate_next_value_(name, start, count, seen[:])
                seen.append(val)
                names.append((name, val))
        for entry in names:
            if isinstance(entry, str):
                ns[entry] = names[entry]
            else:
                ns[entry[0]] = entry[1]
        ns["__module__"] = module if module is not None else "__main__"
        if qualname is not None:
            ns["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, ns, boundary=boundary)

    def __contains__(cls, obj):
        if not isinstance(obj, Enum):
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                          "True or\nFalse depending on whether the value is a member or the "
                          "value of a member", DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(obj).__qualname__, cls.__class__.__qualname__))
        return isinstance(obj, cls) and obj._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"{cls.__name__!r} cannot delete member {attr!r}.")
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        members = cls._member_map_
        return members[name]

    def __iter__(cls):
        members = cls._member_map_
        return iter([members[n] for n in cls._member_names_])

    def __reversed__(cls):
        members = cls._member_map_
        return iter([members[n] for n in cls._member_names_[::-1]])

    def __len__(cls):
        names = cls._member_names_
        return len(names)

    def __bool__(cls):
        return True

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        if getattr(cls, "_new_member_", None) is not None:
            names.add("__new__")
        if "__init_subclass__" in cls.__dict__ or cls.__init_subclass__ is not object.__init_subclass__:
            names.add("__init_subclass__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"


EnumMeta = EnumType


class _MemberField:
    """Read-only `name` / `value` of a member."""

    def __init__(self, slot):
        self._slot = slot

    def __set_name__(self, owner, name):
        self._owner = owner
        self._name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            try:
                return owner._member_map_[self._name]
            except (AttributeError, KeyError):
                raise AttributeError(f"{owner.__name__!r} has no attribute {self._name!r}") from None
        return instance.__dict__[self._slot]

    def __set__(self, instance, value):
        raise AttributeError(f"{self._owner!r} cannot set attribute {self._name!r}")

    def __delete__(self, instance):
        raise AttributeError(f"{self._owner!r} cannot delete attribute {self._name!r}")


Enum = ReprEnum = Flag = None


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are unique instances with a
    `name` and a `value`."""

    name = _MemberField("_name_")
    value = _MemberField("_value_")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        extra = [k for k in self.__dict__ if not k.startswith("_")]
        extra += [k for k in type(self).__dict__ if not k.startswith("_") and k not in self._member_map_]
        return sorted(set(["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"] + extra))


class ReprEnum(Enum):
    """Only changes the repr(): str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f"too many arguments for str(): {values!r}")
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f"{values[0]!r} is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f"encoding must be a string, not {values[1]!r}")
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f"errors must be a string, not {values[2]!r}")
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values holding undefined bits."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


def _bits(num, width):
    return "0b0 " + format(num, "b").zfill(width)


class Flag(Enum, boundary=STRICT):
    """Enum whose members combine with the bitwise operators."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        top = max(last_values)
        try:
            return 2 ** top.bit_length()
        except AttributeError:
            raise TypeError(f"invalid flag value {top!r}") from None

    @classmethod
    def _counts_as_canonical(cls, value):
        return isinstance(value, int) and value > 0 and value & (value - 1) == 0

    @classmethod
    def _setup_flag(cls):
        mask = 0
        for m in cls._member_map_.values():
            if isinstance(m._value_, int):
                mask |= m._value_
        single = 0
        for name in cls._member_names_:
            single |= cls._member_map_[name]._value_
        type.__setattr__(cls, "_flag_mask_", single)
        type.__setattr__(cls, "_all_bits_", 2 ** mask.bit_length() - 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        mask = cls._flag_mask_
        every = cls._all_bits_
        original = value
        if value < 0:
            value = every + 1 + value
            if value < 0:
                raise ValueError(f"{original!r} is not a valid {cls.__qualname__}")
        extra = value & ~mask
        boundary = cls._boundary_
        if extra:
            if boundary is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {original!r}\n"
                                 f"    given {_bits(value, width)}\n"
                                 f"  allowed {_bits(mask, width)}")
            if boundary is CONFORM:
                value &= mask
                extra = 0
            elif boundary is EJECT:
                return value
        if value in cls._value2member_map_:
            return cls._value2member_map_[value]
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        known = value & mask
        if known:
            parts = [n for n in cls._member_names_ if cls._member_map_[n]._value_ & known]
            if extra:
                parts.append(str(extra))
            pseudo._name_ = "|".join(parts)
        else:
            pseudo._name_ = None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is int and isinstance(other, int) and not isinstance(other, Flag):
            return other
        return NotImplemented

    def _combine(self, other, op):
        val = self._other_value(other)
        return NotImplemented if val is NotImplemented else type(self)(op(self._value_, val))

    def __or__(self, other):
        return self._combine(other, lambda a, b: a | b)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a & b)

    def __xor__(self, other):
        return self._combine(other, lambda a, b: a ^ b)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return type(self)(self._flag_mask_ ^ (self._value_ & self._flag_mask_))

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        bits = other._value_
        return self._value_ & bits == bits

    def __iter__(self):
        for name in self._member_names_:
            m = self._member_map_[name]
            if m._value_ & self._value_:
                yield m

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return self._value_ != 0

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f"<{cls_name}: {self._value_!r}>"
        return f"<{cls_name}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return f"{cls_name}({self._value_!r})"
        return f"{cls_name}.{self._name_}"


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints."""

    __repr__ = Flag.__repr__
    __or__ = __ror__ = Flag.__or__
    __and__ = __rand__ = Flag.__and__
    __xor__ = __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator refusing aliases."""
    dupes = [f"{alias} -> {m.name}" for alias, m in enumeration.__members__.items()
             if alias != m.name]
    if dupes:
        raise ValueError(f"duplicate values found in {enumeration!r}: {', '.join(dupes)}")
    return enumeration


class EnumCheck(StrEnum):
    """The checks `verify` can run."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _single_bits(num):
    found = []
    bit = 1
    while bit <= num:
        if num & bit:
            found.append(bit)
        bit <<= 1
    return found


def _check_unique(enumeration):
    pairs = [f"{alias} -> {m.name}" for alias, m in enumeration.__members__.items()
             if alias != m.name]
    if pairs:
        raise ValueError(f"aliases found in {enumeration!r}: {', '.join(pairs)}")


def _check_continuous(enumeration):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if issubclass(enumeration, Flag):
        kind = "flag"
        candidates = [1 << i for i in range(low.bit_length(), high.bit_length() - 1)]
    else:
        kind = "enum"
        candidates = range(low + 1, high)
    missing = [str(v) for v in candidates if v not in values]
    if missing:
        raise ValueError(f"invalid {kind} {enumeration.__name__!r}: missing values "
                         f"{', '.join(missing)}")


def _check_named_flags(enumeration):
    named = {m.value for m in enumeration}
    bad_names = []
    bad_bits = 0
    for name, m in enumeration.__members__.items():
        if name in enumeration._member_names_ or not isinstance(m.value, int) or m.value < 0:
            continue
        lost = [b for b in _single_bits(m.value) if b not in named]
        if lost:
            bad_names.append(name)
            for b in lost:
                bad_bits |= b
    if not bad_names:
        return
    if len(bad_names) == 1:
        who = f"alias {bad_names[0]} is missing"
    else:
        who = f"aliases {', '.join(bad_names[:-1])} and {bad_names[-1]} are missing"
    if bad_bits & (bad_bits - 1):
        what = f"combined values of 0x{bad_bits:x}"
    else:
        what = f"value 0x{bad_bits:x}"
    raise ValueError(f"invalid Flag {enumeration.__name__!r}: {who} {what} "
                     f"[use enum.show_flag_values(value) for details]")


def verify(*checks):
    """Class decorator running the given EnumCheck checks."""
    def run(enumeration):
        for check in checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration)
            else:
                raise TypeError(f"unknown enum check: {check!r}")
        return enumeration
    return run


def show_flag_values(value):
    return _single_bits(value)


def global_enum(cls, update_str=False):
    """Exports the members into the defining module's namespace; their
    repr becomes `module.NAME` and their str `NAME`."""
    if issubclass(cls, Flag):
        raise NotImplementedError("enum.global_enum on Flag classes is not supported by Pyrite")

    def __repr__(self):
        return f"{type(self).__module__.rpartition('.')[2]}.{self._name_}"

    def __str__(self):
        return self._name_

    cls.__repr__ = __repr__
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = __str__
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
