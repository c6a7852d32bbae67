import json
from json import JSONEncoder, JSONDecoder, JSONDecodeError

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents

class MoneyEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {'__money__': o.cents}
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps({'price': Money(1250), 'tags': {'b', 'a'}}, cls=MoneyEncoder))
print(json.dumps([Money(1)], cls=MoneyEncoder, indent=2, sort_keys=True))
show(lambda: json.dumps(object(), cls=MoneyEncoder))
print(MoneyEncoder(separators=(',', ':')).encode({'m': Money(5)}))
print(''.join(MoneyEncoder(indent=1).iterencode([Money(2), 3])))

# encoder attributes
e = JSONEncoder()
print(e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent,
      repr(e.item_separator), repr(e.key_separator))
e = JSONEncoder(indent=4, sort_keys=True)
print(repr(e.item_separator), repr(e.key_separator), e.indent)
e = JSONEncoder(separators=(';', '='), skipkeys=True, allow_nan=False, ensure_ascii=False)
print(repr(e.item_separator), repr(e.key_separator), e.skipkeys, e.allow_nan, e.ensure_ascii)
print(e.encode({'b': 'caf\u00e9', (1,): 2, 'a': [1, 2]}))
show(lambda: e.encode(float('nan')))
print(JSONEncoder().encode('just a "string"'))
print(JSONEncoder(default=repr).encode([1j, b'x']))
show(lambda: JSONEncoder(unknown=1))

# encode/default dispatch: a subclass overriding encode is used by dumps
class Upper(JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({'k': 'v'}, cls=Upper))

# extra keyword arguments reach the encoder class
class Tagged(JSONEncoder):
    def __init__(self, *, tag='?', **kw):
        super().__init__(**kw)
        self.tag = tag
    def default(self, o):
        return self.tag + type(o).__name__

print(json.dumps([1, object()], cls=Tagged, tag='<obj>:'))

# decoder
d = JSONDecoder()
print(d.decode(' [1, 2] '))
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx{"a": 1}yy', 2))
print(d.raw_decode('"caf\u00e9" rest'))
print(d.raw_decode('\u00e9\u00e9 3', 3))
show(lambda: d.raw_decode(' 1'))
show(lambda: d.raw_decode('[1]', 10))
show(lambda: d.raw_decode('[1]', -1))
show(lambda: d.decode('[1] 2'))
print(d.strict, d.object_hook, d.object_pairs_hook, d.parse_float is float, d.parse_int is int)

class PointDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, obj):
        if set(obj) == {'x', 'y'}:
            return (obj['x'], obj['y'])
        return obj

print(json.loads('{"p": {"x": 1, "y": 2}, "q": [{"x": 3, "y": 4}]}', cls=PointDecoder))
print(json.loads('[1.25]', cls=PointDecoder, parse_float=lambda s: s + '!'))
print(PointDecoder(strict=False).decode('"a\tb"'))

# JSONDecodeError itself
err = JSONDecodeError('Boom', 'ab\ncd', 4)
print(err, '|', err.msg, err.doc, err.pos, err.lineno, err.colno)
print(isinstance(err, ValueError), JSONDecodeError.__mro__[1].__name__)
print(err.__reduce__()[1])

# load/dump with file-like objects
class Buffer:
    def __init__(self):
        self.text = ''
        self.writes = 0
    def write(self, s):
        self.text += s
        self.writes += 1
    def read(self):
        return self.text

buf = Buffer()
json.dump({'rows': [{'id': i, 'ok': i % 2 == 0} for i in range(3)]}, buf, indent=2)
print(buf.text)
print(json.load(buf))
print(json.load(buf, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(sorted(json.__all__))

# a subclass overriding iterencode changes encode/dumps output too
class Shouting(JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.upper()

print(json.dumps({'quiet': ['words', 1.5]}, cls=Shouting))
print(Shouting(indent=1).encode(['a', {'b': 'c'}]))
