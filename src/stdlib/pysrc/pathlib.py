"""Object-oriented paths for Pyrite (POSIX flavour): PurePath /
PurePosixPath for string manipulation, Path / PosixPath for file-system
access through `os`.
"""

import os
import sys
from fnmatch import fnmatchcase as _wild

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _split_parts(text):
    """(root, [names]) of a POSIX path string: '.' and empty names dropped."""
    if text.startswith('/'):
        lead = len(text) - len(text.lstrip('/'))
        root = '//' if lead == 2 else '/'
    else:
        root = ''
    names = [p for p in text.split('/') if p and p != '.']
    return root, names


class _Parents:
    """The logical ancestors of a path, nearest first (a sequence)."""

    def __init__(self, path):
        self._path = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._count)))
        if not isinstance(index, int):
            raise TypeError('list indices must be integers or slices, not ' + type(index).__name__)
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._path._build(self._path._root, self._path._names[:self._count - index - 1])

    def __iter__(self):
        for i in range(self._count):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path string split into root and names, with no I/O."""
    __slots__ = ('_root', '_names', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        root = ''
        names = []
        for a in args:
            if isinstance(a, PurePath):
                text = str(a)
            else:
                try:
                    text = os.fspath(a)
                except TypeError:
                    text = a
                if not isinstance(text, str):
                    raise TypeError('argument should be a str object or an os.PathLike object returning str, not '
                                    + repr(type(a)))
            r, n = _split_parts(text)
            if r:
                root = r
                names = n
            else:
                names = names + n
        return cls._build(root, names)

    @classmethod
    def _build(cls, root, names):
        self = object.__new__(cls)
        self._root = root
        self._names = list(names)
        self._str = None
        return self

    def _new(self, root, names):
        return type(self)._build(root, names)

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._names)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def as_uri(self):
        if not self._root:
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def __repr__(self):
        return '{}({!r})'.format(type(self).__name__, str(self))

    def _key(self):
        return self._root, self._names

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def _order(self, other):
        if not isinstance(other, PurePath):
            return None
        return str(self).split('/'), str(other).split('/')

    def __lt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._order(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._names)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        pieces = name.lstrip('.').split('.')[1:]
        return ['.' + p for p in pieces]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._names:
            return self
        return self._new(self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError('{!r} has an empty name'.format(self))
        root, names = _split_parts(name)
        if root or len(names) != 1 or names[0] != name:
            raise ValueError('Invalid name {!r}'.format(name))
        return self._new(self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and (not suffix.startswith('.') or suffix == '.')):
            raise ValueError('Invalid suffix {!r}'.format(suffix))
        name = self.name
        if not name:
            raise ValueError('{!r} has an empty name'.format(self))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._new(self._root, self._names[:-1] + [base + suffix])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)(*other)
        n = len(base._names)
        if base._root != self._root or self._names[:n] != base._names:
            if not base._root and not base._names and not self._root:
                return self._new('', self._names)
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and the other '
                             'is absolute.'.format(str(self), str(base)))
        return self._new('', self._names[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from
        the right (the whole path when the pattern is absolute)."""
        root, pats = _split_parts(path_pattern)
        if not pats:
            raise ValueError('empty pattern')
        names = self._names
        if root:
            if root != self._root or len(pats) != len(names):
                return False
        elif len(pats) > len(names):
            return False
        for name, pat in zip(reversed(names), reversed(pats)):
            if not _wild(name, pat):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Not supported on Pyrite."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError('PureWindowsPath is not supported on Pyrite')


class Path(PurePath):
    """A concrete path: PurePath plus file-system operations."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return os.stat(self, follow_symlinks=follow).st_mode
        except (OSError, ValueError):
            return None

    def exists(self):
        return self._mode() is not None

    def is_dir(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o040000

    def is_file(self):
        m = self._mode()
        return m is not None and m & 0o170000 == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and m & 0o170000 == 0o120000

    def is_mount(self):
        return str(self) == '/'

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with open(str(self), 'rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with open(str(self), 'r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(memoryview(data))
        with open(str(self), 'wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not ' + type(data).__name__)
        with open(str(self), 'w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            os.utime(self)
            return
        os.close(os.open(str(self), os.O_CREAT | os.O_WRONLY, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            missing = []
            up = self.parent
            while up._names and not up.exists():
                missing.append(up)
                up = up.parent
            for d in reversed(missing):
                try:
                    os.mkdir(d)
                except FileExistsError:
                    pass
        try:
            os.mkdir(self, mode)
        except FileExistsError:
            if exist_ok and self.is_dir():
                return
            raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return type(self)(os.readlink(self))

    def iterdir(self):
        for name in os.listdir(self):
            yield self._new(self._root, self._names + [name])

    def absolute(self):
        if self._root:
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(self, strict=strict))

    def expanduser(self):
        if self._names and self._names[0].startswith('~'):
            home = os.path.expanduser(self._names[0])
            if home == self._names[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._names[1:])
        return self

    def glob(self, pattern):
        """Existing paths under this one matching the relative `pattern`
        (`*`, `?`, `[..]` per component; `**` for any depth of directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        root, pats = _split_parts(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        if not pats:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern.endswith('/'):
            pats.append('')
        seen = set()
        for p in self._select(pats):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        root, pats = _split_parts(pattern)
        if root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        return self.glob('**/' + '/'.join(pats) if pats else '**')

    def _child(self, name):
        return self._new(self._root, self._names + [name])

    def _subdirs(self):
        """This directory and every directory below it (no symlinks)."""
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._subdirs()

    def _select(self, pats):
        head = pats[0]
        rest = pats[1:]
        if head == '':
            if self.is_dir():
                yield self
            return
        if head == '**':
            for d in self._subdirs():
                if rest:
                    yield from d._select(rest)
                else:
                    yield d
            return
        if any(c in head for c in '*?['):
            try:
                names = os.listdir(self)
            except OSError:
                return
            for name in names:
                if _wild(name, head):
                    child = self._child(name)
                    if rest:
                        if child.is_dir():
                            yield from child._select(rest)
                    else:
                        yield child
            return
        child = self._child(head)
        if rest:
            if child.is_dir():
                yield from child._select(rest)
        elif child.exists() or child.is_symlink():
            yield child


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not supported on Pyrite."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError('cannot instantiate WindowsPath on your system')
