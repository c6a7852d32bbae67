# string: constants, capwords, Template (substitute, safe_substitute,
# identifiers, validity, custom delimiter) and Formatter.
import string
from string import Template, Formatter

for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(string.capwords('x,,y', ','), string.capwords("they're bill's friends"))

t = Template('$who likes ${what}; $$5 costs $$$amount')
print(t.substitute(who='tim', what='kung pao', amount=3))
print(t.substitute({'who': 'ann', 'what': 'tea'}, amount=1, who='bob'))
print(t.safe_substitute(who='sam'))
print(t.get_identifiers(), t.is_valid(), t.template)
for text in ['$x ${y} $$ $', 'a\n b $ 1', '${x', '$1', '$x$', '${ x}', '$', 'no placeholders', '$x_1y.z', '${x}y']:
    tt = Template(text)
    print(repr(text), repr(tt.safe_substitute(x=1, x_1y='Q')), tt.get_identifiers(), tt.is_valid())
    try:
        print('  ', repr(tt.substitute(x=1, y=2, x_1y='Q')))
    except (ValueError, KeyError) as e:
        print('  ', type(e).__name__, e)
try:
    Template('$missing here').substitute(other=1)
except KeyError as e:
    print('KeyError', e)
try:
    Template('$a').substitute({}, {})
except TypeError as e:
    print('TypeError')

class Percent(Template):
    delimiter = '%'
print(Percent('%who owes %{amt} (100%%)').substitute(who='me', amt=5))
class Long(Template):
    delimiter = '<<'
print(Long('<<a and <<<<, <<{b}').safe_substitute(a=1, b=2))

f = Formatter()
print(f.format('{0} and {1!r:>6} and {name}', 'x', 'y', name='n'))
print(f.format('{} {}', 1, 2), f.format('{:{}}|', 'ab', 5), f.format('{0[1]} {0[k]}', {1: 'one', 'k': 'kay'}))
class P:
    x = 3
    items = [10, 20]
print(f.format('{p.x} {p.items[1]} {p.items[0]:x}', p=P()), f.format('{!a}', 'é'), f.format('{{}} {{x}}'))
print(f.vformat('{a}-{0}', ('z',), {'a': 'A'}))
for s in ['a{{b', 'x}}y', '{0}', 'a{0!r:>{1}}b', '{a[x:y]!s}', '{a.b[0]}', '', '{}{}', '{:{}}', 'ab',
          '{!r}', '{0:}', '{0!}', '{0!rr}', '{', '}', 'a{0', '{0!r', '{0:{1}', '{0[}', '{a[}]}', '{a{b}',
          '{0!', '{0:a}b}', '{0:{{}}}', '{a!r:{b!s}}', '{a]}', '{a[b]c}', '{!}', '{:', '{a!:x}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s, a in [('{}{0}', (1,)), ('{0}{}', (1,)), ('{0:{1}}', (1, 5)), ('{0:{}}', (1, 5)), ('{0!x}', (1,)),
             ('{a.}', ()), ('{0[0}', ([1],)), ('{0[0]x}', ([1],)), ('{5}', ()), ('{q}', ()), ('{0:{0:{0}}}', (1,))]:
    try:
        print(repr(s), repr(f.format(s, *a)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(s), type(e).__name__, e)

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if key == 'magic':
            return 'xyzzy'
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
print(Upper().format('{magic} {0} {k}', 'abc', k='q', unused=1))
