import json

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = {"name": "Widget", "id": 7, "price": 12.5, "tags": ["a", "b"],
        "dims": (1, 2.0, -3), "empty_list": [], "empty_dict": {},
        "nested": {"x": [1, {"y": None, "z": True}], "w": False}}

print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='\t'))
print(json.dumps(data, indent='--'))
print(json.dumps(data, indent=-1))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(' , ', ' = '), indent=1))
print(json.dumps([[[]], [{}], [[1]]], indent=3))

# scalars
for v in [None, True, False, 0, -1, 10**30, -10**25, 1.0, -0.0, 0.1, 1e16, 1e-7,
          123456789.123, 2.5e-300, 1.7976931348623157e308, "", "plain", 3.14]:
    print(json.dumps(v))

# floats out of range
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
show(lambda: json.dumps(float('nan'), allow_nan=False))
show(lambda: json.dumps([1, float('inf')], allow_nan=False))
show(lambda: json.dumps({float('-inf'): 1}, allow_nan=False))

# strings and ensure_ascii
s = 'quote " backslash \\ slash / nl \n cr \r tab \t bs \b ff \f nul \x00 us \x1f del \x7f e\u00e9 euro \u20ac smile \U0001f600'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'\u00e9': '\U0001f600'}))
print(json.dumps({'\u00e9': '\U0001f600'}, ensure_ascii=False))

# keys
print(json.dumps({1: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null'}))
print(json.dumps({float('nan'): 1, float('inf'): 2, -float('inf'): 3}))
print(json.dumps({10**20: 'big'}))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({b'x': 3}))
print(json.dumps({(1, 2): 3, 'ok': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True, indent=2))
show(lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))

# unsupported objects and default
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

show(lambda: json.dumps(Point(1, 2)))
show(lambda: json.dumps({'p': {1, 2}}))
show(lambda: json.dumps(b'bytes'))
show(lambda: json.dumps(1j))
print(json.dumps([Point(1, 2), Point(3, 4)], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
print(json.dumps(Point(1, 2), default=lambda o: [o.x, Point(o.y, 0)] if o.x else 'done'))
print(json.dumps(Point(5, 6), default=vars, indent=2, sort_keys=True))

def bad_default(o):
    raise ValueError('cannot handle ' + type(o).__name__)

show(lambda: json.dumps([1, Point(0, 0)], default=bad_default))

# circular references
a = []
a.append(a)
show(lambda: json.dumps(a))
d = {}
d['self'] = d
show(lambda: json.dumps(d))
b = [1]
c = {'list': b}
b.append(c)
show(lambda: json.dumps(c))
shared = [1, 2]
print(json.dumps([shared, shared, {'k': shared}]))
show(lambda: json.dumps(Point(0, 0), default=lambda o: o))
show(lambda: json.dumps(a, check_circular=False))

# subclasses
class MyDict(dict):
    pass

class MyList(list):
    pass

class MyStr(str):
    def __str__(self):
        return 'nope'

class MyInt(int):
    def __repr__(self):
        return 'nope'

class MyFloat(float):
    def __repr__(self):
        return 'nope'

print(json.dumps(MyDict(a=MyList([1, 2]), b=MyStr('s'))))
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('x')]))
print(json.dumps({MyInt(3): 1, MyFloat(0.5): 2, MyStr('k'): 3}))
print(json.dumps((1, (2, (3,)))))

# dump to a file-like object
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

sink = Sink()
json.dump({'a': [1, 2]}, sink, indent=1)
print(repr(''.join(sink.parts)))

# deep nesting
deep = []
for _ in range(100):
    deep = [deep]
print(len(json.dumps(deep)))
deep = []
for _ in range(100000):
    deep = [deep]
show(lambda: json.dumps(deep))
