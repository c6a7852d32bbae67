"""In-memory streams (StringIO, BytesIO), TextIOWrapper over a binary
stream, and the names of the I/O layer.

`open` and the file type returned by it are Pyrite's native ones.
"""

import sys

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
_NativeFile = type(sys.stdout)


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


class _IOMeta(type):
    """Makes the native file type (text files, sys.stdout) count as an
    instance of IOBase and TextIOBase."""

    def __instancecheck__(cls, obj):
        if type(obj) is _NativeFile and cls.__name__ in ('IOBase', 'TextIOBase', 'TextIOWrapper'):
            return True
        return issubclass(type(obj), cls)


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
            if 0 < hint <= total:
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


# ---------------------------------------------------------------- TextIOWrapper

_NEWLINES = (None, '', '\n', '\r', '\r\n')
_LINE_RE = None
_CHUNK = 8192


class TextIOWrapper(TextIOBase):
    """A text stream over a binary one (BytesIO, a binary file, ...):
    decodes what it reads and encodes what it writes, with newline handling
    as selected by `newline`. Writes are held until flush() or until about
    8 KiB are pending (at once with write_through=True)."""
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError('illegal newline value: ' + newline)
        if encoding is None:
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        ''.encode(encoding)
        global _LINE_RE
        if _LINE_RE is None:
            import re
            _LINE_RE = re.compile('[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._reset_read()
        self._out = []
        self._out_size = 0
        self._detached = False

    # -- plumbing

    @property
    def buffer(self):
        return None if self._detached else self._buffer

    def _attached(self):
        self._check_attached()
        return self._buffer

    def _check_attached(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError('I/O operation on closed file.')

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def name(self):
        return self._attached().name

    @property
    def closed(self):
        return self._attached().closed

    @property
    def newlines(self):
        return None

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def fileno(self):
        return self._attached().fileno()

    def isatty(self):
        return self._attached().isatty()

    def __repr__(self):
        if self._detached:
            return '<_io.TextIOWrapper>'  # as CPython prints a detached wrapper
        try:
            name = self._buffer.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding='{}'>".format(self._encoding)
        return "<_io.TextIOWrapper name={!r} encoding='{}'>".format(name, self._encoding)

    # -- writing

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is not None and nl not in ('', '\n') and '\n' in s:
            s = s.replace('\n', nl)
        if self._li < len(self._lines) or self._cr or self._raw_tail:
            # Unread text was decoded ahead: drop it so the write lands at
            # the logical position.
            self._rewind_unread()
        data = s.encode(self._encoding, self._errors)
        self._out.append(data)
        self._out_size += len(data)
        if (self._write_through or self._out_size > _CHUNK
                or (self._line_buffering and ('\n' in s or '\r' in s))):
            self._push()
        if self._line_buffering and ('\n' in s or '\r' in s):
            self._buffer.flush()
        return n

    def _push(self):
        if self._out:
            data = b''.join(self._out)
            self._out = []
            self._out_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._push()
        self._buffer.flush()

    def close(self):
        if self._detached or self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        self._detached = True
        return self._buffer

    # -- reading
    #
    # Decoded text waits in self._lines (from index self._li): raw lines,
    # each ending with its terminator except possibly the last one. A '\r'
    # ending a chunk is held back (self._cr) until the next chunk shows
    # whether '\n' follows. Translation to '\n' (newline=None) happens as
    # text is handed out, so the queue always matches the bytes read.

    def _reset_read(self):
        self._lines = []
        self._li = 0
        self._cr = ''
        self._raw_tail = b''
        self._eof = False

    def _unread_text(self):
        return ''.join(self._lines[self._li:]) + self._cr

    def _rewind_unread(self):
        unread = self._unread_text().encode(self._encoding, self._errors) + self._raw_tail
        if unread:
            self._buffer.seek(-len(unread), 1)
        self._reset_read()

    def _split(self, text):
        nl = self._newline
        if nl is None or nl == '':
            return _LINE_RE.findall(text)
        parts = text.split(nl)
        out = [x + nl for x in parts[:-1]]
        if parts[-1]:
            out.append(parts[-1])
        return out

    def _complete(self, line):
        nl = self._newline
        if nl is None or nl == '':
            return line.endswith('\n') or line.endswith('\r')
        return line.endswith(nl)

    def _more(self):
        """Decodes another chunk into the queue; False at end of data."""
        if self._eof:
            return False
        buf = self._buffer
        chunk = buf.read1(_CHUNK) if hasattr(buf, 'read1') else buf.read(_CHUNK)
        if not chunk:
            self._eof = True
            text = self._cr
            self._cr = ''
            if self._raw_tail:
                tail = self._raw_tail
                self._raw_tail = b''
                text += tail.decode(self._encoding, self._errors)
            if not text:
                return False
            self._queue(text)
            return True
        data = self._raw_tail + chunk
        try:
            text = data.decode(self._encoding, self._errors)
            self._raw_tail = b''
        except UnicodeDecodeError as e:
            if e.end < len(data) or e.start < len(data) - 8:
                raise
            # An incomplete character at the end: keep its bytes for later.
            text = data[:e.start].decode(self._encoding, self._errors)
            self._raw_tail = data[e.start:]
        text = self._cr + text
        self._cr = ''
        if text.endswith('\r'):
            self._cr = '\r'
            text = text[:-1]
        self._queue(text)
        return True

    def _queue(self, text):
        lines = self._lines
        if self._li:
            del lines[:self._li]
            self._li = 0
        if lines and not self._complete(lines[-1]):
            text = lines.pop() + text
        lines.extend(self._split(text))

    def _cooked(self, line):
        if self._newline is None and line.endswith('\r'):
            return line[:-1] + '\n'
        if self._newline is None and line.endswith('\r\n'):
            return line[:-2] + '\n'
        return line

    def _next_raw(self):
        """The next raw line (complete, or the last one at end of data),
        removed from the queue; '' at end of data."""
        while True:
            n = len(self._lines) - self._li
            if n > 1 or (n == 1 and self._complete(self._lines[self._li])):
                break
            if not self._more():
                if self._li == len(self._lines):
                    return ''
                break
        line = self._lines[self._li]
        self._li += 1
        return line

    def _put_back(self, raw):
        if raw:
            self._li -= 1
            lines = self._lines
            if not self._complete(raw) and self._li + 1 < len(lines):
                # The cut split a '\r\n' terminator: what is left joins
                # the next line.
                raw += lines.pop(self._li + 1)
            lines[self._li] = raw

    def read(self, size=-1):
        self._check_open()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '{}'".format(type(size).__name__))
        self._push()
        if size < 0:
            while self._more():
                pass
            rest = self._lines[self._li:]
            self._lines = []
            self._li = 0
            if self._newline is None:
                return ''.join(rest).replace('\r\n', '\n').replace('\r', '\n')
            return ''.join(rest)
        out = []
        want = size
        while want > 0:
            raw = self._next_raw()
            if not raw:
                break
            line = self._cooked(raw)
            if len(line) > want:
                out.append(line[:want])
                self._put_back(raw[want:])
                break
            out.append(line)
            want -= len(line)
        return ''.join(out)

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        self._push()
        raw = self._next_raw()
        line = self._cooked(raw)
        if 0 <= size < len(line):
            self._put_back(raw[size:])
            return line[:size]
        return line

    def tell(self):
        self._check_open()
        self._push()
        self._buffer.flush()
        pos = self._buffer.tell()
        unread = self._unread_text().encode(self._encoding, self._errors) + self._raw_tail
        return pos - len(unread)

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        if whence == 1:
            return self.tell()
        self._reset_read()
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)
