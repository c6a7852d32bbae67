# ExceptionGroup / BaseExceptionGroup: construction checks, attributes,
# split / subgroup / derive, notes, subclassing.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("one arg", lambda: ExceptionGroup("eg"))
attempt("three args", lambda: ExceptionGroup("eg", [], 3))
attempt("message int", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("eg", 5))
attempt("a set", lambda: ExceptionGroup("eg", {ValueError()}))
attempt("empty", lambda: ExceptionGroup("eg", []))
attempt("item 0", lambda: ExceptionGroup("eg", [1]))
attempt("item 1", lambda: ExceptionGroup("eg", [ValueError(), "x"]))
attempt("base in EG", lambda: ExceptionGroup("eg", [KeyboardInterrupt()]))
attempt("keywords", lambda: ExceptionGroup("eg", [ValueError()], x=1))
attempt("BEG of Exceptions", lambda: BaseExceptionGroup("eg", [ValueError()]))
attempt("BEG of base", lambda: BaseExceptionGroup("eg", (KeyboardInterrupt(),)))
attempt("new on ValueError", lambda: BaseExceptionGroup.__new__(ValueError, "x", [ValueError()]))

print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(), SystemExit()])).__name__)

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
print(eg.args, eg.exceptions, eg.message, str(eg), eg.__dict__)
print(repr(eg), str(ExceptionGroup("one", [ValueError()])))
print(type(eg.exceptions).__name__)

nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
print(nested.subgroup(lambda e: True) is nested)
print(repr(nested.subgroup(ValueError)))
print(repr(nested.subgroup((TypeError, KeyError))))
print(repr(nested.subgroup(OSError)))
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
m, r = nested.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")
print(repr(m), repr(r))
print(nested.split(Exception)[0] is nested, nested.split(Exception)[1])
for bad in (1, int, (ValueError, 1), "x"):
    attempt("split " + repr(bad), lambda: nested.split(bad))

# split parts keep the original's metadata (traceback, cause, context, a
# copy of the notes).
try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    caught.add_note("note 1")
    part, rest = caught.split(ValueError)
    print(repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
    print(part.__traceback__ is not None, part.__notes__, part.__notes__ is caught.__notes__)
    print(rest.__notes__, repr(rest.exceptions))

d = eg.derive([KeyboardInterrupt()])
print(repr(d), type(d).__name__)
attempt("derive bad", lambda: eg.derive(5))
attempt("set message", lambda: setattr(eg, "message", "m"))
print(ExceptionGroup[int])


class CodedGroup(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)

    def derive(self, excs):
        return CodedGroup(self.message, excs, self.code)


cg = CodedGroup("coded", [ValueError(1), TypeError(2)], 42)
a, b = cg.split(TypeError)
print(type(a).__name__, a.code, repr(a.exceptions), type(b).__name__, b.code)


class Plain(ExceptionGroup):
    pass


attempt("Plain nest base", lambda: Plain("p", [SystemExit()]))
p = Plain("p", [ValueError()])
print(type(p.subgroup(ValueError)).__name__, isinstance(p, Exception))


class BaseSub(BaseExceptionGroup):
    pass


print(type(BaseSub("b", [ValueError()])).__name__)
