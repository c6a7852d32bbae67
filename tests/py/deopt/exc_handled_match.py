# except-clause matching and the handled-exception state inside compiled
# code: an invalid except operand (TypeError caught outside), sys.exc_info()
# restored after nested handlers, return/continue/break out of handlers,
# tuples of classes, and exceptions raised in else/finally.
import sys


def bad_operand(n):
    errs = 0
    msg = None
    for i in range(n):
        try:
            try:
                raise ValueError(i)
            except 5:
                pass
        except TypeError as e:
            errs += 1
            msg = str(e)
            ctx = type(e.__context__).__name__
    return errs, msg, ctx


print(bad_operand(1500))


def nested_info(n):
    seen = []
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            outer = sys.exc_info()[1]
            try:
                raise IndexError(i)
            except IndexError:
                inner = sys.exc_info()[1]
            after = sys.exc_info()[1]
            if i == n - 1:
                seen.append((repr(outer), repr(inner), after is outer, repr(inner.__context__)))
    seen.append(sys.exc_info())
    return seen


print(nested_info(1500))


def early_exit(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
    finally:
        pass


def use_early(n):
    t = 0
    for i in range(n):
        t += early_exit(i % 4)
    return t, sys.exc_info()


print(use_early(3000))


def loop_control(n):
    out = []
    for i in range(n):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        except ValueError:
            if i > n - 10:
                break
            continue
    return len(out), out[-1], sys.exc_info()


print(loop_control(2000))


def tuple_match(n):
    c = [0, 0, 0]
    for i in range(n):
        try:
            [None][i % 3]
            {}[i]
        except (IndexError, TypeError):
            c[0] += 1
        except (ArithmeticError, LookupError) as e:
            c[1] += 1
            c[2] += isinstance(e, KeyError)
    return c


print(tuple_match(3000))


def raise_in_else_finally(n):
    out = [0, 0]
    for i in range(n):
        try:
            try:
                pass
            except Exception:
                pass
            else:
                raise OSError(i)
        except OSError:
            out[0] += 1
        try:
            try:
                raise ValueError(i)
            finally:
                if i % 2:
                    raise RuntimeError(i)
        except RuntimeError as e:
            out[1] += 1
            last = (repr(e), repr(e.__context__))
        except ValueError:
            pass
    return out, last


print(raise_in_else_finally(2000))
