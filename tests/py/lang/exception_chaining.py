# Exception chaining: __cause__, __context__, __suppress_context__, custom classes, args.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

def chain(kind):
    try:
        {}["missing"]
    except KeyError as e:
        if kind == "from":
            raise AppError(1, "explicit") from e
        if kind == "none":
            raise AppError(2, "suppressed") from None
        raise AppError(3, "implicit")

for kind in ("from", "none", "implicit"):
    try:
        chain(kind)
    except AppError as e:
        print(kind, str(e), e.code, e.args, type(e.__cause__).__name__,
              type(e.__context__).__name__, e.__suppress_context__)

e = ValueError("a", 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(AppError, Exception), issubclass(KeyError, LookupError), issubclass(bool, int))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(isinstance(StopIteration(), Exception), issubclass(GeneratorExit, Exception),
      issubclass(KeyboardInterrupt, BaseException), issubclass(SystemExit, Exception))

def context_chain():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError:
        raise KeyError("third")
try:
    context_chain()
except KeyError as e:
    chain_names = []
    cur = e
    while cur is not None:
        chain_names.append(f"{type(cur).__name__}({cur.args[0]})")
        cur = cur.__context__
    print(" <- ".join(chain_names))

err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err))
si = StopIteration(5)
print(si.value, StopIteration().value)
try:
    raise AppError(9, "with tb")
except AppError as ex:
    print(ex.__traceback__ is not None, ex.__traceback__.tb_lineno > 0)
try:
    raise TypeError
except TypeError as ex:
    print(repr(ex), ex.args)
try:
    raise 42
except TypeError as ex:
    print("TypeError:", ex)
class NotExc: pass
try:
    try:
        pass
    finally:
        raise NotExc
except TypeError as ex:
    print("TypeError:", ex)
ue = ValueError("x")
ue.note = "custom attr"
print(ue.note, ue.with_traceback(None) is ue)
ex = Exception("n")
ex.add_note("first note")
print(ex.__notes__)
