# except* (PEP 654): matching, the unhandled rest, raising in a clause,
# naked exceptions, sys.exception(), else/finally, functions and generators.
import sys


def run(label, f):
    try:
        r = f()
        print(label, "returned", repr(r))
    except BaseException as e:
        print(label, "raised", repr(e))


def partial():
    seen = []
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError as e:
        seen.append(("V", repr(e), repr(sys.exception())))
    except* (TypeError, KeyError) as e:
        seen.append(("T", repr(e)))
    print(seen)


run("partial", partial)


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        print("handled", repr(e))
    return "done"


run("all handled", all_handled)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), e.__traceback__ is None, e.exceptions[0].__traceback__ is not None)
    return "ok"


run("naked", naked)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not reached")


run("naked unmatched", naked_unmatched)


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


run("bare reraise", bare_reraise)


def naked_reraise():
    try:
        raise ValueError("n")
    except* ValueError:
        raise


run("naked reraise", naked_reraise)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def show_new():
    try:
        raise_new()
    except ExceptionGroup as g:
        print(repr(g))
        print(repr(g.exceptions[0].__context__), repr(g.exceptions[1]))


show_new()


def raise_in_both():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError as t:
        raise t


run("raise in both", raise_in_both)


def from_none():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("x") from None


run("from none", from_none)


def else_finally():
    out = []
    try:
        out.append("body")
    except* ValueError:
        out.append("handler")
    else:
        out.append("else")
    finally:
        out.append("finally")
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        out.append("handler")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out


run("else/finally", else_finally)


def base_groups():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
    except* Exception as e:
        print("rest", repr(e))


run("base groups", base_groups)


def whole_group_by_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* Exception as e:
        print("whole", repr(e))


run("whole", whole_group_by_exception)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("V", repr(e))


run("nested", nested_groups)


def gen():
    try:
        raise ExceptionGroup("x", [OSError("o")])
    except* OSError as e:
        yield repr(e)
        yield sys.exception() is e
    yield sys.exception()


print(list(gen()))


def bad_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (1,)):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print("TypeError", e)


bad_types()


def loop_many(n):
    # Warm enough for the JIT to compile the handler.
    total = 0
    for i in range(n):
        try:
            raise ExceptionGroup("eg", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            total += e.exceptions[0].args[0]
        except* TypeError:
            total += 1
    return total


print(loop_many(300))

for src in [
    "for x in y:\n try: pass\n except* E: break",
    "for x in y:\n try: pass\n except* E: continue",
    "def f():\n try: pass\n except* E: return",
    "try: pass\nexcept* E:\n for x in y: break\n",
    "try: pass\nexcept* E:\n def f(): return 1\n",
    "while 1:\n try: pass\n except* E:\n  try: pass\n  finally: break\n",
]:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
