# importlib.import_module, reload, invalidate_caches and importlib.util's
# find_spec / resolve_name over sibling modules: results and error messages.
import os
import sys
import importlib
import importlib.util

print(importlib.import_module('json.decoder').__name__)
print(importlib.import_module('.decoder', 'json').__name__)
print(importlib.import_module('_runpy_pkg').__name__)
for args in [('.x',), ('..x', 'json'), ('',), ('_no_such_module',), ('_runpy_pkg.nope',)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

import _reload_target
print(_reload_target.counter, _reload_target.kept)
_reload_target.kept = 'changed'
again = importlib.reload(_reload_target)
print(again is _reload_target, again.counter, again.kept)
importlib.reload(_reload_target)
print(_reload_target.counter)
import math
print(importlib.reload(math) is math)
for bad in [5, type(sys)('_loose_module')]:
    try:
        importlib.reload(bad)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())

u = importlib.util
spec = u.find_spec('_runpy_target')
print(spec.name, os.path.basename(spec.origin), spec.submodule_search_locations, repr(spec.parent), spec.has_location)
spec = u.find_spec('_runpy_pkg')
print(spec.name, os.path.basename(spec.origin), [os.path.basename(p) for p in spec.submodule_search_locations], spec.parent)
print('_runpy_pkg.__main__' in sys.modules, u.find_spec('_runpy_pkg.__main__').parent)
print(u.find_spec('.leaf', '_runpy_pkg').name, u.find_spec('_no_such_module'))
print(u.find_spec('math') is not None, u.find_spec('os').name)
print(u.resolve_name('.x.y', 'a.b'), u.resolve_name('..x', 'a.b'), u.resolve_name('plain', None))
for args in [('_no_such_module.sub',), ('.x',), ('__main__',)]:
    try:
        u.find_spec(*args)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
