# The str predicates and case mappings over every code point agree with
# CPython's Unicode 14.0 database: per property, the number of characters
# that have it and a digest of which (and of the mapped text), plus spot checks.
import hashlib
import sys

chars = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp < 0xE000]
for name in ('isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable', 'isidentifier',
             'isupper', 'islower', 'istitle', 'isalnum'):
    have = ''.join(filter(getattr(str, name), chars))
    print(name, len(have), hashlib.sha256(have.encode('utf-8')).hexdigest()[:16])
for name in ('lower', 'upper', 'casefold', 'title', 'swapcase', 'capitalize'):
    mapped = list(map(getattr(str, name), chars))
    changed = sum(map(str.__ne__, mapped, chars))
    print(name, changed, hashlib.sha256('|'.join(mapped).encode('utf-8')).hexdigest()[:16])

print('ΣΑΣ ΟΔΟΣ. σ·Σ'.lower(), 'ǆemal ǈubljana'.title(), 'ﬁre ßtraße'.upper(), 'İstanbul'.lower().encode('utf-8'))
print('ǅ'.swapcase(), 'ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle(), 'ß'.capitalize(), 'ﬀ'.capitalize())
print('\u0295'.islower(), '\u1c89'.lower() == '\u1c89', 'ab\u0345'.isalpha(), '\u2160'.isidentifier())
print(int('\u0661\u0662\u0663'), int('\uff15'), float('\u0967.\u0968'), int('\u3000 42\u2028'))
for s in ['\x1c1', '1\x85']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(e)
print(repr('\u0378\u0530\u00a0\u200b\u2028\ue000\U000e0100\U00031350\u1c89'))
print('a\u3000b\x1cc\x85d'.split(), ' \u2003x\u2003 '.strip() == 'x')
import re
print(re.findall(r'\w+', 'naïve café ǅ٣ x\u0345y'), re.findall(r'(?i)straSSe|ǆ', 'STRASSE Ǆ ǅ'))
print(re.sub(r'\s+', '|', 'a\u3000b\x1cc\u200bd'), re.findall(r'\d', '٣²5'))
