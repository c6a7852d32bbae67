# bytes / bytearray method coverage (results and CPython error messages)
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

B = b'Hello, World'
A = bytearray(B)
for x in (B, A):
    name = type(x).__name__
    t(name + ' partition', lambda: x.partition(b', '))
    t(name + ' partition miss', lambda: x.partition(b'#'))
    t(name + ' rpartition', lambda: x.rpartition(b'o'))
    t(name + ' rpartition miss', lambda: x.rpartition(b'#'))
    t(name + ' partition empty', lambda: x.partition(b''))
    t(name + ' partition str', lambda: x.partition('o'))
    t(name + ' split', lambda: x.split())
    t(name + ' split o', lambda: x.split(b'o'))
    t(name + ' split o 1', lambda: x.split(b'o', 1))
    t(name + ' rsplit o 1', lambda: x.rsplit(b'o', 1))
    t(name + ' split kw', lambda: x.split(sep=b'l', maxsplit=2))
    t(name + ' rsplit kw', lambda: x.rsplit(sep=b'l', maxsplit=2))
    t(name + ' split bad kw', lambda: x.split(foo=1))
    t(name + ' copy', lambda: x.upper().lower().swapcase().title().capitalize())
    t(name + ' is', lambda: (x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isspace(), x.istitle(), x.isupper()))
    t(name + ' just', lambda: (x.ljust(15, b'*'), x.rjust(15), x.center(16, b'-'), x.center(15, bytearray(b'.'))))
    t(name + ' find', lambda: (x.find(b'o'), x.find(111), x.find(b'o', 5), x.find(b'o', 5, 8), x.rfind(b'l'), x.rfind(108, 0, 5)))
    t(name + ' index', lambda: (x.index(b'W'), x.rindex(b'o'), x.index(72)))
    t(name + ' index miss', lambda: x.index(b'z'))
    t(name + ' rindex miss', lambda: x.rindex(b'z', 0, 3))
    t(name + ' count', lambda: (x.count(b'l'), x.count(108), x.count(b'l', 4), x.count(b'', 2, 5), x.count(b'l', -3)))
    t(name + ' count 0 args', lambda: x.count())
    t(name + ' count big', lambda: x.count(300))
    t(name + ' count str', lambda: x.count('l'))
    t(name + ' replace', lambda: (x.replace(b'l', b'L'), x.replace(b'l', b'', 2), x.replace(b'', b'.', 3)))
    t(name + ' startswith', lambda: (x.startswith(b'He'), x.startswith((b'x', b'Hel')), x.startswith(b'llo', 2), x.endswith(b'ld'), x.endswith(b'o', 0, 5), x.endswith((b'q',))))
    t(name + ' startswith int', lambda: x.startswith(72))
    t(name + ' strip', lambda: (x.strip(b'Hd'), x.lstrip(b'leH'), x.rstrip(b'dlr'), bytearray(b' \t x \n').strip() if name == 'bytearray' else b' \t x \n'.strip()))
    t(name + ' strip kw', lambda: x.strip(chars=b'x'))
    t(name + ' removeprefix', lambda: (x.removeprefix(b'Hell'), x.removesuffix(b'rld'), x.removeprefix(b'zz')))
    t(name + ' hex', lambda: (x.hex(), x.hex(':'), x.hex(b'-', 3), x.hex(' ', -5), x.hex(sep='_', bytes_per_sep=2)))
    t(name + ' hex sep len', lambda: x.hex('::'))
    t(name + ' decode', lambda: (x.decode(), x.decode('ascii'), x.decode(encoding='latin-1', errors='strict')))
    t(name + ' translate', lambda: x.translate(bytes.maketrans(b'lo', b'01')))
    t(name + ' translate delete', lambda: (x.translate(None, b'lo'), x.translate(None, delete=b'H')))
    t(name + ' translate short', lambda: x.translate(b'abc'))
    t(name + ' join', lambda: x[:1].join([b'a', bytearray(b'b'), b'c']))
    t(name + ' join bad', lambda: x.join([b'a', 'b']))
    t(name + ' join int', lambda: x.join(5))
    t(name + ' zfill', lambda: (x.zfill(14), type(x)(b'-42').zfill(6), type(x)(b'+7').zfill(1)))
    t(name + ' expandtabs', lambda: (type(x)(b'a\tbc\td\n\tx').expandtabs(), type(x)(b'a\tb').expandtabs(4), type(x)(b'a\tb').expandtabs(tabsize=0)))
    t(name + ' splitlines', lambda: (type(x)(b'a\nb\r\nc\rd\n\n').splitlines(), type(x)(b'a\nb\r\n').splitlines(True), type(x)(b'x').splitlines(keepends=True)))
    t(name + ' fromhex', lambda: type(x).fromhex('41 42 ff'))
    t(name + ' fromhex bad', lambda: type(x).fromhex('4 1'))
    t(name + ' maketrans', lambda: type(x).maketrans(b'ab', bytearray(b'xy'))[97:99])
    t(name + ' maketrans len', lambda: type(x).maketrans(b'ab', b'x'))
    t(name + ' upper arg', lambda: x.upper(1))
    t(name + ' zfill noarg', lambda: x.zfill())
    t(name + ' ljust noarg', lambda: x.ljust())
    t(name + ' center fill', lambda: x.center(20, b'ab'))
    t(name + ' find noarg', lambda: x.find())
    t(name + ' find many', lambda: x.find(b'a', 1, 2, 3))
    t(name + ' replace one', lambda: x.replace(b'a'))
    t(name + ' in', lambda: (b'lo' in x, 111 in x, 0 in x, bytearray(b'W') in x, b'' in x))
    t(name + ' in big', lambda: 256 in x)
    t(name + ' eq', lambda: (x == B, x == A, x != b'x', x < b'I', x >= bytearray(b'Hello'), x == 'Hello, World'))

# bytes whitespace split rules
t('ws split', lambda: b'  a\x0bb\x0cc\x1cd  '.split())
t('ws rsplit', lambda: b'  a b  c  '.rsplit(None, 1))
t('ws split max', lambda: b'  a b  c  '.split(maxsplit=1))
t('split empty sep', lambda: b'abc'.split(b''))
t('empty split', lambda: (b''.split(), b''.split(b','), b''.rsplit(b',')))
t('centre parity', lambda: [b'ab'.center(n, b'*') for n in range(2, 7)])

# bytearray mutators
ba = bytearray(b'hello')
ba.append(33)
ba.extend([32, 119])
ba.extend(b'or')
ba.extend(bytearray(b'ld'))
ba.extend(iter([46]))
print(ba)
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 35)
ba.insert(-100, 64)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(108)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
print(c is ba, c == ba, type(c).__name__)
ba.clear()
print(ba, len(ba), c)
ba = bytearray(b'0123456789')
ba[0] = 65
ba[-1] = 66
ba[2:4] = b'xyz'
print(ba)
ba[::3] = [1, 2, 3, 4]
print(ba)
ba[5:2] = b'!!'
print(ba)
ba[1:3] = bytearray(b'')
ba[:] = ba + b'+'
print(ba)
ba[::-2] = b'abcdef'
print(ba)
del ba[0]
del ba[-1]
del ba[::2]
print(ba)
del ba[1:3]
print(ba)
ba += b'tail'
ba += bytearray(b'!')
print(ba)
ba *= 2
print(ba)
ba *= 0
print(ba)
for label, f in [
    ('append 256', lambda: bytearray().append(256)),
    ('append -1', lambda: bytearray().append(-1)),
    ('append str', lambda: bytearray().append('a')),
    ('append none', lambda: bytearray().append()),
    ('extend int', lambda: bytearray().extend(5)),
    ('extend str', lambda: bytearray().extend('ab')),
    ('extend bad', lambda: bytearray().extend([1, 300])),
    ('insert 1 arg', lambda: bytearray().insert(0)),
    ('insert big', lambda: bytearray().insert(0, 300)),
    ('pop empty', lambda: bytearray().pop()),
    ('pop range', lambda: bytearray(b'a').pop(3)),
    ('pop 2 args', lambda: bytearray(b'a').pop(1, 2)),
    ('remove missing', lambda: bytearray(b'a').remove(98)),
    ('remove big', lambda: bytearray(b'a').remove(999)),
    ('reverse arg', lambda: bytearray(b'a').reverse(1)),
    ('clear kw', lambda: bytearray(b'a').clear(x=1)),
    ('setitem range', lambda: bytearray(b'a').__setitem__(5, 1)),
    ('setitem big', lambda: bytearray(b'a').__setitem__(0, 256)),
    ('setitem bytes', lambda: bytearray(b'a').__setitem__(0, b'x')),
    ('setitem key', lambda: bytearray(b'a').__setitem__('k', 1)),
    ('setitem slice int', lambda: bytearray(b'a').__setitem__(slice(0, 1), 5)),
    ('setitem slice str', lambda: bytearray(b'a').__setitem__(slice(0, 1), 'x')),
    ('setitem ext', lambda: bytearray(b'abcd').__setitem__(slice(None, None, 2), b'xyz')),
    ('setitem args', lambda: bytearray(b'a').__setitem__(0)),
    ('delitem range', lambda: bytearray(b'a').__delitem__(3)),
    ('delitem key', lambda: bytearray(b'a').__delitem__('x')),
    ('iadd str', lambda: bytearray(b'a').__iadd__('x')),
    ('imul str', lambda: bytearray(b'a').__imul__('x')),
    ('imul args', lambda: bytearray(b'a').__imul__()),
    ('hash', lambda: hash(bytearray(b'a'))),
]:
    t(label, f)
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc', b'abc' < bytearray(b'abd'), bytearray(b'b') > b'a')
print(type(bytearray(b'a b').split()[0]).__name__, type(b'ab'.partition(b'a')[0]).__name__, type(bytearray(b'ab').rpartition(b'z')[2]).__name__)
