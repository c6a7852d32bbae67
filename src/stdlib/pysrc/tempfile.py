"""Temporary files and directories for Pyrite: gettempdir, mkdtemp,
mkstemp, TemporaryDirectory, NamedTemporaryFile, TemporaryFile.

Names are `prefix + 8 random characters + suffix`, created exclusively
(retrying on collisions) with owner-only permissions.
"""

import os

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    raw = os.urandom(8)
    return ''.join(_LETTERS[b % len(_LETTERS)] for b in raw)


def _pick_tempdir():
    candidates = [os.environ.get(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    candidates += ['/tmp', '/var/tmp', '/usr/tmp']
    for d in candidates:
        if not d:
            continue
        d = os.path.abspath(d)
        if os.path.isdir(d) and os.access(d, os.W_OK | os.X_OK):
            return d
    cwd = os.getcwd()
    if os.path.isdir(cwd):
        return cwd
    raise FileNotFoundError(2, 'No usable temporary directory found in {}'.format(candidates))


def gettempdir():
    """The directory for temporary files (chosen once, then cached)."""
    global tempdir
    if tempdir is None:
        tempdir = _pick_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def _parts(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    else:
        dir = os.fspath(dir)
    return ('' if suffix is None else suffix), (template if prefix is None else prefix), dir


def _create(make, suffix, prefix, dir):
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        candidate = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(17, 'No usable temporary file name found')


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new private directory and return its absolute path."""
    def make(path):
        os.mkdir(path, 0o700)
        return os.path.abspath(path)
    return _create(make, suffix, prefix, dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new private file: (OS-level descriptor, absolute path)."""
    def make(path):
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        return fd, os.path.abspath(path)
    return _create(make, suffix, prefix, dir)


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when checked (unsafe; prefer mkstemp)."""
    _, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        candidate = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(candidate):
            return candidate
    raise FileExistsError(17, 'No usable temporary filename found')


class TemporaryDirectory:
    """A directory removed (with its contents) by cleanup() or on leaving
    a `with` block, which binds the directory's name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore)


class _TemporaryFileWrapper:
    """A file object with a `name` on disk, deleted when closed (if asked)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, attr):
        return getattr(self.__dict__['file'], attr)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        return iter(self.file)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and not self._removed:
                self._removed = True
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper file={!r} name={!r}>'.format(self.file, self.name)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A file opened with `mode` whose path is `.name`; removed on close
    unless delete=False."""
    fd, path = mkstemp(suffix, prefix, dir)
    os.close(fd)
    try:
        f = open(path, mode, buffering, encoding, errors, newline)
    except BaseException:
        os.unlink(path)
        raise
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """An anonymous temporary file (its directory entry removed on close)."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True, errors=errors)
