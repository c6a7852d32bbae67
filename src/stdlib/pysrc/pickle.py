# pickle for Pyrite, written from the documented pickle protocols 0-5
# (the opcode set described by pickletools) and from observing the bytes
# CPython 3.11's C pickler produces: the same opcode choices, memo
# numbering, batching of container items (1000 at a time), framing for
# protocol 4+ (frames of about 64 KiB, none for tiny payloads, big
# strings and bytes written outside frames) and name mapping for
# protocols 0-2.  Reduction of instances goes through copyreg._reduce,
# shared with copy.

import sys
import io
import copyreg
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL",
           "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# Opcodes (one byte each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCH = 1000
_BYTE = [bytes([i]) for i in range(256)]
_FRAME_TARGET = 64 * 1024
_FRAME_MIN = 4
_TUPLE_OPS = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)

# Protocols 0-2 name things as Python 2 did (CPython's _compat_pickle).
_PY2_MODULES = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
    'reprlib': 'repr', 'tkinter': 'Tkinter', '_pickle': 'pickle',
    'pickle': 'pickle', 'collections': 'collections', 'io': 'io',
    '_thread': 'thread', '_dummy_thread': 'dummy_thread', 'html.entities': 'htmlentitydefs',
    'http.client': 'httplib', 'http.cookiejar': 'cookielib', 'http.cookies': 'Cookie',
    'urllib.parse': 'urlparse', 'dbm.gnu': 'gdbm', 'dbm.dumb': 'dumbdbm',
    'subprocess': 'commands', '_functools': '_functools', 'itertools': 'itertools',
}
_PY2_NAMES = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
}
_PY2_EXCEPTIONS = (
    'ArithmeticError AssertionError AttributeError BaseException '
    'BufferError BytesWarning DeprecationWarning EOFError EnvironmentError '
    'Exception FloatingPointError FutureWarning GeneratorExit IOError '
    'ImportError ImportWarning IndentationError IndexError KeyError '
    'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError '
    'OSError OverflowError PendingDeprecationWarning ReferenceError '
    'RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning '
    'SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
    'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning '
    'UserWarning ValueError Warning ZeroDivisionError').split()
for _n in _PY2_EXCEPTIONS:
    _PY2_NAMES[('builtins', _n)] = ('exceptions', _n)
for _n in ('BlockingIOError ChildProcessError ConnectionError ConnectionAbortedError '
           'ConnectionRefusedError ConnectionResetError BrokenPipeError '
           'FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
           'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split():
    _PY2_NAMES[('builtins', _n)] = ('exceptions', 'OSError')
_PY2_NAMES[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_PY3_NAMES = {v: k for k, v in _PY2_NAMES.items()}
for _n in ('EnvironmentError', 'IOError'):
    _PY3_NAMES[('exceptions', _n)] = ('builtins', 'OSError')
_PY3_NAMES[('exceptions', 'OSError')] = ('builtins', 'OSError')
_PY3_NAMES[('exceptions', 'ImportError')] = ('builtins', 'ImportError')
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY3_MODULES['__builtin__'] = 'builtins'
_PY3_MODULES['exceptions'] = 'builtins'
del _n


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if isinstance(module, str):
        return module
    if obj is type:
        return 'builtins'
    names = ['builtins'] + [n for n in sys.modules if n != 'builtins']
    for module_name in names:
        module = sys.modules.get(module_name)
        if module_name == '__main__' or module is None:
            continue
        try:
            if _lookup(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _lookup(obj, name):
    # getattr along a dotted qualname; returns (found, parent).
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _long_bytes(n):
    # Shortest little-endian two's complement form; empty for 0.
    if n == 0:
        return b''
    size = (n.bit_length() + 8) // 8
    data = n.to_bytes(size, 'little', signed=True)
    if n < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    # Protocol 0's UNICODE text: latin-1 bytes, with \uXXXX/\UXXXXXXXX
    # for everything else and for the characters that would break a line.
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xffff:
            out.append('\\U%08x' % c)
        elif c > 0xff or ch in '\\\n\r\x00\x1a':
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


class _Out:
    # The pickle being written, with protocol 4's framing.
    def __init__(self):
        self.done = []
        self.frame = None

    def start_framing(self):
        self.frame = []
        self.size = 0

    def write(self, data):
        if self.frame is None:
            self.done.append(data)
        else:
            self.frame.append(data)
            self.size += len(data)

    def boundary(self):
        if self.frame is not None and self.size >= _FRAME_TARGET:
            self.commit()

    def commit(self):
        frame = self.frame
        if frame is None:
            return
        if self.size >= _FRAME_MIN:
            self.done.append(FRAME + _pack('<Q', self.size))
        self.done.extend(frame)
        self.frame = []
        self.size = 0

    def write_large(self, header, payload):
        if self.frame is not None and len(payload) >= _FRAME_TARGET:
            self.commit()
            self.done.append(header)
            self.done.append(payload)
        else:
            self.write(header)
            self.write(payload)

    def end(self):
        self.commit()
        self.frame = None
        data = b''.join(self.done)
        self.done = []
        return data


class Pickler:
    """Writes pickles of objects to a binary file."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._buffer_callback = buffer_callback

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        out = self._out = _Out()
        if self.proto >= 2:
            out.write(PROTO + _BYTE[self.proto])
        if self.proto >= 4:
            out.start_framing()
        self.save(obj)
        out.write(STOP)
        self._file_write(out.end())

    def persistent_id(self, obj):
        return None

    # -- memo

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[id(obj)] = index, obj
        if self.proto >= 4:
            self._out.write(MEMOIZE)
        elif not self.bin:
            self._out.write(b'p%d\n' % index)
        elif index < 256:
            self._out.write(BINPUT + _BYTE[index])
        else:
            self._out.write(LONG_BINPUT + _pack('<I', index))

    def _get(self, index):
        if not self.bin:
            return b'g%d\n' % index
        if index < 256:
            return BINGET + _BYTE[index]
        return LONG_BINGET + _pack('<I', index)

    # -- the dispatcher

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        cls = type(obj)
        saver = _SAVERS.get(cls)
        if saver is not None and cls in _ATOMIC:
            saver(self, obj)
            self._out.boundary()
            return
        found = self.memo.get(id(obj))
        if found is not None:
            self._out.write(self._get(found[0]))
            self._out.boundary()
            return
        if saver is not None:
            saver(self, obj)
            self._out.boundary()
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', copyreg.dispatch_table)
            reducer = table.get(cls)
            if reducer is not None:
                rv = reducer(obj)
            elif isinstance(obj, type):
                self.save_global(obj)
                self._out.boundary()
                return
            else:
                try:
                    rv = copyreg._reduce(obj, self.proto)
                except TypeError as e:
                    if str(e).startswith('cannot pickle'):
                        raise TypeError("cannot pickle '%s' object" % _type_name(cls)) from None
                    raise
        if isinstance(rv, str):
            self.save_global(obj, rv)
            self._out.boundary()
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)
        self._out.boundary()

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
        else:
            try:
                self._out.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        write = self._out.write
        fname = getattr(func, '__name__', '')
        if self.proto >= 2 and fname == '__newobj_ex__':
            cls, cargs, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(cargs)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *cargs, **kwargs))
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and fname == '__newobj__':
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            found = self.memo.get(id(obj))
            if found is not None:
                write(POP + self._get(found[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- containers

    def _batch_appends(self, items):
        write = self._out.write
        if not self.bin:
            for x in items:
                self.save(x)
                write(APPEND)
            return
        items = iter(items)
        while True:
            chunk = []
            for x in items:
                chunk.append(x)
                if len(chunk) == _BATCH:
                    break
            if len(chunk) > 1:
                write(MARK)
                for x in chunk:
                    self.save(x)
                write(APPENDS)
            elif chunk:
                self.save(chunk[0])
                write(APPEND)
            if len(chunk) < _BATCH:
                return

    def _batch_setitems(self, items):
        write = self._out.write
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                write(SETITEM)
            return
        items = iter(items)
        while True:
            chunk = []
            for kv in items:
                chunk.append(kv)
                if len(chunk) == _BATCH:
                    break
            if len(chunk) > 1:
                write(MARK)
                for k, v in chunk:
                    self.save(k)
                    self.save(v)
                write(SETITEMS)
            elif chunk:
                k, v = chunk[0]
                self.save(k)
                self.save(v)
                write(SETITEM)
            if len(chunk) < _BATCH:
                return

    def _save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if obj:
            self._batch_exact(obj, APPEND, APPENDS, False)

    def _batch_exact(self, obj, one, many, pairs):
        # Lists and dicts: one item alone uses the single-item opcode,
        # otherwise MARK ... per batch of 1000, even for a last batch of one.
        write = self._out.write
        save = self.save
        if not self.bin:
            for x in obj:
                if pairs:
                    save(x)
                    save(obj[x])
                else:
                    save(x)
                write(one)
            return
        if pairs:
            items = list(obj.items())
        else:
            items = list(obj)
        if len(items) == 1:
            if pairs:
                save(items[0][0])
                save(items[0][1])
            else:
                save(items[0])
            write(one)
            return
        for start in range(0, len(items), _BATCH):
            write(MARK)
            for x in items[start:start + _BATCH]:
                if pairs:
                    save(x[0])
                    save(x[1])
                else:
                    save(x)
            write(many)

    def _save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if obj:
            self._batch_exact(obj, SETITEM, SETITEMS, True)

    def _save_tuple(self, obj):
        write = self._out.write
        size = len(obj)
        if not size:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if size <= 3 and self.proto >= 2:
            for x in obj:
                save(x)
            found = memo.get(id(obj))
            if found is not None:
                write(POP * size + self._get(found[0]))
            else:
                write(_TUPLE_OPS[size])
                self.memoize(obj)
            return
        write(MARK)
        for x in obj:
            save(x)
        found = memo.get(id(obj))
        if found is not None:
            if self.bin:
                write(POP_MARK + self._get(found[0]))
            else:
                write(POP * (size + 1) + self._get(found[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            write(MARK)
            for x in items[start:start + _BATCH]:
                self.save(x)
            write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self._out.write
        write(MARK)
        for x in obj:
            self.save(x)
        found = self.memo.get(id(obj))
        if found is not None:
            write(POP_MARK + self._get(found[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- scalars

    def _save_none(self, obj):
        self._out.write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def _save_int(self, obj):
        write = self._out.write
        if self.bin and -0x80000000 <= obj <= 0x7fffffff:
            if 0 <= obj < 256:
                write(BININT1 + _BYTE[obj])
            elif 0 <= obj < 65536:
                write(BININT2 + _pack('<H', obj))
            else:
                write(BININT + _pack('<i', obj))
        elif self.proto >= 2:
            data = _long_bytes(obj)
            if len(data) < 256:
                write(LONG1 + _BYTE[len(data)] + data)
            else:
                write(LONG4 + _pack('<i', len(data)) + data)
        elif -0x80000000 <= obj <= 0x7fffffff:
            write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + _pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        size = len(obj)
        if size < 256:
            self._out.write(SHORT_BINBYTES + _BYTE[size] + obj)
        elif size > 0xffffffff and self.proto >= 4:
            self._out.write_large(BINBYTES8 + _pack('<Q', size), obj)
        else:
            self._out.write_large(BINBYTES + _pack('<I', size), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(*copyreg._builtin_reduce(obj, bytearray, self.proto), obj=obj)
            return
        self._out.write_large(BYTEARRAY8 + _pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        write = self._out.write
        if not self.bin:
            write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        else:
            data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size < 256 and self.proto >= 4:
                write(SHORT_BINUNICODE + _BYTE[size] + data)
            elif size > 0xffffffff and self.proto >= 4:
                self._out.write_large(BINUNICODE8 + _pack('<Q', size), data)
            else:
                self._out.write_large(BINUNICODE + _pack('<I', size), data)
        self.memoize(obj)

    # -- globals

    def _save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self._out.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            found, parent = _lookup(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + _BYTE[code])
                elif code <= 0xffff:
                    write(EXT2 + _pack('<H', code))
                else:
                    write(EXT4 + _pack('<i', code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _PY2_NAMES:
                    module_name, name = _PY2_NAMES[(module_name, name)]
                elif module_name in _PY2_MODULES:
                    module_name = _PY2_MODULES[module_name]
            try:
                write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self.memoize(obj)


def _type_name(cls):
    module = getattr(cls, '__module__', 'builtins')
    if module in ('builtins', None):
        return cls.__qualname__
    return '%s.%s' % (module, cls.__qualname__)


def _function_types():
    def plain():
        pass
    return {type(plain), type(len)}


_SAVERS = {
    type(None): Pickler._save_none,
    bool: Pickler._save_bool,
    int: Pickler._save_int,
    float: Pickler._save_float,
    str: Pickler._save_str,
    bytes: Pickler._save_bytes,
    bytearray: Pickler._save_bytearray,
    list: Pickler._save_list,
    dict: Pickler._save_dict,
    tuple: Pickler._save_tuple,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    type: Pickler._save_type,
}
for _t in _function_types():
    _SAVERS[_t] = Pickler.save_global
_ATOMIC = {type(None), bool, int, float}
del _t


# ---------------------------------------------------------------- loading

class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads pickles from a binary file."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file = file
        self._frame = None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- reading
    # Everything is read through file-like objects (io.BytesIO for loads
    # and for the body of a frame): reads come from the current frame
    # while it lasts, then from the file.

    def read(self, n):
        frame = self._frame
        if frame is not None:
            got = frame.read(n)
            if len(got) == n:
                return got
            if got:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        got = self._file.read(n)
        if len(got) < n:
            raise UnpicklingError("pickle data was truncated")
        return got

    def readline(self):
        frame = self._frame
        if frame is not None:
            line = frame.readline()
            if line.endswith(b'\n'):
                return line
            if line:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        line = self._file.readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def _opcode(self):
        frame = self._frame
        if frame is not None:
            got = frame.read(1)
            if got:
                return got[0]
            self._frame = None
        got = self._file.read(1)
        if not got:
            raise EOFError("Ran out of input")
        return got[0]

    def load(self):
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        table = _LOADERS
        opcode = self._opcode
        try:
            while True:
                key = opcode()
                loader = table.get(key)
                if loader is None:
                    raise UnpicklingError("invalid load key, '%s'." % _key_text(key))
                loader(self)
        except _Stop as stop:
            return stop.value

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            elif module in _PY3_MODULES:
                module = _PY3_MODULES[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # -- the stack

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    # -- opcodes

    def _load_proto(self):
        proto = self.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_frame(self):
        size = _unpack('<Q', self.read(8))[0]
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        body = self._file.read(size)
        if len(body) < size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(body)

    def _load_stop(self):
        raise _Stop(self._pop())

    def _load_persid(self):
        try:
            pid = self.readline()[:-1].decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))

    def _load_binpersid(self):
        self.append(self.persistent_load(self._pop()))

    def _load_none(self):
        self.append(None)

    def _load_false(self):
        self.append(False)

    def _load_true(self):
        self.append(True)

    def _load_int(self):
        line = self.readline()
        if line == b'00\n':
            value = False
        elif line == b'01\n':
            value = True
        else:
            try:
                value = int(line)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(value)

    def _load_binint(self):
        self.append(_unpack('<i', self.read(4))[0])

    def _load_binint1(self):
        self.append(self.read(1)[0])

    def _load_binint2(self):
        self.append(_unpack('<H', self.read(2))[0])

    def _load_long(self):
        text = self.readline()[:-1]
        if text.endswith(b'L'):
            text = text[:-1]
        self.append(int(text))

    def _load_long1(self):
        size = self.read(1)[0]
        self.append(int.from_bytes(self.read(size), 'little', signed=True))

    def _load_long4(self):
        size = _unpack('<i', self.read(4))[0]
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(int.from_bytes(self.read(size), 'little', signed=True))

    def _load_float(self):
        self.append(float(self.readline()[:-1]))

    def _load_binfloat(self):
        self.append(_unpack('>d', self.read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _load_string(self):
        text = self.readline()[:-1]
        if len(text) >= 2 and text[0] == text[-1] and text[:1] in (b'"', b"'"):
            text = text[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(text)))

    def _load_binstring(self):
        size = _unpack('<i', self.read(4))[0]
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(size)))

    def _load_short_binstring(self):
        self.append(self._decode_string(self.read(self.read(1)[0])))

    def _load_unicode(self):
        self.append(_raw_unicode_unescape(self.readline()[:-1]))

    def _load_binunicode(self):
        size = _unpack('<I', self.read(4))[0]
        self.append(str(self.read(size), 'utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        size = _unpack('<Q', self.read(8))[0]
        self.append(str(self.read(size), 'utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        self.append(str(self.read(self.read(1)[0]), 'utf-8', 'surrogatepass'))

    def _load_binbytes(self):
        self.append(bytes(self.read(_unpack('<I', self.read(4))[0])))

    def _load_binbytes8(self):
        self.append(bytes(self.read(_unpack('<Q', self.read(8))[0])))

    def _load_short_binbytes(self):
        self.append(bytes(self.read(self.read(1)[0])))

    def _load_bytearray8(self):
        self.append(bytearray(self.read(_unpack('<Q', self.read(8))[0])))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self.append(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")

    def _load_readonly_buffer(self):
        pass

    def _load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def _load_empty_tuple(self):
        self.append(())

    def _load_tuple1(self):
        self.stack[-1] = (self._top(),)

    def _load_tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        stack[-2:] = [(stack[-2], stack[-1])]

    def _load_tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def _load_empty_list(self):
        self.append([])

    def _load_empty_dict(self):
        self.append({})

    def _load_empty_set(self):
        self.append(set())

    def _load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def _load_list(self):
        items = self.pop_mark()
        self.append(items)

    def _load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, err)) from None
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _load_inst(self):
        module = self.readline()[:-1].decode('ascii')
        name = self.readline()[:-1].decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def _load_obj(self):
        args = self.pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        self._instantiate(args[0], args[1:])

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self.readline()[:-1].decode('utf-8')
        name = self.readline()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _load_ext(self, code):
        cached = copyreg._extension_cache.get(code, self)
        if cached is not self:
            self.append(cached)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        value = self.find_class(*key)
        copyreg._extension_cache[code] = value
        self.append(value)

    def _load_ext1(self):
        self._load_ext(self.read(1)[0])

    def _load_ext2(self):
        self._load_ext(_unpack('<H', self.read(2))[0])

    def _load_ext4(self):
        self._load_ext(_unpack('<i', self.read(4))[0])

    def _load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def _load_pop(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self.pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _load_pop_mark(self):
        self.pop_mark()

    def _load_dup(self):
        self.append(self._top())

    def _memo_get(self, index):
        try:
            self.append(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None

    def _load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def _load_binget(self):
        self._memo_get(self.read(1)[0])

    def _load_long_binget(self):
        self._memo_get(_unpack('<I', self.read(4))[0])

    def _load_put(self):
        index = int(self.readline()[:-1])
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _load_binput(self):
        self.memo[self.read(1)[0]] = self._top()

    def _load_long_binput(self):
        self.memo[_unpack('<I', self.read(4))[0]] = self._top()

    def _load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _load_append(self):
        value = self._pop()
        target = self._top()
        if type(target) is list:
            target.append(value)
        else:
            target.append(value)

    def _load_appends(self):
        items = self.pop_mark()
        target = self._top()
        if type(target) is list:
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for x in items:
                target.append(x)

    def _load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _load_setitems(self):
        items = self.pop_mark()
        target = self._top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self.pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for x in items:
                target.add(x)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            attrs = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                attrs[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append


def _key_text(code):
    ch = chr(code)
    if code < 0x80 and ch.isprintable():
        return ch
    return '\\x%02x' % code


def _escape_decode(text):
    # The body of a protocol-0 STRING: Python 2 string escapes.
    out = bytearray()
    i = 0
    n = len(text)
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('a'): 7, ord('b'): 8, ord('f'): 12, ord('v'): 11}
    while i < n:
        c = text[i]
        if c != 92 or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord('x'):
            out.append(int(text[i + 2:i + 4], 16))
            i += 4
        elif 48 <= e <= 55:
            j = i + 1
            while j < n and j < i + 4 and 48 <= text[j] <= 55:
                j += 1
            out.append(int(text[i + 1:j], 8) & 0xff)
            i = j
        elif e == 10:
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _raw_unicode_unescape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(c in '0123456789abcdefABCDEF' for c in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


_LOADERS = {
    MARK[0]: Unpickler._load_mark, STOP[0]: Unpickler._load_stop,
    POP[0]: Unpickler._load_pop, POP_MARK[0]: Unpickler._load_pop_mark,
    DUP[0]: Unpickler._load_dup, FLOAT[0]: Unpickler._load_float,
    INT[0]: Unpickler._load_int, BININT[0]: Unpickler._load_binint,
    BININT1[0]: Unpickler._load_binint1, LONG[0]: Unpickler._load_long,
    BININT2[0]: Unpickler._load_binint2, NONE[0]: Unpickler._load_none,
    PERSID[0]: Unpickler._load_persid, BINPERSID[0]: Unpickler._load_binpersid,
    REDUCE[0]: Unpickler._load_reduce, STRING[0]: Unpickler._load_string,
    BINSTRING[0]: Unpickler._load_binstring, SHORT_BINSTRING[0]: Unpickler._load_short_binstring,
    UNICODE[0]: Unpickler._load_unicode, BINUNICODE[0]: Unpickler._load_binunicode,
    APPEND[0]: Unpickler._load_append, BUILD[0]: Unpickler._load_build,
    GLOBAL[0]: Unpickler._load_global, DICT[0]: Unpickler._load_dict,
    EMPTY_DICT[0]: Unpickler._load_empty_dict, APPENDS[0]: Unpickler._load_appends,
    GET[0]: Unpickler._load_get, BINGET[0]: Unpickler._load_binget,
    INST[0]: Unpickler._load_inst, LONG_BINGET[0]: Unpickler._load_long_binget,
    LIST[0]: Unpickler._load_list, EMPTY_LIST[0]: Unpickler._load_empty_list,
    OBJ[0]: Unpickler._load_obj, PUT[0]: Unpickler._load_put,
    BINPUT[0]: Unpickler._load_binput, LONG_BINPUT[0]: Unpickler._load_long_binput,
    SETITEM[0]: Unpickler._load_setitem, TUPLE[0]: Unpickler._load_tuple,
    EMPTY_TUPLE[0]: Unpickler._load_empty_tuple, SETITEMS[0]: Unpickler._load_setitems,
    BINFLOAT[0]: Unpickler._load_binfloat, PROTO[0]: Unpickler._load_proto,
    NEWOBJ[0]: Unpickler._load_newobj, EXT1[0]: Unpickler._load_ext1,
    EXT2[0]: Unpickler._load_ext2, EXT4[0]: Unpickler._load_ext4,
    TUPLE1[0]: Unpickler._load_tuple1, TUPLE2[0]: Unpickler._load_tuple2,
    TUPLE3[0]: Unpickler._load_tuple3, NEWTRUE[0]: Unpickler._load_true,
    NEWFALSE[0]: Unpickler._load_false, LONG1[0]: Unpickler._load_long1,
    LONG4[0]: Unpickler._load_long4, BINBYTES[0]: Unpickler._load_binbytes,
    SHORT_BINBYTES[0]: Unpickler._load_short_binbytes,
    SHORT_BINUNICODE[0]: Unpickler._load_short_binunicode,
    BINUNICODE8[0]: Unpickler._load_binunicode8, BINBYTES8[0]: Unpickler._load_binbytes8,
    EMPTY_SET[0]: Unpickler._load_empty_set, ADDITEMS[0]: Unpickler._load_additems,
    FROZENSET[0]: Unpickler._load_frozenset, NEWOBJ_EX[0]: Unpickler._load_newobj_ex,
    STACK_GLOBAL[0]: Unpickler._load_stack_global, MEMOIZE[0]: Unpickler._load_memoize,
    FRAME[0]: Unpickler._load_frame, BYTEARRAY8[0]: Unpickler._load_bytearray8,
    NEXT_BUFFER[0]: Unpickler._load_next_buffer,
    READONLY_BUFFER[0]: Unpickler._load_readonly_buffer,
}


# ---------------------------------------------------------------- shorthands

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Sink()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.data


class _Sink:
    data = b''

    def write(self, data):
        self.data = data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(bytes(data)), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
