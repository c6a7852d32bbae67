import argparse
for w in (30, 45, 70):
    p = argparse.ArgumentParser(prog='g', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=w),
                                description='A description that is long enough to need wrapping at small widths, with well-known hyphenated words.')
    g = p.add_argument_group('network', 'Options for the network connection, which are explained here at some length so that they wrap.')
    g.add_argument('--host', help='host\tname   with  odd\nspacing')
    p.add_argument('--version', action='version', version='%(prog)s version 1.2.3 which is described in a rather long sentence')
    print(p.format_help())
    try:
        p.parse_args(['--version'])
    except SystemExit:
        pass
