"""In-memory streams (StringIO, BytesIO) and the names of the I/O layer.

`open` and the file type returned by it are Pyrite's native ones.
"""

import sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
TextIOWrapper = type(sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


class _IOMeta(type):
    """Makes the native file type (text files, sys.stdout) count as an
    instance of IOBase and TextIOBase."""

    def __instancecheck__(cls, obj):
        if type(obj) is TextIOWrapper and cls.__name__ in ('IOBase', 'TextIOBase'):
            return True
        return issubclass(type(obj), cls)


class IOBase(metaclass=_IOMeta):
    __module__ = 'io'


class RawIOBase(IOBase):
    __module__ = 'io'


class BufferedIOBase(IOBase):
    __module__ = 'io'


class TextIOBase(IOBase):
    __module__ = 'io'


class _Memory:
    """Shared machinery of StringIO and BytesIO: a buffer (`_buf`, a list
    of characters or a bytearray), a position and a closed flag."""

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
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

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        end = len(self._buf)
        if size >= 0:
            end = min(end, self._pos + size)
        start = min(self._pos, len(self._buf))
        chunk = self._buf[start:end]
        self._pos = max(self._pos, end)
        return self._wrap(chunk)

    def readlines(self, hint=-1):
        self._check_open()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def _put(self, data):
        """Overwrite at the position (padding a gap with zeros)."""
        pos = self._pos
        have = len(self._buf)
        if pos > have:
            self._buf[have:] = [self._zero] * (pos - have) if isinstance(self._buf, list) else bytes(pos - have)
        self._buf[pos:pos + len(data)] = data
        self._pos = pos + len(data)
        self._cache = None

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'{}' object cannot be interpreted as an integer".format(type(size).__name__))
        elif size < 0:
            raise ValueError('Negative size value {}'.format(size))
        del self._buf[size:]
        self._cache = None
        return size


class StringIO(_Memory, TextIOBase):
    """A text stream kept in memory."""
    __module__ = '_io'
    _zero = '\0'
    _closed_msg = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: {!r}'.format(newline))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._cache = None
        self._buf = []
        self._pos = 0
        if initial_value:
            self._put(self._encode(initial_value))
            self._pos = 0

    def _encode(self, s):
        nl = self._newline
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        return list(s)

    def _wrap(self, chunk):
        return ''.join(chunk)

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got ' + repr(type(s).__name__))
        self._put(self._encode(s))
        return len(s)

    def getvalue(self):
        self._check_open()
        return self._text()

    def _text(self):
        if self._cache is None:
            self._cache = ''.join(self._buf)
        return self._cache

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        text = self._text()
        n = len(text)
        start = min(self._pos, n)
        limit = n if size < 0 else min(n, start + size)
        nl = self._newline
        if nl == '':
            lf = text.find('\n', start, limit)
            cr = text.find('\r', start, limit)
            if cr >= 0 and (lf < 0 or cr < lf):
                end = cr + 2 if text.startswith('\n', cr + 1) and cr + 1 < limit else cr + 1
            else:
                end = limit if lf < 0 else lf + 1
        else:
            mark = '\n' if nl is None else nl
            hit = text.find(mark, start, limit)
            end = limit if hit < 0 else hit + len(mark)
        self._pos = max(self._pos, end)
        return text[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'{}' object cannot be interpreted as an integer".format(type(pos).__name__))
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position {}'.format(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence ({}, should be 0, 1 or 2)'.format(whence))
        return self._pos

    def detach(self):
        raise UnsupportedOperation('detach')


class BytesIO(_Memory, BufferedIOBase):
    """A binary stream kept in memory."""
    __module__ = '_io'
    _zero = 0
    _closed_msg = 'I/O operation on closed file.'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._cache = None
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes:
            self._buf[:] = memoryview(initial_bytes).tobytes() if not isinstance(initial_bytes, (bytes, bytearray)) else initial_bytes

    def _wrap(self, chunk):
        return bytes(chunk)

    def _bytes_like(self, b):
        if isinstance(b, (bytes, bytearray)):
            return b
        if isinstance(b, memoryview):
            return b.tobytes()
        raise TypeError("a bytes-like object is required, not '{}'".format(type(b).__name__))

    def write(self, b):
        self._check_open()
        data = self._bytes_like(b)
        self._put(data)
        return len(data)

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, target):
        self._check_open()
        data = self.read(len(target))
        target[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        n = len(self._buf)
        start = min(self._pos, n)
        stop = self._buf.find(b'\n', start)
        stop = n if stop < 0 else stop + 1
        if size >= 0:
            stop = min(stop, start + size)
        self._pos = max(self._pos, stop)
        return bytes(self._buf[start:stop])

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'{}' object cannot be interpreted as an integer".format(type(pos).__name__))
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value {}'.format(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence ({}, should be 0, 1 or 2)'.format(whence))
        return self._pos
