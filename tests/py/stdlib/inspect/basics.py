import inspect
import functools


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

        Indented detail.
    """
    return a


def annotated(x: int, /, y: str = "s", *, z: float = 1.0) -> bool:
    return True


def gen():
    yield 1


async def coro():
    return 1


class Base:
    """Base docstring."""

    def __init__(self, p, q=1):
        self.p = p

    def method(self, r):
        return r

    @staticmethod
    def static(s):
        return s

    @classmethod
    def cls_method(cls, t):
        return t

    def __call__(self, u, v=0):
        return u


class Child(Base):
    pass


for obj in [plain, annotated, gen, coro, Base, Child, Base(1).method, Base.static, Base.cls_method,
            Base(1), functools.partial(plain, 1, c=3), lambda: 0, functools.wraps(plain)(lambda *a: 0)]:
    print(inspect.signature(obj))
sig = inspect.signature(plain)
print(repr(sig), list(sig.parameters), sig.return_annotation is inspect.Signature.empty)
for p in sig.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default, p.annotation is p.empty)
ba = sig.bind(1, 2, 3, c=5, extra=6)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(c=1))
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"c": 1, "a": 2}), ((1, 2), {"c": 3, "zz": 1})]:
    try:
        print(inspect.signature(annotated if len(args) == 2 else plain).bind(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [5, None]:
    try:
        inspect.signature(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
P = inspect.Parameter
s2 = inspect.Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                        P("k", P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, s2.replace(return_annotation=inspect.Signature.empty), s2 == inspect.signature(annotated))
for bad in [lambda: P("1x", P.POSITIONAL_ONLY), lambda: P("a", P.VAR_POSITIONAL, default=1),
            lambda: inspect.Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
            lambda: inspect.Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)])]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)

print([f(x) for f in (inspect.isfunction, inspect.isgeneratorfunction, inspect.iscoroutinefunction)
       for x in (plain, gen, coro)])
g = gen()
print(inspect.isgenerator(g), inspect.isgenerator(plain), inspect.iscoroutine(g), inspect.isawaitable(g))
print(inspect.isclass(Base), inspect.isclass(Base(1)), inspect.ismethod(Base(1).method),
      inspect.ismethod(Base.method), inspect.ismodule(inspect), inspect.isbuiltin(len),
      inspect.isroutine(len), inspect.isroutine(plain), inspect.iscode(plain.__code__))
print(inspect.getdoc(plain), inspect.getdoc(Child), inspect.cleandoc("  a\n    b\n   c\n\n"), sep="|")
print([name for name, _ in inspect.getmembers(Base, inspect.isfunction)])
print([name for name, v in inspect.getmembers(Base(1)) if not name.startswith("__")])
print(inspect.getmodule(plain).__name__, inspect.getfile(plain) == __file__)
print(inspect.getsource(Base.method), end="")
print(inspect.getsource(plain), end="")
print(inspect.getsourcelines(gen))
print(inspect.getfullargspec(plain))
print(inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain)
