# Functions called through closure cells (LOAD_DEREF then CALL) are known
# callees of compiled code when the cell held a plain function at compile
# time: rebinding the cell (nonlocal), other closures of the same code with
# other functions, non-function callables, emptied cells and recursion
# through a cell must all behave as in the interpreter.


def compose(f, g):
    return lambda x: f(g(x))


def make_switch(fn):
    def call(x):
        return fn(x)

    def rebind(new):
        nonlocal fn
        fn = new

    def clear():
        nonlocal fn
        del fn

    return call, rebind, clear


def double(x):
    return x * 2


def inc(x):
    return x + 1


sq_inc = compose(lambda x: x * x, inc)
for i in range(300):
    sq_inc(i)
print(sq_inc(7), compose(double, double)(5), compose(str, inc)(9), compose(len, str)(12345))

call, rebind, clear = make_switch(double)
total = 0
for i in range(300):
    total += call(i)
print(total, call(21))
rebind(inc)
print(call(21))
rebind(abs)
print(call(-21))
rebind(lambda x: [x])
print(call(3))


class Box:
    def __call__(self, x):
        return ("box", x)


rebind(Box())
print(call(4))
rebind(double)
print(call(5))
clear()
try:
    call(6)
except NameError as e:
    print("NameError", e)


def counter():
    def rec(n):
        return 0 if n == 0 else rec(n - 1) + 1

    return rec


r = counter()
for i in range(200):
    r(10)
print(r(50))


def boom(x):
    return 1 // x


b = compose(boom, inc)
for i in range(300):
    b(i)
try:
    b(-1)
except ZeroDivisionError as e:
    import traceback
    print("ZeroDivisionError", e, len(traceback.extract_tb(e.__traceback__)))
