# try/except/else/finally edge cases: return/break/continue in finally, nesting.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

def order(flag):
    log = []
    try:
        log.append("try")
        if flag == "raise":
            raise KeyError(flag)
        if flag == "return":
            return log
    except KeyError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for fl in ("raise", "return", "plain"):
    print(fl, order(fl))

def loop_ctl():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_ctl())

def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke out, exception dropped"
print(break_in_finally())

def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
print(finally_value())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner except")
            raise TypeError("converted")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e, "| context:", type(e.__context__).__name__)
    try:
        pass
    except Exception as e:
        pass
    try:
        e
    except NameError as ne:
        print("NameError:", ne)
nested()

def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for ex in (KeyError, IndexError("i"), OverflowError, ZeroDivisionError(), ValueError):
    print(multi(ex))

def bare_reraise():
    try:
        try:
            int("x")
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
print(bare_reraise())
import sys
def exc_info_inside():
    try:
        raise LookupError("li")
    except LookupError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None
print(exc_info_inside(), sys.exc_info())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("while finally", count)
