"""Pack Python values into bytes and back, following a format string.

The codecs are native (the `_struct` module); this module adds the `Struct`
class (a compiled format) and `iter_unpack`."""

from _struct import error, calcsize, pack, pack_into, unpack, unpack_from, _clearcache, _buflen

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class _UnpackIterator:
    """Yields one tuple per `size`-byte record of a buffer."""

    def __init__(self, fmt, size, buffer):
        self._fmt = fmt
        self._buffer = buffer
        self._pos = 0
        self._end = len(buffer)
        self._step = size

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None or self._pos >= self._end:
            self._buffer = None
            raise StopIteration
        at = self._pos
        self._pos = at + self._step
        return unpack_from(self._fmt, self._buffer, at)

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (self._end - self._pos) // self._step


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'
_UnpackIterator.__module__ = '_struct'


class Struct:
    """A compiled format: Struct(format) packs and unpacks without re-parsing it."""

    def __init__(self, format):
        if isinstance(format, bytes):
            text = format.decode('latin-1')
        elif isinstance(format, str):
            text = format
        else:
            raise TypeError('Struct() argument 1 must be a str or bytes object, '
                            f'not {type(format).__name__}')
        self._size = calcsize(text)
        self._format = text

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        if self._size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        n = _buflen(buffer)
        if n % self._size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        f'of {self._size} bytes')
        return _UnpackIterator(self._format, self._size, buffer)


Struct.__module__ = '_struct'


def iter_unpack(format, buffer):
    """An iterator of tuples, one per `calcsize(format)` bytes of `buffer`."""
    return Struct(format).iter_unpack(buffer)
