# RegexFlag values, repr and operators; flags passed to compile versus
# inline flags (global and scoped) and what they change.
import re

print(repr(re.I), str(re.M), re.I == 2, int(re.S), re.X.value, re.A.name, re.U + 0)
print(repr(re.I | re.M), repr(re.I | re.M | re.S | re.X), repr(re.I | 8192))
print(repr(re.NOFLAG), repr(re.RegexFlag(0)), repr(re.RegexFlag(3)), repr(~re.I))
print(repr(re.I & re.M), repr((re.I | re.M) & re.M), repr(re.I ^ re.I), type(re.I + 1).__name__)
print(re.IGNORECASE is re.I or re.IGNORECASE == re.I, re.DOTALL == re.S, re.MULTILINE, re.VERBOSE, re.ASCII, re.UNICODE, re.LOCALE)
print(isinstance(re.I, int), isinstance(re.I | re.M, re.RegexFlag), re.RegexFlag.IGNORECASE)

# IGNORECASE
print(re.findall('ab', 'AB ab Ab', re.I), re.findall('[a-c]', 'ABCD', re.I), re.findall('[^a-c]', 'aBxD', re.I))
print(re.match('é', 'É', re.I), re.match('é', 'É', re.I | re.A), re.match(r'(\w)\1', 'aA', re.I))
print(re.match('i', 'I', re.I), re.match('[kK]+', 'kK\u212a', re.I), re.match('k+', 'kK\u212a', re.I | re.A))

# MULTILINE
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.search('^second', text), re.search('^second', text, re.M).span(), re.findall('$', 'a\nb\n', re.M))

# DOTALL
print(re.findall('a.b', 'a\nb axb'), re.findall('a.b', 'a\nb axb', re.S), re.findall('(?s:a.)b', 'a\nb'))

# VERBOSE
pat = re.compile(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', re.X)
print(pat.findall('555-1234 and 555 9876'), re.match(r'a\ b # c', 'a b', re.X), re.match('[ ]x', ' x', re.X))
print(re.match(r'(?x) a  b  c', 'abc'), re.match(r'a(?x: b c )d', 'abcd'), re.match(r'(?x)a{2} ', 'aa'))

# ASCII and UNICODE
print(re.findall(r'\w+', 'naïve café'), re.findall(r'\w+', 'naïve café', re.A))
print(re.findall(r'\d', '4٤৪'), re.findall(r'\d', '4٤৪', re.ASCII), re.findall(r'\s', 'a\u00a0b\u2003c'), re.findall(r'\s', 'a\u00a0b', re.A))
print(re.findall(r'\bé', 'é éa'), re.findall(r'\bé', 'é éa', re.A), re.findall(r'(?a)\W', 'aé'))

# inline flag groups
print(re.findall('(?i)hello', 'Hello HELLO'), re.findall('(?i:h)ello', 'Hello HELLO'))
print(re.findall('(?-i:a)b', 'aB AB ab', re.I), re.findall('(?s-i:a.)', 'a\nA\n', re.I))
print(re.search('(?im)^b', 'a\nB').span(), re.compile('(?ims)x').flags, re.compile('(?x)(?i) a').flags)
print(re.compile('a', re.I).flags, re.compile('a', re.I | re.A).flags, re.compile(b'a', re.I).flags, re.compile(b'(?L)a').flags)

# Unicode case-folding equivalences (literals and classes)
for a, b in [('\u03d0', '\u03b2'), ('\u03d1', '\u0398'), ('\u1e9b', '\u1e61'), ('[\u03d0]', '\u03b2'),
             ('[\u03b2]', '\u03d0'), ('\u00b5', '\u03bc'), ('[\u00b5]', '\u039c'), ('\u0130', 'i'),
             ('[\u0130]', 'I'), ('\u0131', 'I'), ('[\u03c2]', '\u03a3'), ('[\u1e9e]', '\u00df'),
             ('\u2126', '\u03c9'), ('[k]', '\u212a'), ('[\u212a]', 'K'), ('[s]', '\u017f'), ('[a-z]', '\u017f')]:
    print(repr(a), repr(b), bool(re.fullmatch('(?i)' + a, b)), bool(re.fullmatch('(?ia)' + a, b)))

print(list(re.A | re.I | re.T), list(re.NOFLAG), re.M in re.I, re.I in (re.I | re.M), len(re.A | re.I))
print(f'{re.I}', '{}'.format(re.M | re.I), '%s' % re.I, '%d' % re.I, bool(re.NOFLAG), bool(re.S))

# backreferences under IGNORECASE compare simple lowercase forms
for s in ['σς', 'ςΣ', 'σΣ', 'aA', 'İi', 'ǅǆ', 'KK', 'k\u212a']:
    print(repr(s), bool(re.fullmatch(r'(?i)(.)\1', s)), bool(re.fullmatch(r'(?ia)(.)\1', s)))
