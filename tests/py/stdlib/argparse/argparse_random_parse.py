import sys
sys.stderr = sys.stdout
import argparse
class R:
    def __init__(self): self.s = 99
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
NARGS = [None, '?', '*', '+', 1, 2]
for case in range(150):
    p = argparse.ArgumentParser(prog='r%d' % case, exit_on_error=bool(r.next(2)))
    opts = []
    for k in range(r.next(5)):
        name = ['--alpha', '--beta', '--bet', '-c', '-d', '--delta-x'][r.next(6)]
        act = ['store', 'store_true', 'append', 'count', 'store_const', 'extend'][r.next(6)]
        kw = {}
        if act in ('store', 'append', 'extend'):
            n = NARGS[r.next(6)]
            if act == 'extend' and n is None:
                n = '+'
            kw['nargs'] = n
            if r.next(3) == 0:
                kw['type'] = int
            if r.next(4) == 0:
                kw['choices'] = ['1', '2', 'x'] if 'type' not in kw else [1, 2, 3]
            if n == '?':
                kw['const'] = 'C'
        if act == 'store_const':
            kw['const'] = 42
        if r.next(5) == 0 and act != 'count':
            kw['required'] = True
        try:
            p.add_argument(name, action=act, **kw)
            opts.append(name)
        except Exception as e:
            print('add', name, act, type(e).__name__, e)
    for k in range(r.next(4)):
        kw = {'nargs': NARGS[r.next(6)]}
        if r.next(3) == 0:
            kw['type'] = int
        p.add_argument('p%d' % k, **kw)
    print(p.format_usage(), end='')
    for t in range(4):
        argv = []
        for _ in range(r.next(7)):
            c = r.next(10)
            if c < 4 and opts:
                o = opts[r.next(len(opts))]
                argv.append(o if r.next(4) else o + '=' + str(r.next(3)))
            elif c < 5:
                argv.append('--')
            elif c < 6:
                argv.append('-' + str(r.next(5)))
            elif c < 7:
                argv.append('--bogus')
            else:
                argv.append(['1', '2', 'x', 'val', '7'][r.next(5)])
        try:
            print(argv, p.parse_args(argv))
        except SystemExit as e:
            print(argv, 'exit', e.code)
        except argparse.ArgumentError as e:
            print(argv, 'ArgumentError', e)
        except Exception as e:
            print(argv, type(e).__name__, e)
