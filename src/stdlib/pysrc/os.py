"""Operating-system interface for Pyrite (POSIX only).

A Python layer over the native `posix` module: path-like handling, the
environment mapping, stat results, directory walking and creation helpers.
"""

import sys
import posix as _px
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
devnull = '/dev/null'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
supports_bytes_environ = True

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000

F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4

error = OSError


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(type(obj), '__fspath__')

    def __subclasscheck__(cls, sub):
        return hasattr(sub, '__fspath__')


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects implementing `__fspath__`."""
    __module__ = 'os'
    __class_getitem__ = classmethod(type(list[int]))

    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    """Return the file-system representation of `path` (str or bytes)."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    hook = getattr(kind, '__fspath__', None)
    if hook is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__)
    result = hook(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        kind.__name__, type(result).__name__))


def fsencode(filename):
    v = fspath(filename)
    return v.encode('utf-8', 'surrogateescape') if isinstance(v, str) else v


def fsdecode(filename):
    v = fspath(filename)
    return v.decode('utf-8', 'surrogateescape') if isinstance(v, bytes) else v


def _p(value):
    """A path argument as str (bytes are decoded)."""
    v = fspath(value)
    if isinstance(v, bytes):
        return v.decode('utf-8', 'surrogateescape')
    return v


_FD_OK = {'stat': ', os.PathLike or integer', 'chdir': ', os.PathLike or integer',
          'chmod': ', os.PathLike or integer', 'utime': ', os.PathLike or integer',
          'listdir': ', os.PathLike, integer or None', 'scandir': ', os.PathLike, integer or None'}


def _check_path(value, func, arg='path'):
    """`value` as a str path; the TypeError names the function and argument."""
    if func in _FD_OK and isinstance(value, int) and not isinstance(value, bool):
        raise NotImplementedError(func + "() on a file descriptor is not supported")
    try:
        return _p(value)
    except TypeError:
        kinds = _FD_OK.get(func, ' or os.PathLike')
        raise TypeError("{}: {} should be string, bytes{}, not {}".format(
            func, arg, kinds, type(value).__name__)) from None


# ----- the environment -----

class _Environ:
    """The process environment: a mutable mapping of str to str whose
    changes are passed on to the OS (putenv/unsetenv)."""

    def __init__(self, data):
        self._data = data

    @staticmethod
    def _str(v):
        if not isinstance(v, str):
            raise TypeError("str expected, not " + type(v).__name__)
        return v

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._str(key)
        value = self._str(value)
        _px.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        k = self._str(key)
        if k not in self._data:
            raise KeyError(key)
        _px.unsetenv(k)
        del self._data[k]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        inner = ', '.join('{!r}: {!r}'.format(k, v) for k, v in self._data.items())
        return 'environ({' + inner + '})'

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): environment is empty')

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    def update(self, other=(), **kw):
        pairs = other.items() if hasattr(other, 'items') else other
        for k, v in pairs:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)


environ = _Environ(_px.environ())


def getenv(key, default=None):
    """The environment variable `key`, or `default` when it is unset."""
    return environ.get(key, default)


def putenv(key, value):
    _px.putenv(key, value)


def unsetenv(key):
    _px.unsetenv(key)


# ----- process and system -----

def getpid():
    return _px.getpid()


def cpu_count():
    return _px.cpu_count()


class uname_result(tuple):
    """Result of `uname`: the five strings with their field names."""
    __module__ = 'posix'
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')
    n_sequence_fields = n_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, fields):
        fields = tuple(fields)
        if len(fields) != 5:
            raise TypeError('os.uname_result() takes a 5-sequence (%d-sequence given)' % len(fields))
        return super().__new__(cls, fields)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        body = ', '.join('{}={!r}'.format(n, v) for n, v in zip(self._names, self))
        return 'posix.uname_result(' + body + ')'

    def __reduce__(self):
        return (uname_result, (tuple(self),))


def uname():
    """Identifies the operating system: (sysname, nodename, release, version, machine)."""
    return uname_result(_px.uname())


def urandom(size):
    return _px.urandom(size)


def strerror(code):
    return _px.strerror(code)


def getcwd():
    return _px.getcwd()


def getcwdb():
    return _px.getcwd().encode('utf-8', 'surrogateescape')


def chdir(path):
    _px.chdir(_check_path(path, 'chdir'))


# ----- stat -----

class stat_result(tuple):
    """Result of `stat`: a 10-tuple (whole-second times) with named fields
    and float/nanosecond time attributes."""
    __module__ = 'os'
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        ns = raw[7:10]
        fields = tuple(raw[:7]) + tuple(n // 1000000000 for n in ns)
        self = super().__new__(cls, fields)
        self._ns = tuple(ns)
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        body = ', '.join('{}={!r}'.format(n, v) for n, v in zip(self._names, self))
        return 'os.stat_result(' + body + ')'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Information about `path` (following symlinks unless told not to)."""
    return stat_result(_px.stat(_check_path(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_px.stat(_check_path(path, 'lstat'), False))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _px.chmod(_check_path(path, 'chmod'), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set access and modification times (seconds in `times` or
    nanoseconds in `ns`; now when both are omitted)."""
    p = _check_path(path, 'utime')
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        a, m = (int(t * 1000000000) if isinstance(t, float) else t * 1000000000 for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        a, m = ns
    else:
        import time
        a = m = time.time_ns()
    _px.utime(p, a, m)


# ----- directories and files -----

def listdir(path='.'):
    """The names of the entries in directory `path` (arbitrary order)."""
    if isinstance(path, bytes):
        return [n.encode('utf-8', 'surrogateescape') for n in _px.listdir(_p(path))]
    return _px.listdir(_check_path(path, 'listdir'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _px.mkdir(_check_path(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory `name` and any missing parents."""
    target = _p(name)
    pending = []
    up = path.dirname(target.rstrip(sep))
    while up and up != sep and not path.exists(up):
        pending.append(up)
        up = path.dirname(up.rstrip(sep))
    for d in reversed(pending):
        try:
            mkdir(d, mode)
        except FileExistsError:
            pass
    try:
        mkdir(target, mode)
    except OSError:
        last = path.basename(target.rstrip(sep))
        if last == curdir and pending:
            return
        if exist_ok and path.isdir(target):
            return
        raise


def remove(path, *, dir_fd=None):
    _px.unlink(_check_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _px.unlink(_check_path(path, 'unlink'))


def rmdir(path, *, dir_fd=None):
    _px.rmdir(_check_path(path, 'rmdir'))


def removedirs(name):
    """Remove directory `name`, then each now-empty parent directory."""
    current = _p(name)
    rmdir(current)
    while True:
        current = path.dirname(current.rstrip(sep))
        if not current or current == sep:
            return
        try:
            rmdir(current)
        except OSError:
            return


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _px.rename(_check_path(src, 'rename', 'src'), _check_path(dst, 'rename', 'dst'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _px.rename(_check_path(src, 'replace', 'src'), _check_path(dst, 'replace', 'dst'))


def renames(old, new):
    """Rename, creating missing directories for `new` and pruning empty
    ones left behind by `old`."""
    target_dir = path.dirname(_p(new))
    if target_dir and not path.isdir(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir = path.dirname(_p(old))
    if source_dir:
        try:
            removedirs(source_dir)
        except OSError:
            pass


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _px.symlink(_check_path(src, 'symlink', 'src'), _check_path(dst, 'symlink', 'dst'))


def readlink(path, *, dir_fd=None):
    return _px.readlink(_check_path(path, 'readlink'))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Approximate access(2) from the permission bits (any of user, group
    or other granting a bit counts)."""
    try:
        st = stat(path)
    except OSError:
        return False
    bits = st.st_mode
    for flag, mask in ((R_OK, 0o444), (W_OK, 0o222), (X_OK, 0o111)):
        if mode & flag and not bits & mask:
            return False
    return True


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file descriptor (only usable with os.read/write/close)."""
    return _px.open(_check_path(path, 'open'), flags, mode)


def fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object over descriptor `fd` (one made by os.open)."""
    if not isinstance(fd, int):
        raise TypeError("'{}' object cannot be interpreted as an integer".format(type(fd).__name__))
    import builtins
    return builtins.open(fd, mode, buffering, encoding, errors, newline, closefd)


def close(fd):
    _px.close(fd)


def write(fd, data):
    return _px.write(fd, data)


def read(fd, n):
    return _px.read(fd, n)


class DirEntry:
    """One entry yielded by `scandir`."""
    __module__ = 'posix'
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)
        self._lst = None
        self._st = None

    def _lstat(self):
        if self._lst is None:
            self._lst = lstat(self.path)
        return self._lst

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat()
        if self._st is None:
            self._st = stat(self.path)
        return self._st

    def _mode(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self._lstat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry {!r}>'.format(self.name)


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._names = iter(_px.listdir(top))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of `path`."""
    return _ScandirIterator(_check_path(path, 'scandir'))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yield (dirpath, dirnames, filenames) for each directory under `top`."""
    top = _p(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    links = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            links.append(entry.is_symlink())
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for d, is_link in zip(dirs, links):
            if followlinks or not is_link:
                yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


def get_exec_path(env=None):
    value = (environ if env is None else env).get('PATH', defpath)
    return value.split(pathsep)
