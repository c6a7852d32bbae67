import json

def show(f):
    try:
        print(repr(f()))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)

docs = ['null', 'true', 'false', '0', '-0', '-12', '1.5', '-0.0', '1e3', '1E-2', '2.5e+10',
        '123456789012345678901234567890', '-98765432109876543210', '1e400', '-1e400',
        'NaN', 'Infinity', '-Infinity', '""', '"abc"', '" \\" \\\\ \\/ \\b \\f \\n \\r \\t "',
        '"\\u0041\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"\u00e9\U0001f600"',
        '[]', '{}', '[1, [2, [3, []]], {}]', '{"a": {"b": {"c": [true, false, null]}}}',
        ' \t\n\r [ 1 , 2 ] \n ', '{"a": 1, "a": 2}', '{"": 0}', '[1.0, 10, 1.25e2]']
for doc in docs:
    show(lambda: json.loads(doc))

bad = ['', ' ', '[', '[1,', '[1,]', '[,1]', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}",
       '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"ab\\uZZZZ"', '1 2', '[1] x',
       '{"a":1 "b":2}', '"a\nb"', '"tab\there"', 'nul', 'tru', '-', '-I', '-Inf', '01', '1.',
       '1e', '.5', '+1', '{"a":}', '{', '{"a"', '{"a":1', '[-]', '"\\', '"\\u', '"\\ud83d\\uzzzz"',
       '\ufeff[1]', '[1]\n\n  x', 'line1\nline2', '[\n  1,\n  2\n  3\n]', 'true false',
       '{"k": [1, 2, {"z": }]}', '\u00e9', '["\u00e9", x]', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, ]']
for doc in bad:
    show(lambda: json.loads(doc))

# bytes input in the encodings json detects
for raw in [b'[1, "\xc3\xa9"]', '{"a": 1}'.encode('utf-8-sig'), bytearray(b'{"b": [2]}'),
            '[1]'.encode('utf-16-le'), '[1]'.encode('utf-16-be'), '[2]'.encode('utf-16')]:
    show(lambda: json.loads(raw))
show(lambda: json.loads(5))
show(lambda: json.loads(None))
show(lambda: json.loads(['[1]']))

# strict
show(lambda: json.loads('"a\x01b\nc"', strict=False))
show(lambda: json.loads('["\x1f"]'))

# hooks
show(lambda: json.loads('{"a": 1, "b": [2, 3]}', object_hook=lambda d: sorted(d.items())))
show(lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
show(lambda: json.loads('{"x": {"y": 1}}', object_pairs_hook=tuple, object_hook=dict.keys))
show(lambda: json.loads('[1.5, 2, 3e2]', parse_float=str))
show(lambda: json.loads('[1.5, 2, -30]', parse_int=lambda s: int(s) * 10))
show(lambda: json.loads('[1.5, 2]', parse_int=float, parse_float=lambda s: 'f' + s))
show(lambda: json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
show(lambda: json.loads('[NaN, 1]', parse_constant=lambda s: 1 / 0))

def reject(s):
    raise ValueError('rejected ' + s)

show(lambda: json.loads('[1, NaN]', parse_constant=reject))
show(lambda: json.loads('{"a": {}}', object_hook=lambda d: len(d)))

# error attributes over several lines
try:
    json.loads('{\n  "a": 1,\n  "b": ?\n}')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, e.doc == '{\n  "a": 1,\n  "b": ?\n}', e.args)

# nesting limits
print(len(json.loads('[' * 500 + ']' * 500)))
show(lambda: json.loads('[' * 100000))
show(lambda: json.loads('{"a":' * 100000))

# round trips
value = {'list': [1, 2.5, 'x', None, True, False, {'k': [], 'e': {}}], 'text': 'caf\u00e9 \U0001f600 "q" \\'}
for kwargs in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')}]:
    print(json.loads(json.dumps(value, **kwargs)) == value)

# the int/str digit limit applies both ways
show(lambda: json.dumps(10**5000))
show(lambda: json.dumps({10**5000: 1}))
show(lambda: json.loads('1' * 5000))
show(lambda: len(str(json.loads('-' + '1' * 4300))))
show(lambda: len(json.dumps(10**4299)))
