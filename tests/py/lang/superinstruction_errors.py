# Pairs of local-variable instructions run fused (LOAD_FAST__LOAD_FAST,
# LOAD_FAST__LOAD_CONST, STORE_FAST__LOAD_FAST): an unbound local in the
# second half is reported at its own line and column, and jumps into the
# middle of a pair run the second instruction alone.
import traceback

HERE = __file__[: len(__file__) - len(__file__.split("/")[-1])]


def show(fn, *args):
    try:
        print(fn(*args))
    except Exception:
        print(traceback.format_exc().replace(HERE, ""))


def second_of_pair():
    x = 1
    total = x + later
    later = 2
    return total


def store_then_load():
    x = 1
    return y
    y = 2


def first_of_pair():
    v = w + 1
    w = 0
    return v


def pairs_in_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def jump_into_pair(n):
    i = 0
    s = 0
    while i < n:
        s = s + i
        i = i + 1
    return s, i


def deleted(flag):
    a = 1
    b = 2
    if flag:
        del b
    return a + b


show(second_of_pair)
show(store_then_load)
show(first_of_pair)
show(pairs_in_loop, 30)
show(jump_into_pair, 100)
show(deleted, False)
show(deleted, True)
