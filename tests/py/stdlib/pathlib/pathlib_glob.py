import os, tempfile, shutil
from pathlib import Path
base = Path(tempfile.mkdtemp())
for p in ['a/b/c.py', 'a/d.txt', 'a/.hid.py', 'e.py', '.f.py', 'g/h/i/j.py']:
    (base / p).parent.mkdir(parents=True, exist_ok=True)
    (base / p).touch()
rel = lambda ps: sorted(str(q.relative_to(base)) for q in ps)
for pat in ['*', '*.py', '**/*.py', '**', 'a/**', '*/', '**/', 'a/*/c.py', '.*', '?/*', 'a/b', 'nope', 'g/**/j.py']:
    print(pat, rel(base.glob(pat)))
print(rel(base.rglob('*.txt')), rel(base.rglob('*')))
try: list(base.glob('/x'))
except NotImplementedError as e: print('NotImplementedError', e)
try: list(base.glob(''))
except ValueError as e: print('ValueError', e)
shutil.rmtree(base)
