# platform for Pyrite: facts about the machine, the OS and the running
# Python, from os.uname() (read on Linux from /proc/sys/kernel).
# python_implementation() answers 'Pyrite' (sys.implementation.name), not
# 'CPython': scripts that test for CPython-only features (C extensions,
# ctypes) must not be told they run on CPython.  Everything else answers
# as CPython 3.11 does on the same machine.

import collections
import os
import sys

__version__ = '1.0.8'


class uname_result(collections.namedtuple('uname_result', 'system node release version machine')):
    """The five uname fields; `processor` is worked out on first use."""

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*os.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython asks `uname -p`, which is 'unknown' on Linux: reported as ''.
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    size = {4: '32bit', 8: '64bit'}.get(_pointer_size())
    return (bits or size or ''), (linkage or 'ELF')


def _pointer_size():
    return 8 if sys.maxsize > 2 ** 32 else 4


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) of the C library, read from its own banner."""
    for path in ('/lib/x86_64-linux-gnu/libc.so.6', '/lib/aarch64-linux-gnu/libc.so.6',
                 '/lib64/libc.so.6', '/usr/lib/libc.so.6', '/lib/libc.so.6'):
        try:
            with open(path, 'rb') as fh:
                data = fh.read()
        except OSError:
            continue
        marker = b'release version '
        at = data.find(marker)
        if at < 0:
            continue
        end = at + len(marker)
        stop = end
        while stop < len(data) and data[stop:stop + 1] in b'0123456789.':
            stop += 1
        found = data[end:stop].decode('ascii').rstrip('.')
        if found:
            return 'glibc', found
    return lib, version


def python_implementation():
    return 'Pyrite'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


def platform(aliased=False, terse=False):
    info = uname()
    if terse and info.system != 'Linux':
        return '%s-%s' % (info.system, info.release)
    lib, ver = libc_ver()
    text = '-'.join(part for part in (info.system, info.release, info.machine) if part)
    if lib:
        text += '-with-%s%s' % (lib, ver)
    return text


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as fh:
                lines = fh.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            key, eq, value = line.partition('=')
            if not eq or key.startswith('#'):
                continue
            value = value.strip()
            if value[:1] in ('"', "'") and value[-1:] == value[:1]:
                value = value[1:-1]
            info[key.strip()] = value
        return info
    raise OSError(2, "No such file or directory", '/etc/os-release')
