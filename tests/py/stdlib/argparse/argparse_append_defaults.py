import sys
sys.stderr = sys.stdout
import argparse
p = argparse.ArgumentParser(prog='ap3')
p.add_argument('--a', action='append', default=['x'])
p.add_argument('--e', action='extend', nargs='+', default=['y'])
p.add_argument('--c', dest='a', action='append_const', const=7)
p.add_argument('--t', action='append', default=('tup',))
shared = p.get_default('a')
print(p.parse_args(['--a', '1', '--a', '2', '--e', 'p', 'q', '--c']), shared)
print(p.parse_args([]))
try:
    p.parse_args(['--t', 'z'])
except AttributeError as e:
    print('AttributeError', e)
