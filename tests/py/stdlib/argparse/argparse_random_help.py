import argparse
class R:
    def __init__(self): self.s = 5
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
WORDS = 'well-known re-entry supercalifragilisticexpialidocious-and-more  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa the amount of money to move between accounts in cents rounded down always'.split()
def text(n):
    return ' '.join(WORDS[r.next(len(WORDS))] for _ in range(n))
for case in range(60):
    w = 20 + r.next(90)
    mhp = 10 + r.next(30)
    fc = lambda prog, w=w, mhp=mhp: argparse.HelpFormatter(prog, width=w, max_help_position=mhp)
    p = argparse.ArgumentParser(prog='prog' + 'x' * r.next(40), description=text(r.next(30)) or None,
                                epilog=text(r.next(10)) or None, formatter_class=fc)
    for k in range(r.next(6)):
        names = ['-' + 'abcdefg'[k]] + (['--' + 'long' * (1 + r.next(5)) + str(k)] if r.next(2) else [])
        kw = {}
        if r.next(2):
            kw['help'] = text(r.next(25))
        if r.next(3) == 0:
            kw['metavar'] = 'M' * (1 + r.next(12))
        if r.next(3) == 0:
            kw['nargs'] = ['?', '*', '+', 2][r.next(4)]
        if r.next(4) == 0:
            kw['choices'] = ['red', 'green', 'blue'][: 1 + r.next(3)]
        p.add_argument(*names, **kw)
    if r.next(2):
        g = p.add_mutually_exclusive_group(required=bool(r.next(2)))
        g.add_argument('--on', action='store_true', help=text(r.next(6)))
        g.add_argument('--off', action='store_true')
    for k in range(r.next(4)):
        kw = {'help': text(r.next(12))} if r.next(2) else {}
        if r.next(3) == 0:
            kw['nargs'] = ['?', '*', '+'][r.next(3)]
        p.add_argument('pos%d' % k + 'y' * r.next(15), **kw)
    if r.next(3) == 0:
        sp = p.add_subparsers(dest='cmd', help=text(r.next(5)) or None)
        for name in ['init', 'commit', 'push'][: 1 + r.next(3)]:
            sp.add_parser(name, help=text(r.next(8)))
    print('=' * 10, case, w, mhp)
    print(p.format_help())
