# re.error messages and positions for invalid patterns, the other
# exception types compile raises, and the error object's attributes.
import re

PATTERNS = ['(', 'a)', '*', 'a**', '[a', '\\q', '\\', '[z-a]', '(?<x', '(?Q', '(?P<', '(?P<a', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '\\5', '(a\\1)', 'a{3,2}', '(?<=a*)', '(?i', '(?z)', '(?i-', '(?-i)', '(?i-:a)', 'a(?i)b', '(?#abc', '\\x1', '\\u12', '\\777', '(?(1)a|b|c)', '(?(x)a)', '(?(1a)a)', '^*', '(?P', '(?P=', '(?P=a', '(?', '[\\d-z]', 'x{2}{3}', '(?i:', '(?a:(?u:x))', '(?L)', '((a)', 'a|*', '(?<', '\\U00110000', '[\\A]', '[\\8]', 'x++', '(?>', '(?P>a)', '(?(0)a)', '\\g<1>', '(a)(?(2)b)', '(?i-i:a)', '(?-a:x)', '(?u', 'a{,2}', 'a{,}', 'a{99999999999}', '(?t)a', '(?iL)', '(?ia)', '(?au)', '(?i-a:x)', '(?i-q:x)', '(?i-1:x)', '(?iq)', '(?i1)', '(?-)', '(?-i', '(?-ix', '(?x-x:a)', '(?i:a)(?-i:b)', '(?P<a b>x)', '(?P<>x)', '(?P=)', '(?()a)', '(?(1', '(?(1)', '(a)(?<=\\1)', '(?<=(a)\\1)', '(a)\\2', '\\10', '(?P<é>x)', 'a{2', 'a{2,x}', '(?x) a # c\n b', '[]a]', '[^]a]', '[]', '[a-]', '[-a]', '[a-\\d]', '[\\w-a]', '\\0', '\\08', '\\01234', '[\\0123]', '\\u00e9', '\\x4g', '(?<!ab)', '(?<=a|bc)', '(?<=a|b)', '(?<=(?:ab){2})', '\\ba\\B', '\\', 'a\\', '[a\\', '(?P<a>x)(?P=a', '(?P<a>(?P=a))', '\\8', '(?#x)a', '(?i)(?m)a', '(?i)(?:a)(?m)', '((?i)a)', '(?i:(?x)a)']

for p in PATTERNS:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups, r.flags)
    except re.error as e:
        print(repr(p), repr(e.msg), e.pos, '|', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L),
             ('(?a)(?u)', 0), (b'(?u)', 0), (b'\\u1234', 0), ('(?a)a', re.U),
             (b'(?L)a', 0), (b'(?a)\\w', 0)]:
    try:
        r = re.compile(p, f)
        print(repr(p), 'OK', r.groups, r.flags)
    except re.error as e:
        print(repr(p), repr(e.msg), e.pos, '|', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

# error objects
try:
    re.compile('ab\n(cd')
except re.error as e:
    print(e.msg, e.pos, repr(e.pattern), e.lineno, e.colno, '|', e)
try:
    re.compile(b'x[')
except re.error as e:
    print(e.msg, e.pos, e.pattern, e.lineno, e.colno, '|', e)
e = re.error('boom')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('boom', 'line1\nline2', 8)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.search('(', 'x')
except re.error as e:
    print(type(e).__name__, e)
