import os, io, sys, tempfile
from pathlib import Path
base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), os.listdir())
with open(Path('f.txt'), 'w') as f: f.write('one\ntwo\n')
print(isinstance(f, io.TextIOWrapper), f.closed)
with open('f.txt', 'r+') as f:
    print(repr(f.readline()), f.tell()); f.seek(0, 2); f.write('three\n'); f.seek(0); print(f.read().split())
with open('f.txt', 'a+') as f:
    f.write('four\n'); f.seek(0); print(len(f.readlines()))
with open('b.bin', 'w+b') as f:
    f.write(b'\x00\x01\x02'); f.seek(1); print(f.read(), f.read())
for fn, args in [(os.mkdir, ('f.txt',)), (os.rmdir, ('f.txt',)), (os.unlink, ('.',)), (os.chdir, ('nope',)), (os.listdir, ('nope',)), (os.remove, ('nope',)), (os.rename, ('f.txt', 'nope/x')), (os.stat, (None,)), (os.mkdir, (b'bytesdir',)), (os.makedirs, ('f.txt/x',))]:
    try: print(fn.__name__, fn(*args))
    except Exception as e: print(fn.__name__, type(e).__name__, e)
print(sorted(os.listdir('.')), sorted(os.listdir(b'.')))
print(list(os.walk('nope')), [(d, sorted(f)) for d, _, f in os.walk('.')])
os.symlink('f.txt', 'link')
print(os.path.islink('link'), os.path.realpath('link') == os.path.join(os.path.realpath(base), 'f.txt'), os.readlink('link'), os.lstat('link').st_size != os.stat('link').st_size)
print(os.path.lexists('link'), os.path.exists('link'))
os.remove('f.txt'); print(os.path.lexists('link'), os.path.exists('link'))
e = dict(os.environ); print(type(e).__name__, len(e) == len(os.environ))
os.environ.setdefault('PYR_T', 'x'); print(os.environ.pop('PYR_T'), os.environ.pop('PYR_T', 'gone'), 'PYR_T' in os.environ)
os.environ.update(PYR_A='1'); print(os.getenv('PYR_A')); del os.environ['PYR_A']
os.environ['HOME'] = '/h'; os.environ['PYR_V'] = 'vv'
print(os.path.expandvars('$HOME/x ${PYR_V}y $PYR_V.z $$ ${unclosed'))
print(os.path.expandvars('$HOME/x') == os.environ['HOME'] + '/x', os.path.expandvars('${NOPE_XYZ}/a $'), os.path.join(b'a', b'b'), os.path.split(b'a/b'), os.path.normpath(b'a//b/../c'))
print(os.fspath(b'x'), os.fsencode('a'), os.fsdecode(b'a'), os.sep, os.pathsep, os.extsep, os.altsep, os.name)
print(os.strerror(2), os.SEEK_END, os.path.commonprefix([]), os.path.commonprefix([[1,2],[1,3]]))
print(os.path.relpath('a/b', 'a/c/d'), os.path.relpath('/x', '/'))
try: os.path.relpath('')
except ValueError as e: print(e)
sys.stdout.write('direct\n'); print('to stderr ok', file=sys.stdout)
os.chdir(old)
import shutil; shutil.rmtree(base); print(os.path.exists(base))
import os
for f in [os.stat, os.lstat, os.chdir, os.listdir, os.scandir, os.mkdir, os.rmdir, os.remove, os.unlink, os.chmod, os.utime, os.readlink, os.open]:
    try: f(1.5) if f not in (os.chmod, os.open) else f(1.5, 1)
    except TypeError as e: print(f.__name__, e)
try: os.rename(1.5, 'x')
except TypeError as e: print(e)
try: os.symlink(1.5, 'x')
except TypeError as e: print(e)
