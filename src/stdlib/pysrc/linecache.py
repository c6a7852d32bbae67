# linecache for Pyrite: lines of source files, read once and kept in
# `cache` (filename -> (size, mtime, lines, fullname)), as CPython 3.11's
# linecache documents; files are looked up along sys.path when the name is
# relative, and lazily through a module's loader when one is given.

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    every = getlines(filename, module_globals)
    return every[lineno - 1] if 0 < lineno <= len(every) else ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        fresh = updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []
    return fresh


def _pseudo(filename):
    # '<stdin>', '<string>' and the like name no file.
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def _split_lines(text):
    lines = text.splitlines(True)
    if lines and lines[-1][-1:] != '\n':
        lines[-1] += '\n'
    return lines


def checkcache(filename=None):
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            info = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if (info.st_size, info.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _candidates(filename):
    yield filename
    if filename.startswith(os.sep):
        return
    for folder in sys.path:
        if isinstance(folder, str):
            yield os.path.join(folder, filename)


def updatecache(filename, module_globals=None):
    lazy = cache.pop(filename, None)
    if _pseudo(filename):
        return []
    found = None
    for path in _candidates(filename):
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue
        found = path
        break
    if found is None:
        if lazycache(filename, module_globals) or lazy is not None:
            getter = (lazy or cache.get(filename))[0]
            cache.pop(filename, None)
            try:
                text = getter()
            except (ImportError, OSError):
                return []
            if text is None:
                return []
            lines = _split_lines(text)
            cache[filename] = (len(text), None, lines, filename)
            return lines
        return []
    try:
        with open(found, 'rb') as fh:
            raw = fh.read()
        text = raw.decode('utf-8')
    except (UnicodeDecodeError, OSError):
        return []
    lines = _split_lines(text)
    cache[filename] = (info.st_size, info.st_mtime, lines, found)
    return lines


def lazycache(filename, module_globals):
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals.get('__name__')
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) or module_globals.get('__loader__')
    source_of = getattr(loader, 'get_source', None)
    if source_of is None:
        return False
    cache[filename] = (lambda: source_of(name),)
    return True
