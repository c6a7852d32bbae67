# ChainMap and UserDict / UserList / UserString.
from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z', 'none'), len(cm), list(cm), sorted(cm.items()))
print('c' in cm, 'z' in cm, bool(ChainMap()), bool(cm), ChainMap())
child = cm.new_child()
child['a'] = 100
print(child, child.parents, child['a'], cm['a'])
print(cm.new_child({'x': 1}), cm.new_child(y=2).maps[0])
cm['d'] = 4
del cm['d']
for bad in [lambda: cm.__delitem__('a'), lambda: cm['missing'], lambda: ChainMap({}, {'q': 1}).popitem(),
            lambda: cm.pop('a')]:
    try:
        bad()
    except KeyError as e:
        print('KeyError', e)
print(cm.pop('c'), cm, cm.copy(), type(cm.copy()).__name__)
print(ChainMap.fromkeys('ab', 0), dict(cm), cm | {'n': 1}, {'m': 0} | cm)
print(ChainMap({'k': 1}) == {'k': 1}, cm.maps is cm.maps)

ud = UserDict({'one': 1}, two=2)
ud['three'] = 3
print(ud, len(ud), ud['one'], 'two' in ud, ud.get('x', 0), sorted(ud), ud.data is ud.data)
del ud['one']
print(ud, ud.pop('two'), ud.setdefault('four', 4), ud, ud.copy(), type(ud.copy()).__name__)
class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting()
print(dd['ab'], ud | {'z': 0}, UserDict.fromkeys([1, 2]), ud == {'three': 3, 'four': 4})
try:
    ud['nothing']
except KeyError as e:
    print('KeyError', e)

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend([0])
ul.sort()
print(ul, ul[1], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul, ul + [9], ul * 2, 3 * ul)
ul.reverse()
print(ul, ul.pop(), ul.index(3), ul.count(3), ul == [5, 3, 2, 1], ul < [6], ul.copy())
ul.insert(0, 'x')
ul.remove('x')
ul += (7,)
ul[0] = 'first'
del ul[1]
print(ul, list(reversed(ul)), ul.data)

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], type(us[1:]).__name__, us.upper(), us.lower().title())
print(us.split(), us.replace('World', 'There'), us.startswith('He'), us.find('o'), us.count('l'), 'World' in us)
print(us + '!', '>' + us, us * 2, us.center(15, '*'), us.isalpha(), us.strip('Hd'), us == 'Hello World', us < 'Z')
print(UserString(42), UserString('%d items') % 5, us.join(['a', 'b']), us.encode(), sorted([UserString('b'), UserString('a')]))
print(us.split(sep=' '), us.find(UserString('o')), us.count('l', 3), us.endswith(('d', 'x')), us.encode(encoding='ascii'))
print(us.rfind('o'), us.index('W'), us.partition(' '), us.ljust(13, '.'), type(us.zfill(14)).__name__, us.isascii(), UserString('a,b').split(','))
try:
    us.index('zz')
except ValueError as e:
    print('ValueError', e)
ul2 = UserList(UserList([1, 2]))
ul2 += UserList([3])
print(ul2, UserList() + (1, 2), UserList('ab'), UserList([1]) == UserList([1]), UserList([1]) + UserList([2]))
print([8] + UserList([1]), (1,) + UserList([2]), 'a' + UserString('b'), type('a' + UserString('b')).__name__)
