import sys
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
for argv in [['doit', '1', '--foo', 'bar', '2', '3'], ['--foo', 'x'], ['a', '1', 'z']]:
    try:
        print(p.parse_intermixed_args(argv))
    except SystemExit as e:
        print('exit', e.code)
    print(p.parse_known_args(['doit', '1', '--foo', 'bar', '2', '3']))
print(p.parse_known_intermixed_args(['a', '--zz', '4']))
q = argparse.ArgumentParser(prog='q')
q.add_argument('sub', nargs=argparse.REMAINDER)
try:
    q.parse_intermixed_args([])
except TypeError as e:
    print('TypeError', e)
