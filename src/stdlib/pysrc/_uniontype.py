"""types.UnionType: the value of `X | Y` for classes (PEP 604), built by
type.__or__.  Written for Pyrite from the documented behaviour."""


def _arg_repr(arg):
    if arg is type(None):
        return "None"
    if isinstance(arg, type) and type(arg).__name__ != "GenericAlias":
        if arg.__module__ == "builtins":
            return arg.__qualname__
        return f"{arg.__module__}.{arg.__qualname__}"
    return repr(arg)


def _members(arg):
    if isinstance(arg, UnionType):
        return arg.__args__
    if arg is None:
        return (type(None),)
    return (arg,)


def _acceptable(arg):
    return (arg is None or isinstance(arg, (type, UnionType))
            or type(arg).__name__ == "GenericAlias")


class UnionType:
    """`int | str`: usable with isinstance/issubclass and in annotations."""
    __slots__ = ("__args__",)

    def __init__(self, args):
        self.__args__ = args

    @property
    def __parameters__(self):
        found = []
        for a in self.__args__:
            for p in getattr(a, "__parameters__", ()) or ():
                if p not in found:
                    found.append(p)
        return tuple(found)

    def __repr__(self):
        return " | ".join(_arg_repr(a) for a in self.__args__)

    def __or__(self, other):
        if not _acceptable(other):
            return NotImplemented
        return union(self, other)

    def __ror__(self, other):
        if not _acceptable(other):
            return NotImplemented
        return union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if type(arg).__name__ == "GenericAlias":
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
            if issubclass(cls, arg):
                return True
        return False


UnionType.__module__ = "types"


def union(left, right):
    """`left | right` with duplicates dropped; a single member stands for
    itself."""
    merged = []
    for arg in _members(left) + _members(right):
        if arg not in merged:
            merged.append(arg)
    if len(merged) == 1:
        return merged[0]
    return UnionType(tuple(merged))
