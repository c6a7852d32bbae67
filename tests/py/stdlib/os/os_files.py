import os, tempfile, shutil
from pathlib import Path, PurePath, PurePosixPath, PosixPath
base = Path(tempfile.mkdtemp(prefix='pyr'))
rel = lambda ps: sorted(str(q.relative_to(base)) for q in ps)
(base / 't').touch()
# os functions
os.makedirs(base / 'm1' / 'm2' / 'm3')
try: os.makedirs(base / 'm1' / 'm2')
except FileExistsError as e: print('FileExistsError', e.strerror)
os.makedirs(base / 'm1' / 'm2', exist_ok=True)
(base / 'm1' / 'm2' / 'm3' / 'f').write_text('1')
for dp, dn, fn in os.walk(base / 'm1'): print(os.path.relpath(dp, base), sorted(dn), sorted(fn))
for dp, dn, fn in os.walk(base / 'm1', topdown=False): print(os.path.relpath(dp, base))
with os.scandir(base / 'm1' / 'm2') as it:
    for e in it: print(e.name, e.is_dir(), e.is_file(), repr(e), os.path.relpath(e.path, base))
os.remove(base / 'm1' / 'm2' / 'm3' / 'f')
os.removedirs(base / 'm1' / 'm2' / 'm3'); print(os.path.exists(base / 'm1'))
try: os.rmdir(base)
except OSError as e: print(type(e).__name__, e.strerror)
st = os.stat(base / 't'); print(st.st_size, type(st.st_mtime).__name__, st[6], len(st), os.path.getsize(base / 't'), abs(os.path.getmtime(base / 't') - st.st_mtime) < 1)
os.replace(base / 't', base / 't2'); os.rename(base / 't2', base / 't3'); print(sorted(os.listdir(base)))
shutil.rmtree(base); print(os.path.exists(base))

