# The ^^^ / ~~^~~ marker lines (PEP 657) that traceback.format_exc() prints
# under the failing part of a source line, for the common failing constructs.
import traceback

HERE = __file__[: len(__file__) - len(__file__.split("/")[-1])]


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc().replace(HERE, ""))


class A:
    pass


def binop(d):
    return d["a"]["b"] + 1


def subscript(d):
    x = d["missing"]
    return x


def call_inside(f):
    y = 2 * f(3)
    return y


def undefined():
    return undefined_fn(3) + 1


def method_missing():
    v = [1].nothing(1)
    return v


def multi_line_call(f):
    r = f(
        1,
        0)
    return r


def whole_line_call():
    int("x")


def parens(a, b, c):
    return (a + b) * c


def floordiv(a):
    b = a//0 + 2
    return b


def wide():
    x = "日本" + 1
    return x


def trailing_spaces(a):
    x = a + 1   
    return x


def comment_in_op(a):
    x = (a  # note
         + 1)
    return x


def multi_line_attr():
    v = (A()
         .foo)
    return v


def assert_compare(x):
    assert x == 2, "compare"


def assert_name(x):
    assert x, "name"


def assert_bool(x, y):
    assert y == 1 and x, "bool"


def aug_attr():
    a = A()
    a.x += 1


def aug_subscript():
    d = {}
    d["k"] += 1


def delete():
    d = {}
    del d["x"]


def deco_fail(f):
    raise TypeError("no decorating")


def decorated():
    @deco_fail
    def g():
        pass


def method_chain():
    return A().m().n()


def slice_none(a):
    return a[1:2]


def compare(a):
    return 1 < a


def nested(a):
    return abs(call_inside(a))


def divide(a, b):
    return a / b


show(binop, {"a": {"b": None}})
show(subscript, {})
show(call_inside, lambda n: n / 0)
show(undefined)
show(method_missing)
show(multi_line_call, divide)
show(whole_line_call)
show(parens, 1, 2, None)
show(floordiv, 1)
show(wide)
show(trailing_spaces, None)
show(comment_in_op, None)
show(multi_line_attr)
show(assert_compare, 1)
show(assert_name, 0)
show(assert_bool, 0, 1)
show(aug_attr)
show(aug_subscript)
show(delete)
show(decorated)
show(method_chain)
show(slice_none, None)
show(compare, "a")
show(nested, lambda n: n / 0)

# Entries and summaries carry the positions too.
try:
    binop({"a": {"b": None}})
except TypeError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.end_lineno, fs.colno, fs.end_colno)
fs = traceback.FrameSummary("f.py", 3, "f", lookup_line=False, colno=4, end_colno=9, end_lineno=3)
print(fs.colno, fs.end_colno, fs.end_lineno)
# A stack (not a traceback) has no markers.
print("".join(traceback.format_stack()[-1:]).replace(HERE, ""))
