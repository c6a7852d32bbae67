import os, os.path
from os import path
print(os.path is path, os.sep, os.name, os.linesep == '\n', os.devnull, os.curdir, os.pardir)
for a in [('a','b'), ('/a','b','/c'), ('a/','b'), ('','x'), ('a','')]:
    print(a, os.path.join(*a))
for p in ['a/b/c', '/a', 'a', '/', '//x//y//', 'a/b.tar.gz', '.bashrc', 'x/..y.z', 'foo.', '']:
    print(repr(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p), path.normpath(p), path.isabs(p))
print(path.normpath('/../a/./b/../c//d'), path.normpath('../../a/..'), path.normpath('//a/b'), path.normpath('///a'))
print(path.relpath('/a/b/c', '/a/x'), path.relpath('/a', '/a'), path.commonpath(['/a/b/c', '/a/b/d', '/a/bc']), path.commonprefix(['abc', 'abd', 'ab']))
try: path.commonpath([])
except ValueError as e: print(e)
try: path.commonpath(['/a', 'b'])
except ValueError as e: print(e)
try: os.stat('nope')
except OSError as e: print(type(e).__name__, e, e.errno, e.filename)
try: os.rmdir('nope')
except OSError as e: print(type(e).__name__, e)
try: os.rename('nope', 'other')
except OSError as e: print(type(e).__name__, e)
try: os.listdir('o1.py')
except OSError as e: print(type(e).__name__, e)
try: os.fspath(3)
except TypeError as e: print(e)
try: path.join('a', 3)
except TypeError as e: print(e)
class P:
    def __fspath__(self): return 'o1.py'
print(os.fspath(P()), isinstance(P(), os.PathLike), path.exists(P()), path.isfile('o1.py'), path.isdir('.'), path.exists('zz'))
os.environ['PYR_X'] = 'v1'
print(os.environ['PYR_X'], os.getenv('PYR_X'), os.getenv('PYR_NOPE', 'd'), 'PYR_X' in os.environ)
del os.environ['PYR_X']; print(os.getenv('PYR_X'))
try: os.environ['PYR_Y']
except KeyError as e: print('KeyError', e)
try: os.environ['A'] = 1
except TypeError as e: print(e)
print(len(os.urandom(5)), type(os.getpid()), os.cpu_count() > 0)
os.environ['HOME'] = '/home/tester/'
print(path.expanduser('~/x'), path.expanduser('~'), path.expanduser('x~'), path.expanduser('~root/y'), path.expanduser('~no_such_user_xyz/z'))
print(path.abspath('a/../b') == os.getcwd() + '/b')
