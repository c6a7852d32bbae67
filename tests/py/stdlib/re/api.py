# The module-level functions and Pattern methods: match/search/fullmatch
# with pos and endpos, findall, finditer, escape, purge, the cache,
# Pattern attributes, repr, equality and hashing.
import re

p = re.compile(r'(\d+)-(\d+)')
s = 'a 12-34 b 5-6 c 789-0'
print(p.search(s), p.match(s), p.fullmatch('12-34'), p.fullmatch('12-34x'))
print(p.findall(s))
print([m.span() for m in p.finditer(s)])
print([m.group(1) for m in p.finditer(s, 5)])
print(p.search(s, 3), p.search(s, 3, 6), p.match(s, 2), p.match(s, 2, 6))
print(p.fullmatch(s, 2, 7), p.search(s, -10, 100), p.search(s, 100))
print(re.compile('').match('abc', 2, 1), re.compile('$').search('abc', 0, 2))
print(re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 2))
print(re.compile(r'\bb').search('ab', 1), re.compile('(?<=a)b').search('ab', 1))
m = re.compile('c').search('abcd', 1, 3)
print(m.pos, m.endpos, m.string, m.re)

print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a+', 'aaa'))
print(re.findall(r'\d', 'a1b2c3'), re.findall(r'(\w)=(\d)', 'a=1, b=2'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'(a)(x)?', 'a ax'))
print(list(re.finditer(r'\w+', 'one two')))
it = re.finditer('a', 'aXa')
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('StopIteration')

# Pattern attributes
q = re.compile(r'(?P<key>\w+)=(?P<val>\w*)(x)?', re.I | re.M)
print(q.pattern, q.flags, q.groups, sorted(q.groupindex.items()))
print(repr(q), repr(re.compile('a')), repr(re.compile(b'a+', re.S)))
print(repr(re.compile('a', re.A)), repr(re.compile('a', re.X | re.DOTALL)))
print(repr(re.compile('x' * 250))[-10:], len(repr(re.compile('y' * 250))))
print(re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('(?a)a').flags)
print(re.compile('(?x)a').flags, re.compile('(?s)(?m)a').flags)
try:
    q.groupindex['key'] = 5
except TypeError as e:
    print('TypeError', e)

# equality, hashing, cache, copy
a1 = re.compile('ab+', re.I)
a2 = re.compile('ab+', re.I)
print(a1 == a2, a1 == re.compile('ab+'), a1 == re.compile(b'ab+', re.I), hash(a1) == hash(a2))
print(re.compile(a1) is a1, len({a1, a2}))
try:
    re.compile(a1, re.M)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(5)
except TypeError as e:
    print('TypeError', e)
print(a1.__copy__() is a1, a1.__deepcopy__({}) is a1)
re.purge()
print(re.match('x', 'x').span())

# escape
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t\tu\nv'))
print(re.escape('hello_world123'), re.escape('é∂'), re.escape(b'a.b c'))
for text in ['1+1=2', '[x]', 'a\\b', 'what? (yes)']:
    print(bool(re.fullmatch(re.escape(text), text)))

# type errors
for pat, subj in [('a', b'a'), (b'a', 'a'), ('a', 5), ('a', None)]:
    try:
        re.search(pat, subj)
    except TypeError as e:
        print('TypeError', e)
print(re.search(b'b+', bytearray(b'abbc')), re.findall(b'b', bytearray(b'abb')))
print(re.search(b'(b)', b'abc').group(1), re.split(b',', b'a,b'))

# bytes patterns: ASCII-only classes and case folding
print(re.findall(rb'\w+', 'héllo wörld'.encode('latin-1')))
print(re.match(rb'(?i)abc', b'ABC'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.findall(rb'\s', b'a\tb\x1cc\x85'), re.findall(rb'\d', b'12'))

# str subclasses and non-ASCII subjects
class S(str):
    pass
m = re.search('b+', S('abbc'))
print(m.group(), type(m.group()).__name__, re.sub('b', 'x', S('abc')))
print(re.search('ß+', 'aßßb').span(), re.findall('.', 'añ😀'), re.split('ñ', 'mañana'))
print(re.sub('(ö)', r'[\1]', 'schön böse'), [m.span() for m in re.finditer('ö', 'öaö')])

# endpos before pos: match may still succeed empty, search finds nothing
for pat in ['', '(?=(?:($))?)', 'a?', '$', r'\b']:
    c = re.compile(pat)
    print(repr(pat), c.match('AB', 2, 1), c.search('AB', 2, 1), c.fullmatch('AB', 2, 1), c.findall('AB', 2, 1))
