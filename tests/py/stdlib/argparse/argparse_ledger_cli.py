import sys
sys.stderr = sys.stdout
import argparse

def attempt(parser, argv):
    print('>>', argv)
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)

p = argparse.ArgumentParser(prog='ledger', description='Keep track of money. This description is long enough that it needs to wrap onto a second line of output.', epilog='Report bugs to nobody.')
p.add_argument('account', help='the account name')
p.add_argument('amounts', nargs='+', type=float, help='one or more amounts')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('--currency', choices=['EUR', 'USD', 'GBP'], default='EUR', help='currency (default: %(default)s)')
p.add_argument('-t', '--tag', action='append', dest='tags', metavar='TAG', help='tag the entry; may be repeated')
p.add_argument('--dry-run', action='store_true', help='do not write anything')
p.add_argument('--no-color', action='store_false', dest='color')
p.add_argument('--limit', type=int, required=False, help='stop after %(metavar)s entries' if False else 'stop after N entries', metavar='N')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
p.add_argument('--mode', const='fast', nargs='?', default='normal')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'))
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('--a-very-long-option-name-indeed', help='an option whose name is longer than the help column allows')
p.print_help()
p.print_usage()
print(repr(p.format_usage()))
for argv in [['cash', '1.5', '2'], ['cash'], [], ['cash', 'x'], ['-vv', 'cash', '3', '--currency', 'USD', '-t', 'a', '--tag=b', '--dry-run'],
             ['cash', '1', '--currency', 'JPY'], ['cash', '1', '--limit', 'ten'], ['cash', '1', '--mode'], ['cash', '1', '--mode', 'slow'],
             ['cash', '1', '--pair', 'k'], ['cash', '1', '--pair', 'k', 'v'], ['cash', '1', '--bogus', 'x'], ['cash', '1', '--cur', 'GBP'],
             ['cash', '1', '--level', '5'], ['cash', '1', '--level', '2'], ['cash', '-1', '-2.5'], ['--', '-x', '1'], ['cash', '1', '-t'],
             ['cash', '1', '--no-color', '-vvv'], ['--version'], ['cash', '1', '--dry-run=yes'], ['cash', '1', '-vx'], ['-h']]:
    attempt(p, argv)

q = argparse.ArgumentParser(prog='calc')
g = q.add_mutually_exclusive_group()
g.add_argument('--add', action='store_true')
g.add_argument('--sub', action='store_true')
q.add_argument('x', type=int)
q.add_argument('y', type=int, nargs='?', default=10)
q.add_argument('rest', nargs='*')
q.print_help()
for argv in [['1'], ['1', '2', '3', '4'], ['--add', '--sub', '1'], ['--add', '1'], ['1', '--sub', '2'], ['a']]:
    attempt(q, argv)

r = argparse.ArgumentParser(prog='req')
rg = r.add_mutually_exclusive_group(required=True)
rg.add_argument('-a', action='store_true')
rg.add_argument('-b', type=int)
r.print_usage()
for argv in [[], ['-a'], ['-b', '3'], ['-a', '-b', '1']]:
    attempt(r, argv)

s = argparse.ArgumentParser(prog='git')
s.add_argument('--git-dir')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
c1 = sub.add_parser('commit', help='record changes')
c1.add_argument('-m', '--message', required=True)
c2 = sub.add_parser('push', help='upload')
c2.add_argument('remote', nargs='?', default='origin')
c2.add_argument('--force', action='store_true')
s.print_help()
c1.print_help()
for argv in [['commit', '-m', 'hi'], ['push'], ['push', 'up', '--force'], ['pull'], ['commit'], [], ['--git-dir', 'x', 'push', 'y', 'z']]:
    attempt(s, argv)

n = argparse.Namespace(a=1, b='x')
print(n, n == argparse.Namespace(a=1, b='x'), 'a' in n, vars(n))
print(p.parse_known_args(['cash', '1', '--zzz', 'q']))
for bad in [lambda: p.add_argument('--verbose'), lambda: p.add_argument('x', required=True), lambda: p.add_argument('bad', nargs=0), lambda: p.add_argument('--c', action='nope'), lambda: p.add_argument('--d', type='int'), lambda: p.add_argument('e', nargs=2, metavar=('A',)), lambda: p.add_argument('f-x', dest='y')]:
    try:
        bad()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
t = argparse.ArgumentParser(prog='t', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
t.add_argument('--name', action=Upper, default='anon', help='your name')
t.add_argument('--size', type=int, default=3, help='size')
t.add_argument('files', nargs='*', help='input files')
def positive(text):
    v = int(text)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return v
t.add_argument('--n', type=positive, default='5')
t.add_argument('--ext', action='extend', nargs='+')
t.set_defaults(extra=42)
t.print_help()
for argv in [['--name', 'bob', 'a', 'b'], ['--n', '-3'], ['--n', '0'], ['--ext', 'a', 'b', '--ext', 'c'], []]:
    attempt(t, argv)
