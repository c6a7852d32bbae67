# sub/subn with template strings, callables and count; split with groups
# and maxsplit; the 3.7+ empty-match rules.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'), re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'(\d)', r'\g<0>\g<0>', 'x5y'), re.sub('a', r'\n\t\\', 'bab'))
print(repr(re.sub('a', r'\-\.\ ', 'a')), repr(re.sub('a', r'\0\07\101', 'a')))
print(re.sub('(a)|b', r'[\1]', 'ab'), re.sub('(a)(b)?', r'\2|\1', 'a ab'))
print(re.sub('x', '-', 'axbxc', count=1), re.sub('x', '-', 'axbxc', 0), re.sub('x', '-', 'axbxc', count=5))
print(re.subn('x', '-', 'axbxcx'), re.subn('x', '-', 'axbxcx', 2), re.subn('q', '-', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub('a', lambda m: None, 'xa'), re.sub('(b)', lambda m: m.group(1).upper(), 'abc'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''))
print(re.sub('a*', '-', 'baac'), re.sub('(?=b)', '-', 'abab'), re.sub('$', '!', 'a\n'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'(?m)^', '> ', 'l1\nl2'))
print(re.subn('', '', 'abc'), re.subn('a|', 'X', 'bab'))
print(re.sub(b'a', b'\\0x', b'bab'), re.sub(rb'(a)', rb'[\1]', b'cat'))
print(re.sub('a', 'b', 'aaa', flags=re.I), re.sub('A', 'b', 'aAa', 0, re.I))
p = re.compile('(?P<word>[a-z]+)')
print(p.sub(r'<\g<word>>', 'ab 12 cd'), p.subn(lambda m: m['word'][::-1], 'ab 12 cd'))
m = re.search(r'(\w+)@(\w+)\.com', 'mail: joe@site.com')
print(m.expand(r'user=\1 host=\2 all=\g<0>'), m.expand(b'x' and r'\\1'))
for bad in [r'\g<x>', r'\g<1', r'\g', r'\3', r'\g<-1>', r'\g<1a>', r'\q', r'\400', r'\g<>', r'\x41', '\\']:
    try:
        print(repr(re.sub('(a)', bad, 'a')))
    except re.error as e:
        print('error', repr(bad), e, '|', e.msg, e.pos, repr(e.pattern))
    except IndexError as e:
        print('IndexError', e)
for repl in [5, b'x']:
    try:
        re.sub('a', repl, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 1, 'xa')
except TypeError as e:
    print('TypeError', e)

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('', 'abc'))
print(re.split(r'(a)|b', 'xaybz'), re.split('(?=,)', 'a,b,c'), re.split(',', ''))
print(re.split('x', 'axbxc', -1), re.split(r'\s*', ' a b '), re.split(r'(\s)*', 'a  b'))
print(re.split(b',', b'a,,b'), re.split('(?m)^$', 'a\n\nb'))

print(re.findall('', 'abc'), re.findall('a*', 'baac'), re.findall(r'\b', 'ab cd'))
print([m.span() for m in re.finditer('x*', 'axxb')], [m.span() for m in re.finditer(r'(?=\w)', 'ab')])
print([m.span() for m in re.finditer('a|', 'aab')], re.findall('|a', 'aab'))
