# Pattern.scanner() and the laziness of finditer / sub with a callable.
import re

p = re.compile(r'a*')
s = p.scanner('baaab')
print(type(s).__name__, s.pattern is p)
for i in range(6):
    print(s.search())
s = p.scanner('aab')
for i in range(4):
    print(s.match())

s = re.compile(r'\d+').scanner('a1b22c333', 2, 8)
m = s.search()
print(m, m.pos, m.endpos, m.string)
print(s.search(), s.search(), s.search())

s = re.compile(rb'(x)(y)?').scanner(b'xxyx')
print([m.groups() for m in iter(s.match, None)])
s = re.compile(r'é+').scanner('aéé bé')
print([m.span() for m in iter(s.search, None)])
s = re.compile(rb'b').scanner(bytearray(b'abcb'))
print([m.span() for m in iter(s.search, None)])

# finditer is a lazy callable_iterator
it = re.finditer(r'\w+', 'one two three')
print(type(it).__name__)
print(next(it).group(), next(it).group())
print([m.group() for m in it])
big = 'x' * 2_000_000 + 'END'
it = re.finditer('x', big)
print(next(it).span(), next(it).span())
it = re.compile('a|').finditer('baab', 1, 3)
print([(m.span(), m.pos, m.endpos) for m in it])

# a callable repl sees matches in order, interleaved with the search
log = []
def repl(m):
    log.append(m.span())
    if m.group() == 'STOP':
        raise ValueError('stopped at %d' % m.start())
    return m.group().upper()
print(re.sub(r'\w+', repl, 'ab cd ef', count=2), log)
log.clear()
try:
    re.sub(r'\w+', repl, 'ab STOP cd' + ' zz' * 100000)
except ValueError as e:
    print('ValueError', e, log)
print(re.subn(r'x*', lambda m: '-', 'abxd'))
print(re.subn(r'x', lambda m: '-', 'abc'))
print(re.sub(rb'\d', lambda m: b'<' + m.group() + b'>', b'a1b2'))

# errors
try:
    re.compile('a').scanner(b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a').scanner('a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').scanner(5)
except TypeError as e:
    print('TypeError', e)

# laziness: the catastrophic part after the first match is never searched
it = re.finditer(r'(a+)+b|x', 'x' + 'a' * 40)
print(next(it).span())
print(re.compile(r'(a+)+b|x').scanner('xx' + 'a' * 40).search().span())
