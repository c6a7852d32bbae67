"""Constants and tests for `os.stat` mode bits (Linux values), for Pyrite."""

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

S_IFMT_MASK = 0o170000
S_IFSOCK = 0o140000
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001


def S_IMODE(mode):
    """The permission bits of `mode` (what chmod sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of `mode`."""
    return mode & S_IFMT_MASK


def _is(kind):
    return lambda mode: mode & S_IFMT_MASK == kind


S_ISDIR = _is(S_IFDIR)
S_ISDIR.__name__ = 'S_ISDIR'
S_ISREG = _is(S_IFREG)
S_ISREG.__name__ = 'S_ISREG'
S_ISLNK = _is(S_IFLNK)
S_ISLNK.__name__ = 'S_ISLNK'
S_ISCHR = _is(S_IFCHR)
S_ISCHR.__name__ = 'S_ISCHR'
S_ISBLK = _is(S_IFBLK)
S_ISBLK.__name__ = 'S_ISBLK'
S_ISFIFO = _is(S_IFIFO)
S_ISFIFO.__name__ = 'S_ISFIFO'
S_ISSOCK = _is(S_IFSOCK)
S_ISSOCK.__name__ = 'S_ISSOCK'


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHAR = {S_IFLNK: 'l', S_IFSOCK: 's', S_IFREG: '-', S_IFBLK: 'b', S_IFDIR: 'd', S_IFCHR: 'c', S_IFIFO: 'p'}


def filemode(mode):
    """`ls -l` style text for `mode`, e.g. '-rw-r--r--'."""
    chars = [_TYPE_CHAR.get(mode & S_IFMT_MASK, '?')]
    for shift, special, on_exec, off_exec in ((6, S_ISUID, 's', 'S'), (3, S_ISGID, 's', 'S'), (0, S_ISVTX, 't', 'T')):
        bits = (mode >> shift) & 7
        chars.append('r' if bits & 4 else '-')
        chars.append('w' if bits & 2 else '-')
        if mode & special:
            chars.append(on_exec if bits & 1 else off_exec)
        else:
            chars.append('x' if bits & 1 else '-')
    return ''.join(chars)
