"""Filename globbing for Pyrite: `glob`, `iglob`, `escape`, `has_magic`.

Wildcards (`*`, `?`, `[..]`) match within one path component; names
starting with '.' only match a pattern component that starts with '.'.
With recursive=True, a `**` component matches any number of directories.
"""

import os
from fnmatch import fnmatchcase

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def has_magic(s):
    """Whether `s` contains a wildcard character."""
    return any(c in s for c in '*?[')


def escape(pathname):
    """`pathname` with its wildcard characters made literal."""
    out = []
    for c in pathname:
        out.append('[' + c + ']' if c in '*?[' else c)
    return ''.join(out)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the existing paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Iterate over the existing paths matching `pathname`."""
    pathname = os.fspath(pathname)
    if not pathname:
        return iter(())
    if pathname.startswith('/'):
        lead = '/'
        parts = pathname.lstrip('/').split('/')
    else:
        lead = ''
        parts = pathname.split('/')
    base = root_dir if root_dir is not None else None
    return _walk(base, lead, parts, recursive, include_hidden)


def _real(base, shown):
    """The path to ask the file system about for displayed path `shown`."""
    if base is None or shown.startswith('/'):
        return shown or '.'
    return os.path.join(base, shown) if shown else base


def _names(base, shown, hidden):
    try:
        names = os.listdir(_real(base, shown))
    except OSError:
        return []
    return names


def _walk(base, shown, parts, recursive, hidden):
    head = parts[0]
    rest = parts[1:]
    if not rest and head == '':
        # pattern ended with '/': only directories
        if shown and os.path.isdir(_real(base, shown)):
            yield shown if shown.endswith('/') else shown + '/'
        return
    if recursive and head == '**':
        if rest:
            for sub in _below(base, shown, hidden):
                yield from _walk(base, sub, rest, recursive, hidden)
            return
        if shown:
            yield shown if shown.endswith('/') else shown + '/'
        yield from _everything(base, shown, hidden)
        return
    if not has_magic(head):
        candidate = shown + head if (not shown or shown.endswith('/')) else shown + '/' + head
        if rest:
            if os.path.isdir(_real(base, candidate)):
                yield from _walk(base, candidate, rest, recursive, hidden)
        elif os.path.lexists(_real(base, candidate)):
            yield candidate
        return
    for name in _names(base, shown, hidden):
        if name.startswith('.') and not head.startswith('.') and not hidden:
            continue
        if fnmatchcase(name, head):
            candidate = shown + name if (not shown or shown.endswith('/')) else shown + '/' + name
            if rest:
                if os.path.isdir(_real(base, candidate)):
                    yield from _walk(base, candidate, rest, recursive, hidden)
            else:
                yield candidate


def _below(base, shown, hidden):
    """`shown` and every directory beneath it (symlinks not followed)."""
    yield shown
    for name in _names(base, shown, hidden):
        if name.startswith('.') and not hidden:
            continue
        candidate = shown + name if (not shown or shown.endswith('/')) else shown + '/' + name
        real = _real(base, candidate)
        if os.path.isdir(real) and not os.path.islink(real):
            yield from _below(base, candidate, hidden)


def _everything(base, shown, hidden):
    """Every file and directory beneath `shown` (symlinks not followed)."""
    for name in _names(base, shown, hidden):
        if name.startswith('.') and not hidden:
            continue
        candidate = shown + name if (not shown or shown.endswith('/')) else shown + '/' + name
        yield candidate
        real = _real(base, candidate)
        if os.path.isdir(real) and not os.path.islink(real):
            yield from _everything(base, candidate, hidden)
