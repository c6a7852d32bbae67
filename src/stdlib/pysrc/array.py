"""Typed arrays of numbers or characters (the `array` module).

Written for Pyrite. The items live in a plain list and are checked and
normalised on the way in (range checks with CPython's messages, floats of
typecode 'f' rounded to single precision); the byte form (tobytes,
frombytes, byteswap) goes through the native `_struct` codec with the
platform's native sizes."""

import _struct
from operator import index as _index

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# Signed codes: (bits, name used in the overflow messages or None when the
# C conversion reports it generically).
_SIGNED = {'b': (8, 'signed char'), 'h': (16, 'signed short integer'),
           'i': (32, 'signed integer'), 'l': (64, None), 'q': (64, None)}
_UNSIGNED = {'B': (8, 'unsigned byte integer'), 'H': (16, 'unsigned short'),
             'I': (32, 'unsigned int'), 'L': (64, None), 'Q': (64, None)}

_LONG_MAX = (1 << 63) - 1
_LONG_MIN = -(1 << 63)


def _check_signed(code, v):
    bits, what = _SIGNED[code]
    if code == 'q':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('int too big to convert')
        return v
    if not _LONG_MIN <= v <= _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    top = 1 << (bits - 1)
    if v >= top:
        raise OverflowError(what + ' is greater than maximum')
    if v < -top:
        raise OverflowError(what + ' is less than minimum')
    return v


def _check_unsigned(code, v):
    bits, what = _UNSIGNED[code]
    if code == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >> 64:
            raise OverflowError('int too big to convert')
        return v
    if code in 'BH':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        if v < 0:
            raise OverflowError(what + ' is less than minimum')
    elif v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >> 64:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if code != 'L' and v >> bits:
        raise OverflowError(what + ' is greater than maximum')
    return v


def _single(x):
    """`x` rounded to the nearest single-precision float."""
    return _struct.unpack('f', _struct.pack('f', x))[0]


def _converter(code):
    """The function that checks and normalises one item for `code`."""
    if code in _SIGNED:
        return lambda x: _check_signed(code, _index(x))
    if code in _UNSIGNED:
        return lambda x: _check_unsigned(code, _index(x))
    if code == 'u':
        def to_char(x):
            if type(x) is not str and not isinstance(x, str) or len(x) != 1:
                raise TypeError('array item must be unicode character')
            return str(x)
        return to_char

    def to_float(x):
        if isinstance(x, float):
            v = x
        elif isinstance(x, int):
            v = float(x)
        else:
            conv = getattr(type(x), '__float__', None)
            if conv is None and getattr(type(x), '__index__', None) is None:
                raise TypeError(f'must be real number, not {type(x).__name__}')
            v = float(x)
        return _single(v) if code == 'f' else v
    return to_float


def _struct_code(code):
    return 'I' if code == 'u' else code


class array:
    """array(typecode[, initializer]) -> array

    A compact sequence of numbers or characters, all of the C type named by
    `typecode` (see `typecodes`)."""

    __slots__ = ('_code', '_conv', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            f'not {type(typecode).__name__}')
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._conv = _converter(typecode)
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode '
                                f"'{typecode}'")
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._code != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode 'u'")
            self._items = [self._conv(x) for x in initializer._items]
        else:
            self._items = [self._conv(x) for x in initializer]
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- attributes -------------------------------------------------------

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def buffer_info(self):
        return (id(self), len(self._items))

    # -- helpers ----------------------------------------------------------

    def _same_kind(self, other):
        return isinstance(other, array) and other._code == self._code

    def _new(self, items):
        out = array(self._code)
        out._items = items
        return out

    # -- sequence protocol ------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, x):
        return x in self._items

    def _position(self, i, msg):
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(msg)
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._new(self._items[key])
        return self._items[self._position(key, 'array index out of range')]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            new = list(value._items)
            start, stop, step = key.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(new) != size:
                    raise ValueError(f'attempt to assign array of size {len(new)} '
                                     f'to extended slice of size {size}')
            self._items[key] = new
            return
        i = self._position(key, 'array assignment index out of range')
        self._items[i] = self._conv(value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        del self._items[self._position(key, 'array assignment index out of range')]

    # -- list-like methods ------------------------------------------------

    def append(self, v, /):
        self._items.append(self._conv(v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(list(bb._items))
            return
        conv = self._conv
        for x in bb:
            self._items.append(conv(x))

    def insert(self, i, v, /):
        i = _index(i)
        v = self._conv(v)
        self._items.insert(i, v)

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        return self._items.pop(self._position(i, 'pop index out of range'))

    def remove(self, v, /):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None, /):
        n = len(self._items)
        lo, hi, _ = slice(start, stop).indices(n)
        for k in range(lo, hi):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    # -- conversions ------------------------------------------------------

    def tolist(self):
        return list(self._items)

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        conv = self._conv
        self._items.extend([conv(x) for x in items])

    def tobytes(self):
        items = self._items
        if self._code == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(f'{len(items)}{_struct_code(self._code)}', *items)

    def frombytes(self, buffer, /):
        n = _struct._buflen(buffer)
        size = _SIZES[self._code]
        if n % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(f'{n // size}{_struct_code(self._code)}', buffer)
        if self._code == 'u':
            # Items are kept as str characters, so a code point that is not
            # one (e.g. after byteswap) is refused here rather than on access.
            for v in values:
                if v > 0x10ffff:
                    raise ValueError(f'character U+{v:x} is not in range [U+0000; U+10ffff]')
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError(f'fromunicode() argument must be str, not {type(s).__name__}')
        self._items.extend(s)

    def byteswap(self):
        size = _SIZES[self._code]
        raw = self.tobytes()
        swapped = bytearray()
        for k in range(0, len(raw), size):
            swapped += raw[k:k + size][::-1]
        del self._items[:]
        self.frombytes(bytes(swapped))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo, /):
        return self.__copy__()

    # -- operators --------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def _count(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{type(n).__name__}'")
        return _index(n)

    def __mul__(self, n):
        return self._new(self._items * self._count(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= self._count(n)
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return f"{name}('{self._code}')"
        if self._code == 'u':
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._code}', {self._items!r})"

    def __reduce_ex__(self, protocol, /):
        return (type(self), (self._code, list(self._items)))


ArrayType = array
