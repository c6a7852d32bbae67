import pprint
data = {'name': 'ledger', 'accounts': [{'id': i, 'owner': 'person number %d' % i, 'tags': ('a', 'b', 'c')[: i % 4], 'balance': i * 1234.5} for i in range(4)], 'meta': {'created': '2024-01-01', 'nested': {'deep': [[1, 2, [3, 4, [5, 6, [7, 8]]]]] * 3}}, 'empty': {}, 'el': [], 'et': (), 'single': (1,), 'set': {3, 1, 2}, 'fs': frozenset({5, 4}), 'es': set()}
pprint.pprint(data)
for w in (1, 10, 20, 40, 60, 100):
    print('--- width', w)
    pprint.pprint(data, width=w)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, sort_dicts=False, width=30))
print(pprint.pformat(data, compact=True, width=40))
print(pprint.pformat(list(range(60)), compact=True, width=50))
print(pprint.pformat(list(range(30)), width=50))
print(pprint.pformat([list(range(12))] * 3, compact=True, indent=3, width=40))
s = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(s)
pprint.pprint([s, s[:30]])
pprint.pprint({'text': s, 'lines': 'line one\nline two is a bit longer than the first\nthree\n' * 2}, width=40)
pprint.pprint(b'\x00\x01abcdefghijklmnopqrstuvwxyz' * 4, width=30)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 3], width=30)
pprint.pprint(bytearray(b'abcdefghijklmnopqrstuvwxyz' * 3), width=30)
pprint.pprint(10**40, underscore_numbers=True)
pprint.pprint([10**12, 1.5, None, True, 3+4j], underscore_numbers=True, width=20)
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r), pprint.isreadable([1, 'a']), pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': [2, (3,)]}))
pprint.pp({'z': 1, 'a': 2, 'm': list(range(40))})
pprint.pprint({(1, 2): 'x', (0, 5): 'y', 'str': 1, 3: 4}, width=20) if False else None
pprint.pprint({2: 'b', 1: 'a', 3: ['c' * 30, 'd' * 30]}, width=40)
pprint.pprint(((1, 2, 3, 'a' * 40, ('b' * 30,)),), width=30)
class D(dict): pass
pprint.pprint(D(a=list(range(30))), width=40)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try: pprint.PrettyPrinter(**bad)
    except ValueError as e: print('ValueError', e)
p = pprint.PrettyPrinter(width=30, indent=2)
print(p.pformat([{'k': 'v' * 10, 'k2': ['w' * 5] * 4}]))
p.pprint(set(range(20)))
p.pprint(frozenset(range(20)))
print(pprint.pformat('short'), pprint.pformat(''), pprint.pformat([]), pprint.pformat([[]]))
print(pprint.pformat({'a': 'x' * 100}))
print(pprint.pformat(['x' * 100]))
