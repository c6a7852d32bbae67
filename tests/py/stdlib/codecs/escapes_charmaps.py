# unicode_escape / raw_unicode_escape, the single-byte charmap encodings and
# the non-text codecs (base64, hex, zlib, rot13) through codecs.encode/decode.
import codecs
import warnings

s = 'a\\\'"\t\n\r\x00\x7f\xe9\u1234\U0001f600 ~'
print(s.encode('unicode_escape'))
print(s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s)
print(s.encode('raw-unicode-escape').decode('Raw_Unicode_Escape') == s)
print(repr(b'\\101\\7\\1234\\\nz\\a\\b\\f\\v\\0\\x41\\u00e9\\U0001F600'.decode('unicode_escape')))
print(repr(b'\xe9\\\\\\u00e9\\\\u00e9\\x41'.decode('raw_unicode_escape')))

cases = [b'\\N{LATIN SMALL LETTER A}\\N{euro sign}\\N{NBSP}', b'\\N{NO SUCH NAME}x', b'\\N{}', b'\\x4', b'ab\\x4g', b'\\u12', b'\\U00110000', b'x\\', b'\\N', b'\\N{', b'\\N{xx']
for t in cases:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(t, err, repr(t.decode('unicode_escape', err)))
        except UnicodeDecodeError as e:
            print(t, err, 'UnicodeDecodeError:', e, e.start, e.end, e.encoding)
for t in [b'\\u12', b'\\U00110000', b'ok\\u0041\\']:
    try:
        print(t, repr(t.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(t, 'UnicodeDecodeError:', e, e.start, e.end)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(b'a\\q\\z'.decode('unicode_escape')))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

print(codecs.unicode_escape_encode('é\n'), codecs.unicode_escape_decode(b'\\x41b'))
print(codecs.raw_unicode_escape_decode(b'\\u0041'), codecs.raw_unicode_escape_encode('\u0100'))
for name in ['unicode-escape', 'raw_unicode_escape', 'cp437', 'ISO-8859-15', 'koi8_r', 'latin9',
             'windows-1251', 'MacRoman', 'ibm850', 'cp1252', 'utf8', 'hex', 'rot13', 'base64']:
    print(name, codecs.lookup(name).name)

text = 'Grüße, € and ½ — Ωμέγα Привет'
for enc in ['cp437', 'cp850', 'cp1250', 'cp1251', 'cp1252', 'cp1253', 'iso8859-2', 'iso8859-5',
            'iso8859-7', 'iso8859-15', 'koi8-r', 'koi8-u', 'mac-roman', 'cp037', 'cp866']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        try:
            b = text.encode(enc, err)
            print(enc, err, b, repr(b.decode(enc, 'replace')))
        except UnicodeEncodeError as e:
            print(enc, err, 'UnicodeEncodeError:', e, e.start, e.end)
print(repr(bytes(range(128, 256)).decode('cp437')))
print(repr(bytes(range(256)).decode('koi8-r')[-40:]))
try:
    b'\x81\x8d'.decode('cp1252')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(repr(b'a\x81b\x8d'.decode('windows-1252', 'replace')))

for enc in ['rot13', 'hex', 'base64', 'zlib']:
    try:
        'abc'.encode(enc)
    except LookupError as e:
        print('LookupError:', e)
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode(b'\x00\xffhi', 'hex'), codecs.decode(b'00ff6869', 'hex_codec'))
print(codecs.encode(b'hello' * 20, 'base64'))
print(codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.decode(codecs.encode(b'data' * 50, 'zlib'), 'zlib') == b'data' * 50)
try:
    codecs.lookup('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
print('a€\u0378\U0001F600é'.encode('ascii', 'namereplace'), 'Ω'.encode('cp437', 'namereplace'))
