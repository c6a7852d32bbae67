# unicodedata against CPython's Unicode 14.0.0 database: every property of
# every code point (as digests), the four normalization forms of every
# character and of sequences that reorder and compose, and the errors.
import hashlib
import sys
import unicodedata as u

print(u.unidata_version)
chars = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000]


def digest(values):
    return hashlib.sha256('|'.join(values).encode('utf-8')).hexdigest()[:16]


for f in (u.category, u.bidirectional, u.east_asian_width, u.decomposition):
    print(f.__name__, digest(map(f, chars)))
for f in (u.combining, u.mirrored):
    print(f.__name__, hashlib.sha256(bytes(map(f, chars))).hexdigest()[:16])
for f in (u.decimal, u.digit, u.numeric):
    print(f.__name__, digest([str(f(c, None)) for c in chars]))
print('name', digest([u.name(c, '-') for c in chars]))
# Planes 0-2 and the plane-14 tags and selectors: every character that
# normalizes to something else, and then some.
assigned = chars[:0x30000 - 0x800] + [chr(cp) for cp in range(0xE0000, 0xE0200)]
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    out = list(map(u.normalize, [form] * len(assigned), assigned))
    print(form, sum(map(str.__ne__, out, assigned)), digest(out))

samples = ['e\u0301', 'a\u0323\u0302', 'a\u0302\u0323', '\u1112\u1161\u11ab', '\uac00\u11a8', 'ﬁ²½ẛ̣', 'Å Å Å',
           '\u0b47\u0b3e', 'q\u0307\u0323', '\u1e0b\u0323', 'ự', '\u0041\u030a\u0301', '가각', '\u2126\u212b',
           'x\u0300\u0315\u0300y', '\u0f73\u0f75', '\U0001d15e\U0001d165']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
print(u.lookup('latin small letter a'), u.lookup(b'EURO SIGN'), u.lookup('LINE FEED') == '\n',
      u.lookup('HANGUL SYLLABLE GA'), u.name('\u4e00'), u.name('\U0001F600'), u.lookup('LATIN CAPITAL LETTER GHA'))
s = 'abc'
print(u.normalize('NFC', s) is s)
for f, args in [(u.category, (1,)), (u.category, ('ab',)), (u.category, ('',)), (u.name, ('\x00',)),
                (u.name, ('\x00', 'dflt')), (u.decimal, ('x',)), (u.digit, ('x',)), (u.numeric, ('x',)),
                (u.lookup, ('NO SUCH',)), (u.normalize, ('NFX', 'a')), (u.normalize, ('NFC', 1)),
                (u.name, ('\u0378',)), (u.lookup, ('TOOTH',))]:
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)
