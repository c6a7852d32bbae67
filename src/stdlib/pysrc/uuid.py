# uuid for Pyrite: RFC 4122 UUID objects and the uuid1/3/4/5 generators,
# written from the documented behaviour of CPython 3.11's uuid module.

import os as _os
from enum import Enum as _Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_HEX = '0123456789abcdefABCDEF'
_VARIANT_BITS = 0xc000 << 48
_VERSION_BITS = 0xf000 << 64


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _reorder_le(raw):
    # bytes_le <-> bytes: the first three fields are stored little-endian.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


_FIELD_LIMITS = ((32, 'a 32-bit'), (16, 'a 16-bit'), (16, 'a 16-bit'), (8, 'an 8-bit'),
                 (8, 'an 8-bit'), (48, 'a 48-bit'))


class UUID:
    """An immutable 128-bit universally unique identifier."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [a for a in (hex, bytes, bytes_le, fields, int) if a is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            value = _int_from_hex(digits)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _int_from_bytes(_reorder_le(bytes_le))
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = _int_from_bytes(bytes)
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            value = 0
            for number, (field, (width, label)) in enumerate(zip(fields, _FIELD_LIMITS), 1):
                if not 0 <= field < (1 << width):
                    raise ValueError('field %d out of range (need %s value)' % (number, label))
                value = (value << width) | field
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            value = (value & ~_VARIANT_BITS) | (0x8000 << 48)
            value = (value & ~_VERSION_BITS) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    def _cmp_key(self, other):
        return other.int if isinstance(other, UUID) else None

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        text = self.hex
        return '-'.join((text[:8], text[8:12], text[12:16], text[16:20], text[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return ((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & ((1 << 48) - 1)

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


def _int_from_hex(digits):
    return int(digits, 16)


def _int_from_bytes(raw):
    if not isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw)
    return int.from_bytes(raw, 'big')


_node = None


def _interface_macs():
    # Hardware addresses of the network interfaces, from sysfs.
    found = []
    base = '/sys/class/net'
    try:
        names = sorted(_os.listdir(base))
    except OSError:
        return found
    for name in names:
        try:
            with open(_os.path.join(base, name, 'address')) as fh:
                text = fh.read().strip()
        except OSError:
            continue
        value = int(text.replace(':', '') or '0', 16)
        if value and not value & (1 << 40):
            found.append(value)
    return found


def getnode():
    """The hardware address as a 48-bit int (a random multicast one if none)."""
    global _node
    if _node is None:
        macs = _interface_macs()
        if macs:
            _node = macs[0]
        else:
            _node = int.from_bytes(_os.urandom(6), 'big') | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the host id, a sequence number and the current time."""
    global _last_timestamp
    import time
    ticks = time.time_ns() // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and ticks <= _last_timestamp:
        ticks = _last_timestamp + 1
    _last_timestamp = ticks
    if clock_seq is None:
        clock_seq = int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    fields = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _named(hasher, namespace, name, version):
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hasher(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    import hashlib
    return _named(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    import hashlib
    return _named(hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
