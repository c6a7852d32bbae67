# \N{NAME} escapes in str patterns: names, aliases, any case, in classes,
# algorithmic names, and the errors.
import re

subject = 'a\u2022x\u00e9aa\u4e00\uac00\b*\u2603'
for p in [r'\N{BULLET}', r'\N{bullet}', r'[\N{BULLET}x]+', r'\N{LATIN SMALL LETTER A}+',
          r'\N{LATIN SMALL LETTER E WITH ACUTE}', r'\N{CJK UNIFIED IDEOGRAPH-4E00}',
          r'\N{HANGUL SYLLABLE GA}', r'\N{BACKSPACE}', r'\N{ASTERISK}', r'\N{SNOWMAN}',
          r'[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER Z}]+', r'(?i)\N{LATIN CAPITAL LETTER A}',
          r'\N{BULLET}{1}x']:
    print(repr(p), re.findall(p, subject))
for p in [r'\N', r'\Nx', r'\N{', r'\N{BULLET', r'\N{NOPE}', r'\N{}', r'ab\N{NO SUCH}',
          r'[\N{NOPE}]', r"\N{it's}", r'\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), 'error:', e, e.pos)
try:
    re.compile(rb'\N{BULLET}')
except re.error as e:
    print('bytes error:', e)
