# Tracebacks of failing `del` statements point at the target itself
# (DELETE_FAST / DELETE_NAME / DELETE_GLOBAL / DELETE_ATTR / DELETE_SUBSCR).
import re
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc()
        print(re.sub(r'File ".*/', 'File "', text))


def local_twice():
    x = 1
    del x
    del x


def global_missing():
    global never_defined
    del never_defined


class C:
    pass


def attr_missing():
    c = C()
    del c.nothing


def subscript_out_of_range():
    items = [1, 2]
    del items[5]


def tuple_targets():
    a = b = 1
    del a, b, a


show(local_twice)
show(global_missing)
show(attr_missing)
show(subscript_out_of_range)
show(tuple_targets)
exec("try:\n    del nothing_here\nexcept NameError as e:\n    import traceback as t\n    print(t.format_exc().splitlines()[-3:])")
