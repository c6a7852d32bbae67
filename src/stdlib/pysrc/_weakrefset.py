"""`WeakSet` (Pyrite): a set whose members are weakly referenced; a
member disappears from it when it dies."""

from _weakref import ref

__all__ = ["WeakSet"]


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        me = ref(self)

        def drop(wr, me=me):
            s = me()
            if s is not None:
                s.data.discard(wr)
        self._drop = drop
        if data is not None:
            self.update(data)

    def _members(self):
        for wr in list(self.data):
            v = wr()
            if v is not None:
                yield v

    def __iter__(self):
        yield from self._members()

    def __len__(self):
        return sum(1 for _ in self._members())

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return (type(self), (list(self),), getattr(self, "__dict__", None))

    def add(self, item):
        self.data.add(ref(item, self._drop))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            v = wr()
            if v is not None:
                return v

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs(self, other):
        return {ref(item) for item in other}

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs(other)

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._drop) for item in other)
        return self

    def union(self, other):
        return type(self)(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
