import glob, os, tempfile, shutil
base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
for p in ['a/b/c.py', 'a/d.txt', 'a/.hid.py', 'e.py', '.f.py', 'g/h/i/j.py', 'x[1].txt']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    open(p, 'w').close()
for pat, rec in [('*', False), ('*.py', False), ('a/*', False), ('*/*.py', False), ('**/*.py', True), ('**/*.py', False), ('**', True), ('a/**', True), ('a/**/', True), ('*/', False), ('.*', False), ('a/.*', False), ('nope/*', False), ('x[1].txt', False), (glob.escape('x[1].txt'), False), ('?.py', False), ('[ae]*', False), ('a/b/c.py', False), ('a', False), ('', False), ('g/**/*.py', True)]:
    print(repr(pat), rec, sorted(glob.glob(pat, recursive=rec)))
print(sorted(glob.glob('*.py', root_dir=os.path.join(base, 'a/b'))), glob.has_magic('a*'), glob.has_magic('abc'), glob.escape('a*b?[c]'))
print(sorted(glob.glob(os.path.join(base, 'a', '*.txt'))) == [os.path.join(base, 'a', 'd.txt')])
print(sorted(glob.iglob('a/*'))[:1], sorted(glob.glob('**/*.py', recursive=True, include_hidden=True)))
os.chdir(old)
shutil.rmtree(base)
