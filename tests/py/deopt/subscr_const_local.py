# `local[constant]` when the subscript is specialized for exact lists or
# tuples: the item is read in one step; anything unusual (out of range,
# negative, subclass, unbound local, another type later, mutation) takes
# the ordinary path with CPython's result or error.


def first_last(seq):
    return seq[0], seq[-1], seq[2]


def pair(a, b):
    return a[1] + b[1]


class MyList(list):
    def __getitem__(self, i):
        return ("mylist", i)


class MyTuple(tuple):
    pass


rows = [[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0]]
for _ in range(300):
    r = first_last(rows[0])
print("list", r, first_last(rows[1]))
print("tuple", first_last((10, 20, 30)))
print("subclass", first_last(MyList([7, 8, 9])), first_last(MyTuple((4, 5, 6))))
print("str", first_last("abc"), "dict", first_last({0: "z", -1: "m", 2: "t"}))
for bad in ([1, 2], (), [], (1,)):
    try:
        first_last(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    first_last(None)
except TypeError as e:
    print("TypeError", e)

# Mutation between reads: the current item is read.
lst = [1, 2, 3]
out = []
for i in range(300):
    lst[0] = i
    if i == 150:
        lst.clear()
        lst.extend([-1, -2, -3, -4])
    out.append(first_last(lst))
print("mutation", out[149], out[150], out[-1])

for _ in range(300):
    t = pair([0, 1.5], (0, 2.5))
print("pair", t, pair([0, "a"], ["b", "c"]))


def after_unbound(flag):
    if flag:
        z = [1, 2]
    return z[0]


for _ in range(300):
    after_unbound(True)
try:
    after_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
