# Introspection builtins: type/isinstance/getattr/setattr/hasattr/vars/dir/callable/id-free checks.
class Thing:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        return "m"
t = Thing()
print(type(t).__name__, type(t) is Thing, isinstance(t, (int, Thing)), isinstance(3, (str, float)))
print(getattr(t, "a"), getattr(t, "zz", None), hasattr(t, "method"), hasattr(t, "nope"), callable(t.method), callable(t))
setattr(t, "c", [3])
delattr(t, "a")
print(vars(t), sorted(k for k in dir(t) if not k.startswith("__")), Thing.__name__, Thing.__dict__["cls_attr"])
print(type(1), type("s"), type(None), type(len), type(type), type(Thing.method), type(t.method).__name__)
print(isinstance(True, int), isinstance(1, bool), issubclass(int, object), type(3) == int, isinstance(Thing, type))
print(repr(None), repr(True), repr(...), repr(NotImplemented), str(len), repr(int), repr(Thing)[:15])
print(len("abc"), len([1]), len({}), len(range(5)), abs(-3), abs(-2.5), round(2.567, 1), hex(255), oct(8), bin(-5))
print(chr(65), ord("a"), bool(""), bool("0"), bool([]), bool(0.0), bool(None), int(), float(), str(), list(), tuple())
print(divmod(17, 3), pow(2, 10), pow(2.0, 3), hash(42), hash("") == hash(""), hash(None) == hash(None))
print(isinstance(print, type(len)), callable(Thing), callable(3), getattr(Thing, "method").__name__)
class Sized:
    def __len__(self):
        return 4
    def __repr__(self):
        return "Sized!"
    def __str__(self):
        return "sized-str"
    def __bool__(self):
        return False
print(len(Sized()), repr(Sized()), str(Sized()), bool(Sized()), [Sized()], f"{Sized()}", "%s %r" % (Sized(), Sized()))
for f in (lambda: getattr(t, "missing"), lambda: len(5), lambda: delattr(t, "a"), lambda: Thing.nope,
          lambda: hash([]), lambda: abs("x"), lambda: chr(-1), lambda: type(), lambda: isinstance(1, 2),
          lambda: setattr(1, "x", 2), lambda: object().x, lambda: None.foo, lambda: len(Sized) ):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
ns = {}
exec("x = 6 * 7\ny = [x]", ns)
print(ns["x"], ns["y"], eval("x + 1", ns), eval("[i*i for i in range(4)]"), eval("a + b", {"a": 1}, {"b": 2}))
code = compile("z = 5", "<str>", "exec")
loc = {}
exec(code, {}, loc)
print(loc, type(code).__name__)
print(sorted(globals().keys() & {"Thing", "t", "ns"}), "__name__" in globals(), __name__)
def local_view():
    a = 1; b = 2
    return sorted(locals().items())
print(local_view())
print(int.__mro__, bool.__mro__, object.__bases__, type.__mro__, Thing.__bases__)
