# types: the type names, MethodType, SimpleNamespace, ModuleType,
# MappingProxyType, new_class/prepare_class/resolve_bases, DynamicClassAttribute.
import types
import sys

def f():
    pass
def g():
    yield 1
class K:
    __slots__ = ('s',)
    def m(self):
        return 'm of ' + type(self).__name__

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(K().m, types.MethodType), isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType))
print(isinstance(K.__dict__, types.MappingProxyType), isinstance(None, types.NoneType), types.NoneType.__name__)
print(isinstance(..., types.EllipsisType), isinstance(NotImplemented, types.NotImplementedType), type(list[int]) is types.GenericAlias)
print(isinstance(K.__dict__['s'], types.MemberDescriptorType), isinstance(str.join, types.MethodDescriptorType))
print(isinstance(types.FunctionType.__dict__['__code__'], types.GetSetDescriptorType))
try:
    raise KeyError
except KeyError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(isinstance((lambda v: (lambda: v))(1).__closure__[0], types.CellType))

class Obj:
    def __init__(self, n):
        self.n = n
def describe(self, extra):
    return 'n=%d %s' % (self.n, extra)
o = Obj(4)
bm = types.MethodType(describe, o)
print(bm('!'), bm.__self__ is o, bm.__func__ is describe)
o.describe = bm
print(o.describe('?'))
for args in [(3, o), (describe, None), (describe,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError', e)

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns != types.SimpleNamespace())
del ns.a
print(ns, types.SimpleNamespace(), repr(types.SimpleNamespace(x=types.SimpleNamespace(y=1))))
ns.me = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace.__hash__)
class NS(types.SimpleNamespace):
    pass
print(NS(q=1), types.SimpleNamespace.__name__)

m = types.ModuleType('dynmod', 'The doc.')
m.value = 42
print(m.__name__, m.__doc__, m.value, types.ModuleType('plain').__doc__, sorted(k for k in vars(m)))
exec('def hello():\n    return "hi from " + __name__', m.__dict__)
print(m.hello())
for args in [(), (3,)]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print('TypeError', e)

d = {'k': 1}
mp = types.MappingProxyType(d)
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0))
d['new'] = 2
print(mp, sorted(mp.keys()), sorted(mp.items()), mp.copy())
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)

def body(ns):
    ns['x'] = 10
    ns['double'] = lambda self: self.x * 2
C = types.new_class('C', (Obj,), exec_body=body)
c = C(5)
print(C.__name__, C.__bases__ == (Obj,), c.double(), c.n)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {'from_prepare': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.from_prepare)
print(types.prepare_class('E', (D,))[0] is Meta, types.prepare_class('F')[1:], types.resolve_bases((int, str)))
class Entry:
    def __mro_entries__(self, bases):
        return (Obj,)
print(types.resolve_bases((Entry(), int)))
G = types.new_class('G', (Entry(),))
print(G.__bases__, G.__orig_bases__[0].__class__.__name__)
class M1(type): pass
class M2(type): pass
try:
    types.new_class('H', (M1('A', (), {}), M2('B', (), {})))
except TypeError as e:
    print('TypeError', e)

class Dyn:
    def __init__(self):
        self._v = 'instance value'
    @types.DynamicClassAttribute
    def v(self):
        return self._v
print(Dyn().v)
try:
    Dyn.v
except AttributeError:
    print('AttributeError on class')
import sys as _s
print(isinstance(_s._getframe(), types.FrameType), types.FrameType.__name__)
