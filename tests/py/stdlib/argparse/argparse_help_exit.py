# -h prints the help to stdout and exits 0 through SystemExit.
import argparse

parser = argparse.ArgumentParser(prog='report', epilog='See the manual for more.')
parser.add_argument('files', nargs='*', help='input files (default: stdin)')
parser.add_argument('-o', '--output', metavar='FILE', help='write the report to FILE')
parser.add_argument('-q', '--quiet', action='store_true', help='print nothing but errors')
group = parser.add_mutually_exclusive_group()
group.add_argument('--json', action='store_true', help='JSON output')
group.add_argument('--csv', action='store_true', help='CSV output')
parser.parse_args(['-h'])
print('not reached')
