# FileType and fromfile_prefix_chars, using this script itself as the file.
import sys
sys.stderr = sys.stdout
import argparse

me = 'argparse_files.py'
p = argparse.ArgumentParser(prog='ft')
p.add_argument('src', type=argparse.FileType('r'))
p.add_argument('--out', type=argparse.FileType('w', encoding='utf-8'))
print(argparse.FileType('rb'), argparse.FileType('w', 1, 'latin-1', 'strict'), argparse.FileType())
ns = p.parse_args([me])
print(repr(ns.src.readline()), ns.out)
ns.src.close()
try:
    p.parse_args(['/nonexistent/file.txt'])
except SystemExit as e:
    print('exit', e.code)
print(p.parse_args(['-']).src is sys.stdin)
try:
    p.add_argument('--bad', type=argparse.FileType)
except ValueError as e:
    print('ValueError', e)

# every line of this file becomes one argument
q = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
q.add_argument('words', nargs='*')
q.add_argument('--tag')
words = q.parse_args(['--tag', 't', '@' + me]).words
print(len(words), words[:3])
try:
    q.parse_args(['@missing.txt'])
except SystemExit as e:
    print('exit', e.code)
