# Exceptions raised and caught inside compiled code (hot loops and functions):
# results, traceback line numbers, sys.exc_info() inside handlers, chaining
# (__context__ / __cause__), nested try, finally, bare raise, callee raises,
# a non-matching except going to the outer handler, and with statements
# whose __exit__ swallows.
import sys
import traceback


def tb_lines(e):
    out = [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]
    tb = e.__traceback__
    nums = []
    while tb is not None:
        nums.append(tb.tb_lineno)
        tb = tb.tb_next
    assert nums == [n for _, n in out], (nums, out)
    return out


def thrower(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def hot_catch(n):
    total = 0
    lines = None
    for i in range(n):
        try:
            total += thrower(i)
        except ValueError as e:
            total -= 1
            if i == n - 3:
                lines = tb_lines(e)
                info = sys.exc_info()
                assert info[1] is e and info[0] is ValueError
    assert sys.exc_info() == (None, None, None)
    return total, lines


for _ in range(3):
    print("hot_catch", hot_catch(3000))


def nested(n):
    inner = outer = 0
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                raise IndexError(i)
            except KeyError:
                inner += 1
        except IndexError as e:
            outer += 1
            assert e.args[0] % 2 == 0
    return inner, outer


print("nested", nested(2000))


def with_finally(n):
    fin = caught = 0
    for i in range(n):
        try:
            try:
                if i % 4 == 0:
                    raise RuntimeError("boom")
            finally:
                fin += 1
        except RuntimeError:
            caught += 1
    return fin, caught


print("finally", with_finally(2000))


def bare_raise(n):
    seen = []
    for i in range(n):
        try:
            try:
                1 // (i % 500)
            except ZeroDivisionError:
                raise
        except ZeroDivisionError as e:
            if len(seen) < 2:
                seen.append((i, tb_lines(e)))
    return seen


print("bare_raise", bare_raise(1500))


def chain(n):
    ctx = cause = 0
    last = None
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError as k:
                if i % 2:
                    raise ValueError("from") from k
                raise TypeError("ctx")
        except (ValueError, TypeError) as e:
            if isinstance(e.__cause__, KeyError):
                cause += 1
            if isinstance(e.__context__, KeyError):
                ctx += 1
            last = e
    return ctx, cause, type(last).__name__, repr(last.__context__), last.__suppress_context__


print("chain", chain(1000))


class Swallow:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, ArithmeticError):
            self.n += 1
            return True
        return False


def swallow(n):
    s = Swallow()
    passed = escaped = 0
    for i in range(n):
        try:
            with s:
                if i % 3 == 0:
                    1 / 0
                if i % 3 == 1:
                    raise LookupError(i)
                passed += 1
        except LookupError:
            escaped += 1
    return s.n, passed, escaped


print("with", swallow(3000))


def no_match(n):
    hits = []
    for i in range(n):
        try:
            try:
                int("x%d" % i)
            except KeyError:
                hits.append("wrong")
        except ValueError as e:
            if i == n - 1:
                hits.append(str(e))
                hits.append(tb_lines(e))
    return hits


print("no_match", no_match(1200))


def print_exc_in_loop(n):
    for i in range(n):
        try:
            thrower(0)
        except ValueError:
            if i == n - 1:
                text = traceback.format_exc()
                print("\n".join(l for l in text.splitlines() if "File" not in l))
                print([l.strip().split(", ")[1] for l in text.splitlines() if "File" in l])


print_exc_in_loop(1500)


def handler_raises(n):
    out = []
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except ValueError:
                raise KeyError(i)
        except KeyError as e:
            if i == n - 1:
                out.append(repr(e.__context__))
                out.append(tb_lines(e))
                out.append(tb_lines(e.__context__))
    return out


print("handler_raises", handler_raises(1100))


def uncaught(n):
    for i in range(n):
        try:
            thrower(1)
        except ValueError:
            pass
        if i == n - 1:
            thrower(3)


try:
    uncaught(1200)
except ValueError as e:
    print("uncaught", tb_lines(e))

# Module-level hot loop (on-stack replacement) with a handler.
acc = 0
for i in range(3000):
    try:
        acc += [1, 2, 3][i % 5]
    except IndexError as e:
        acc += 100
        if i == 2999:
            print("module", e, tb_lines(e))
print("acc", acc)
print(sys.exc_info())
