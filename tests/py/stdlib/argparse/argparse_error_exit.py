# An uncaught parse error: usage and "prog: error: ..." on stderr, exit 2.
import argparse

parser = argparse.ArgumentParser(prog='convert', description='Convert amounts.')
parser.add_argument('amount', type=float)
parser.add_argument('--to', choices=['EUR', 'USD'], required=True)
print(parser.parse_args(['12.5', '--to', 'USD']))
parser.parse_args(['12.5', '--to', 'JPY'])
print('not reached')
