# Everyday regex recipes: a named-group tokenizer driven by lastgroup,
# e-mail/date/IP patterns, thousands separators with lookarounds, quoted
# strings with escapes, callable replacements, repeated-word removal.
import re
spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'), ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
rx = '|'.join('(?P<%s>%s)' % p for p in spec)
code = 'IF quantity THEN\n total := total + price * quantity;\n tax := price * 0.05;\nENDIF;'
for mo in re.finditer(rx, code):
    kind = mo.lastgroup
    if kind in ('SKIP', 'NEWLINE'):
        continue
    print(kind, repr(mo.group()), mo.start(), mo.lastindex)
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', 'a.b+c@ex-ample.co.uk, bad@, x@y.z'))
print(re.match(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<H>\d\d):(?P<M>\d\d))?', '2023-10-05T12:30').groupdict())
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', '1234567890'))
print(re.split(r'(?<=[.!?])\s+', 'Hi there. How are you? Fine!'))
print(re.sub(r'\s+', ' ', '  lots   of \t\n space  ').strip())
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "a \"quoted\" word" and "x"'))
print(re.sub(r'([A-Z])', lambda m: '_' + m.group(1).lower(), 'camelCaseString'))
print(re.fullmatch(r'(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}', '192.168.0.255'))
print(re.findall(r'(?m)^(\w+):\s*(.*)$', 'Host: x\nAccept: */*\nX-Y: z'))
print(re.compile(r'\b(\w+)(\s+\1\b)+', re.I).sub(r'\1', 'the The the cat sat sat'))
