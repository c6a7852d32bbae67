import os, tempfile, shutil
from pathlib import Path, PurePath, PurePosixPath, PosixPath
base = Path(tempfile.mkdtemp(prefix='pyr'))
rel = lambda ps: sorted(str(q.relative_to(base)) for q in ps)
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.path.dirname(td) == tempfile.gettempdir())
    fd, name = tempfile.mkstemp(suffix='.dat', dir=td)
    os.write(fd, b'abc'); os.close(fd)
    print(name.endswith('.dat'), open(name, 'rb').read())
print(os.path.exists(td))
with tempfile.NamedTemporaryFile('w+', suffix='.csv', dir=base) as nt:
    nt.write('a,b\n'); nt.seek(0); print(nt.read(), nt.name.endswith('.csv'), os.path.exists(nt.name))
    nm = nt.name
print(os.path.exists(nm))
nt = tempfile.NamedTemporaryFile(delete=False, dir=base); nt.write(b'xy'); nt.close(); print(open(nt.name, 'rb').read()); os.remove(nt.name)
d = tempfile.TemporaryDirectory(); print(repr(d).startswith('<TemporaryDirectory'), os.path.isdir(d.name)); d.cleanup(); print(os.path.exists(d.name))
print(sorted(os.listdir(base)))
shutil.rmtree(base); print(os.path.exists(base))
