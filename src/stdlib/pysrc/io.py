"""The names of the I/O layer: the abstract stream classes, and the native
streams (StringIO, BytesIO, TextIOWrapper from `_io`; `open` and its file
type are builtins).
"""

import sys
from _io import StringIO, BytesIO, TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
_NativeFile = type(sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


# For each ABC below, the native types that count as its subclasses.
_NATIVE_UNDER = {}


class _IOMeta(type):
    """Makes the native streams (files, sys.stdout, StringIO, BytesIO,
    TextIOWrapper) and their Python subclasses count as subclasses and
    instances of the ABCs they implement."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        mro = getattr(sub, '__mro__', None)
        if mro is None:
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in mro:
            return True
        for kind in _NATIVE_UNDER.get(cls, ()):
            if kind in mro:
                return True
        return False


class IOBase(metaclass=_IOMeta):
    """The line and context-manager protocol shared by every stream here;
    subclasses provide readline/write/close and `closed`."""
    __module__ = 'io'

    def _check_base_open(self):
        # IOBase's own message (the subclasses' may lack the final period).
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def __enter__(self):
        self._check_base_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_base_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '{}'".format(type(size).__name__))
        return size

    def readlines(self, hint=-1):
        self._check_base_open()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def writelines(self, lines):
        self._check_base_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    __module__ = 'io'


class BufferedIOBase(IOBase):
    __module__ = 'io'


class TextIOBase(IOBase):
    __module__ = 'io'


# The native streams count as instances of the ABCs above (CPython registers
# its C types with them the same way).
_BINARY_FILES = (BufferedReader, BufferedWriter, BufferedRandom)
_NATIVE_UNDER[IOBase] = (_NativeFile, StringIO, BytesIO, TextIOWrapper) + _BINARY_FILES
_NATIVE_UNDER[TextIOBase] = (_NativeFile, StringIO, TextIOWrapper)
_NATIVE_UNDER[BufferedIOBase] = (BytesIO,) + _BINARY_FILES
