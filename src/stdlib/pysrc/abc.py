"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract
decorators.  Written for Pyrite from the documented behaviour.

Every class made by ABCMeta carries one `_abc_impl` record holding the
classes registered as virtual subclasses; real subclasses come from
`type.__subclasses__`."""


def abstractmethod(funcobj):
    """Marks `funcobj` abstract: a class with such a member that has not
    been overridden cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, func):
        super().__init__(abstractmethod(func))


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, func):
        super().__init__(abstractmethod(func))


class abstractproperty(property):
    """Deprecated spelling of @property @abstractmethod."""
    __isabstractmethod__ = True


def _marked_abstract(obj):
    # Properties and class/static methods are abstract when a function they
    # wrap is.
    if getattr(obj, "__isabstractmethod__", False):
        return True
    if isinstance(obj, property):
        for part in (obj.fget, obj.fset, obj.fdel):
            if part is not None and _marked_abstract(part):
                return True
        return False
    if isinstance(obj, (classmethod, staticmethod)):
        return _marked_abstract(obj.__func__)
    return False


class _AbcRecord:
    __slots__ = ("virtual",)

    def __init__(self):
        self.virtual = []


_token = [0]


def get_cache_token():
    """A number that changes whenever a class is registered with any ABC."""
    return _token[0]


def _collect_abstracts(cls):
    names = set()
    for key, val in cls.__dict__.items():
        if _marked_abstract(val):
            names.add(key)
    for base in cls.__bases__:
        for key in getattr(base, "__abstractmethods__", ()):
            if _marked_abstract(getattr(cls, key, None)):
                names.add(key)
    return frozenset(names)


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` (after methods were added or
    replaced); returns `cls`."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _collect_abstracts(cls)
    return cls


def _record(cls):
    rec = cls.__dict__.get("_abc_impl")
    if rec is None:
        rec = _AbcRecord()
        type.__setattr__(cls, "_abc_impl", rec)
    return rec


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods and
    supports virtual subclasses through `register`."""

    def __new__(meta, name, bases, ns, /, **kwargs):
        cls = type.__new__(meta, name, bases, ns, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(cls)
        type.__setattr__(cls, "_abc_impl", _AbcRecord())
        return cls

    def register(cls, subclass):
        """Registers `subclass` as a virtual subclass of this ABC."""
        if isinstance(subclass, type):
            if issubclass(subclass, cls):
                return subclass  # nothing to do
        else:
            raise TypeError("Can only register classes")
        if issubclass(cls, subclass):
            # registering an ancestor would make the hierarchy circular
            raise RuntimeError("Refusing to create an inheritance cycle")
        _record(cls).virtual.append(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        real = type(instance)
        claimed = getattr(instance, "__class__", real)
        if cls.__subclasscheck__(real):
            return True
        return claimed is not real and cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            return bool(verdict)
        if cls in subclass.__mro__:
            return True
        rec = _record(cls)
        for other in rec.virtual:
            if subclass is other or issubclass(subclass, other):
                return True
        for other in cls.__subclasses__():
            if issubclass(subclass, other):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Base class to inherit from instead of naming metaclass=ABCMeta."""
    __slots__ = ()
