"""High-level file operations for Pyrite: copying files and trees,
removing trees, moving, and finding programs on PATH.
"""

import os
import sys


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    pass


_CHUNK = 64 * 1024


_usage = None


def disk_usage(path):
    """Total, used and free space (bytes) of the file system holding `path`,
    as a named tuple `usage(total, used, free)`."""
    global _usage
    import posix
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple('usage', 'total used free')
    return _usage(*posix._disk_usage(os.fspath(path)))


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object `fsrc` into `fdst`, in chunks."""
    size = length if length and length > 0 else _CHUNK
    while True:
        chunk = fsrc.read(size)
        if not chunk:
            return
        fdst.write(chunk)


def _same(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file `src` to `dst`; returns `dst`."""
    if _same(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(os.fspath(src), os.fspath(dst)))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fin:
        data = fin.read()
    with open(dst, 'wb') as fout:
        fout.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits and access/modification times."""
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; `dst` may be a directory."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy, also copying the timestamps."""
    dst = _into(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree skipping names matching any pattern."""
    from fnmatch import fnmatchcase

    def chooser(path, names):
        return {n for n in names if any(fnmatchcase(n, p) for p in patterns)}
    return chooser


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy directory `src` to `dst`; returns `dst`."""
    names = os.listdir(src)
    skip = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for name in names:
        if name in skip:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.islink(s) and symlinks:
                os.symlink(os.readlink(s), d)
            elif os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            elif os.path.islink(s) and not os.path.exists(s):
                if not ignore_dangling_symlinks:
                    raise FileNotFoundError(2, 'No such file or directory', s)
            else:
                copy_function(s, d)
        except Error as e:
            problems.extend(e.args[0])
        except OSError as e:
            problems.append((s, d, str(e)))
    try:
        copystat(src, dst)
    except OSError as e:
        problems.append((src, dst, str(e)))
    if problems:
        raise Error(problems)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Delete directory `path` and everything below it."""
    def report(func, p, exc):
        if ignore_errors:
            return
        if onerror is None:
            raise exc
        onerror(func, p, (type(exc), exc, exc.__traceback__))

    try:
        mode = os.lstat(path).st_mode
    except OSError as e:
        report(os.lstat, path, e)
        return
    if mode & 0o170000 == 0o120000:
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError as e:
            report(os.path.islink, path, e)
        return
    try:
        names = os.listdir(path)
    except OSError as e:
        report(os.listdir, path, e)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            rmtree(full, ignore_errors, onerror)
        else:
            try:
                os.unlink(full)
            except OSError as e:
                report(os.unlink, full, e)
    try:
        os.rmdir(path)
    except OSError as e:
        report(os.rmdir, path, e)


def move(src, dst, copy_function=copy2):
    """Move a file or directory to `dst` (into it when it is a directory);
    returns the final destination."""
    target = dst
    if os.path.isdir(dst):
        if _same(src, dst):
            os.rename(src, dst)
            return dst
        target = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(target):
            raise Error("Destination path '{}' already exists".format(target))
    try:
        os.rename(src, target)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), target)
            os.unlink(src)
        elif os.path.isdir(src):
            copytree(src, target, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, target)
            os.unlink(src)
    return target


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The full path of executable `cmd` found on PATH, or None."""
    cmd = os.fspath(cmd)

    def runnable(p):
        return os.path.exists(p) and not os.path.isdir(p) and os.access(p, mode)

    if os.path.dirname(cmd):
        return cmd if runnable(cmd) else None
    if path is None:
        path = os.environ.get('PATH', os.defpath)
    if not path:
        return None
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        if d in seen:
            continue
        seen.add(d)
        candidate = os.path.join(d, cmd)
        if runnable(candidate):
            return candidate
    return None
