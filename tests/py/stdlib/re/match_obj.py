# Match objects: group/groups/groupdict with indices, names and defaults,
# start/end/span, lastindex/lastgroup, regs, expand, m[...], repr, bool.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?', 'Isaac Newton, physicist')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('?'))
print(m[0], m[1], m['first'], m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('extra'))
print(m.lastindex, m.lastgroup, m.regs, m.re.pattern, m.string, m.pos, m.endpos)
print(m.expand(r'\g<last>, \1'), bool(m), repr(m))
for bad in [4, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', repr(bad), e)
for meth in ('start', 'end', 'span'):
    try:
        getattr(m, meth)('zz')
    except IndexError as e:
        print('IndexError', meth, e)
try:
    m[9]
except IndexError as e:
    print('IndexError', e)
print(m.group(True), m.start(False))

print(re.match(r'(a)(b)?', 'a').lastindex, re.match(r'(a)|(b)', 'b').lastindex, re.match('((a)b)', 'ab').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup, re.match(r'(a)(?P<y>b)', 'ab').lastgroup, re.match('a', 'a').lastgroup)
print(re.match('a', 'a').lastindex, re.match('(a)(?:b)', 'ab').lastindex, re.match('(?:(a)|b)*', 'ab').lastindex)
print(re.match(r'(\d+)?x', 'x').groups(), re.match(r'(\d+)?x', 'x').groups(0), re.match(r'(\d+)?x', 'x').span(1))

# repr truncation and bytes
print(repr(re.search('a+', 'b' + 'a' * 80)))
print(repr(re.search(b'\\d+', b'ab123')), repr(re.match('', 'x')))
print(repr(re.match("'", "'")), repr(re.match('"', '"')), repr(re.match('\n', '\n')))
print(type(m).__name__, type(m).__module__, type(re.compile('x')).__name__, re.Match, re.Pattern)
print(re.search('(?P<n>é+)', 'caféé').groupdict(), re.search('(?P<n>é+)', 'caféé').span('n'))
