# runpy.run_module and runpy.run_path: the namespaces they return, what they
# set in them, sys.argv[0] and sys.modules while the code runs, errors.
import os
import sys
import runpy

argv0 = sys.argv[0]

g = runpy.run_module('_runpy_target')
print(g['result'], g['__name__'], g['__package__'], g['__doc__'])
print(sys.argv[0] == argv0, '_runpy_target' in sys.modules)

g = runpy.run_module('_runpy_target', run_name='__main__', alter_sys=True)
print(g['result'][0], g['result'][3], g['seen_in_modules'])
print(sys.argv[0] == argv0, sys.modules['__main__'].__name__)

g = runpy.run_module('_runpy_target', init_globals={'extra': 42, '__name__': 'ignored'})
print(g['extra'], g['__name__'])

g = runpy.run_module('_runpy_pkg')
print(g['who'], '_runpy_pkg' in sys.modules)
g = runpy.run_module('_runpy_pkg.leaf', init_globals={'injected': 'yes'})
print(g['who'])

for bad in ['_runpy_nosuch', '_runpy_nosuch.x', 'sys', '.rel', '_runpy_pkg.nosuch']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)

here = os.path.dirname(os.path.abspath(__file__))
g = runpy.run_path(os.path.join(here, '_runpy_target.py'))
print(g['result'][0], g['result'][2], g['result'][3], g['__name__'])
g = runpy.run_path(os.path.join(here, '_runpy_target.py'), run_name='__main__')
print(g['result'][0])
g = runpy.run_path(os.path.join(here, '_runpy_pkg'))
print(g['who'], os.path.join(here, '_runpy_pkg') in sys.path)
try:
    runpy.run_path(here)
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, 'HERE'))
try:
    runpy.run_path(os.path.join(here, '_no_such_file.py'))
except OSError as e:
    print(type(e).__name__, e.errno)
