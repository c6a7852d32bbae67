"""POSIX pathname operations for Pyrite (`os.path`).

Pure string functions (join, split, normpath, relpath, ...) plus queries
that ask the file system through `os.stat`.
"""

import posix as _px

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fs(p):
    if isinstance(p, (str, bytes)):
        return p
    import os
    return os.fspath(p)


def _text(p, func):
    """`p` as str for the string functions (bytes decoded; None or other
    types raise TypeError as CPython does)."""
    try:
        v = _fs(p)
    except TypeError:
        raise TypeError("{}() argument must be str, bytes, or os.PathLike object, not '{}'".format(
            func, type(p).__name__)) from None
    return v


def _sep_for(p):
    return b'/' if isinstance(p, bytes) else '/'


def normcase(s):
    return _fs(s)


def isabs(s):
    s = _fs(s)
    return s.startswith(_sep_for(s))


def join(a, *p):
    """Join path components; an absolute component discards what came before."""
    result = _text(a, 'join')
    slash = _sep_for(result)
    for piece in p:
        piece = _text(piece, 'join')
        if type(piece) is not type(result):
            raise TypeError("Can't mix strings and bytes in path components")
        if piece.startswith(slash):
            result = piece
        elif result and not result.endswith(slash):
            result = result + slash + piece
        else:
            result = result + piece
    return result


def split(p):
    """(head, tail): tail is after the last slash; head loses its trailing
    slashes unless it is all slashes."""
    p = _fs(p)
    slash = _sep_for(p)
    cut = p.rfind(slash) + 1
    head = p[:cut]
    tail = p[cut:]
    stripped = head.rstrip(slash)
    if stripped:
        head = stripped
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot-suffix of the final component,
    ignoring leading dots of that component."""
    p = _fs(p)
    slash = _sep_for(p)
    dot = b'.' if isinstance(p, bytes) else '.'
    start = p.rfind(slash) + 1
    name = p[start:]
    core = name.lstrip(dot)
    i = core.rfind(dot)
    if i <= 0:
        return p, p[:0]
    i += start + len(name) - len(core)
    return p[:i], p[i:]


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def _stat(p, follow=True):
    v = _fs(p)
    if isinstance(v, bytes):
        v = v.decode('utf-8', 'surrogateescape')
    try:
        return _px.stat(v, follow)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    return _stat(path, False) is not None


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & _S_IFMT == _S_IFDIR


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & _S_IFMT == _S_IFREG


def islink(path):
    st = _stat(path, False)
    return st is not None and st[0] & _S_IFMT == _S_IFLNK


def ismount(path):
    return _fs(path) == '/'


def _must_stat(p):
    import os
    return os.stat(p)


def getsize(filename):
    return _must_stat(filename).st_size


def getmtime(filename):
    return _must_stat(filename).st_mtime


def getatime(filename):
    return _must_stat(filename).st_atime


def getctime(filename):
    return _must_stat(filename).st_ctime


def samefile(f1, f2):
    a = _must_stat(f1)
    b = _must_stat(f2)
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def normpath(path):
    """Collapse redundant slashes, '.' and 'a/..' (lexically)."""
    path = _fs(path)
    if isinstance(path, bytes):
        return normpath(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if not path:
        return '.'
    lead = len(path) - len(path.lstrip('/'))
    prefix = '//' if lead == 2 else ('/' if lead else '')
    kept = []
    for part in path.split('/'):
        if part == '' or part == '.':
            continue
        if part == '..':
            if kept and kept[-1] != '..':
                kept.pop()
                continue
            if prefix:
                continue
        kept.append(part)
    return prefix + '/'.join(kept) or '.'


def abspath(path):
    path = _fs(path)
    if isinstance(path, bytes):
        return abspath(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if not path.startswith('/'):
        path = join(_px.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symlinks resolved, '.'/'..' removed."""
    filename = _fs(filename)
    if isinstance(filename, bytes):
        return realpath(filename.decode('utf-8', 'surrogateescape'), strict=strict).encode('utf-8', 'surrogateescape')
    if not filename.startswith('/'):
        filename = _px.getcwd() + '/' + filename
    pending = filename.split('/')
    pending.reverse()
    done = '/'
    hops = 0
    while pending:
        part = pending.pop()
        if part in ('', '.'):
            continue
        if part == '..':
            done = dirname(done)
            continue
        candidate = join(done, part)
        try:
            st = _px.stat(candidate, False)
        except OSError:
            if strict:
                raise
            done = candidate
            continue
        if st[0] & _S_IFMT != _S_IFLNK:
            done = candidate
            continue
        hops += 1
        if hops > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', candidate)
            done = candidate
            continue
        target = _px.readlink(candidate)
        if target.startswith('/'):
            done = '/'
        more = target.split('/')
        more.reverse()
        pending.extend(more)
    return done


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = _fs(path)
    start = curdir if start is None else _fs(start)
    to = [c for c in abspath(path).split('/') if c]
    frm = [c for c in abspath(start).split('/') if c]
    shared = 0
    for a, b in zip(to, frm):
        if a != b:
            break
        shared += 1
    parts = [pardir] * (len(frm) - shared) + to[shared:]
    if not parts:
        return curdir
    return '/'.join(parts)


def commonpath(paths):
    """The longest common sub-path of the given paths."""
    paths = [_fs(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    common = split_paths[0]
    for other in split_paths[1:]:
        n = 0
        while n < len(common) and n < len(other) and common[n] == other[n]:
            n += 1
        common = common[:n]
    return ('/' if absolute.pop() else '') + '/'.join(common)


def commonprefix(m):
    """The longest leading run of items (characters) shared by all of `m`."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [_fs(x) for x in m]
    lo = min(m)
    hi = max(m)
    n = 0
    while n < len(lo) and n < len(hi) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _home_of(user):
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """Replace a leading `~` or `~user` with that user's home directory."""
    path = _fs(path)
    if not path.startswith('~'):
        return path
    end = path.find('/', 1)
    if end < 0:
        end = len(path)
    if end == 1:
        import os
        home = os.environ.get('HOME')
    else:
        home = _home_of(path[1:end])
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[end:]) or '/'


def expandvars(path):
    """Replace `$name` and `${name}` with environment values (unknown
    variables are left as they are)."""
    path = _fs(path)
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            close = path.find('}', i + 2)
            if close < 0:
                out.append(path[i:])
                break
            key = path[i + 2:close]
            stop = close + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and path[j].isascii():
                j += 1
            key = path[i + 1:j]
            stop = j
        if key and key in os.environ:
            out.append(os.environ[key])
        else:
            out.append(path[i:stop])
        i = stop
    return ''.join(out)
