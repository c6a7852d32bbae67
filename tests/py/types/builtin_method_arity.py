# Builtin methods check their argument count before running, with
# CPython's messages: slot wrappers (int.__add__, list.__setitem__, ...),
# METH_NOARGS (list.copy) and METH_O (list.append) methods; unbound
# methods check the type of their self.
import collections


def attempt(label, thunk):
    try:
        r = thunk()
        print(label, "->", repr(r)[:60])
    except TypeError as e:
        print(label, "TypeError:", e)


# Slot wrappers and their bound form.
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.__len__).__name__)
print(int.__add__, list.__setitem__)
print(repr((1).__add__).split(" at ")[0])
print(type(dict.__getitem__).__name__, type(list.__getitem__).__name__, type(tuple.__getitem__).__name__)
print(type(set.__contains__).__name__, type(str.__contains__).__name__, type(int.__format__).__name__)
print((5).__add__.__qualname__, int.__add__.__qualname__, [].copy.__qualname__, (0).__dir__.__qualname__)

attempt("int.__add__()", lambda: (2).__add__())
attempt("int.__add__(1,2)", lambda: (2).__add__(1, 2))
attempt("int.__abs__(1)", lambda: (2).__abs__(1))
attempt("int.__neg__ ok", lambda: (2).__neg__())
attempt("int.__pow__()", lambda: (2).__pow__())
attempt("int.__pow__(3,5)", lambda: (2).__pow__(3, 5))
attempt("int.__pow__(1,2,3)", lambda: (2).__pow__(1, 2, 3))
attempt("int.__add__(x=1)", lambda: (2).__add__(x=1))
attempt("int.__abs__(x=1)", lambda: (2).__abs__(x=1))
attempt("list.__mul__()", lambda: [1].__mul__())
attempt("list.__mul__(2)", lambda: [1].__mul__(2))
attempt("int.__mul__()", lambda: (3).__mul__())
attempt("list.__setitem__(0)", lambda: [1].__setitem__(0))
attempt("object.__setattr__('a')", lambda: object().__setattr__("a"))
attempt("str.__getitem__()", lambda: "ab".__getitem__())
attempt("str.__hash__(1)", lambda: "ab".__hash__(1))
attempt("iter.__next__(1)", lambda: iter([1]).__next__(1))
attempt("len(...).__len__", lambda: [1, 2].__len__())
attempt("deque.__mul__()", lambda: collections.deque().__mul__())
attempt("f.__get__()", lambda: (lambda: 0).__get__())
attempt("list.__init__ many", lambda: [].__init__(1, 2, 3))

# Unbound slot wrappers: missing or wrong self.
attempt("int.__add__('a', 1)", lambda: int.__add__("a", 1))
attempt("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0))
attempt("list.__len__('x')", lambda: list.__len__("x"))
attempt("int.__neg__()", lambda: int.__neg__())
attempt("int.__add__(1)", lambda: int.__add__(1))
attempt("int.__add__(1, 2)", lambda: int.__add__(1, 2))
attempt("bool self for int", lambda: int.__add__(True, 2))

# METH_NOARGS / METH_O methods.
attempt("[].copy(1)", lambda: [].copy(1))
attempt("[].append()", lambda: [].append())
attempt("[].append(1, 2)", lambda: [].append(1, 2))
attempt("[].append(x=1)", lambda: [].append(x=1))
attempt("[].copy(x=1)", lambda: [].copy(x=1))
attempt("(0).__dir__(1, 2)", lambda: (0).__dir__(1, 2))
bound_dir = getattr(0, "__dir__")
attempt("bound __dir__(1, 2)", lambda: bound_dir(1, 2))
attempt("object.__dir__(0, 1)", lambda: object.__dir__(0, 1))
attempt("{}.keys(1)", lambda: {}.keys(1))
attempt("set().add()", lambda: set().add())
attempt("'s'.upper(1)", lambda: "s".upper(1))
attempt("'s'.join()", lambda: "s".join())
attempt("deque().pop(1)", lambda: collections.deque([1]).pop(1))
attempt("deque().append()", lambda: collections.deque().append())
attempt("(1.5).is_integer(1)", lambda: (1.5).is_integer(1))
attempt("(5).bit_length(1)", lambda: (5).bit_length(1))

# Unbound methods: wrong self.
attempt("list.append('a', 1)", lambda: list.append("a", 1))
attempt("dict.keys(1)", lambda: dict.keys(1))
attempt("str.upper(1)", lambda: str.upper(1))
attempt("set.add([], 1)", lambda: set.add([], 1))
attempt("deque.append([], 1)", lambda: collections.deque.append([], 1))
attempt("list.append()", lambda: list.append())


# Subclass instances are fine as self; calls through every path work.
class L(list):
    pass


class D(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2


lst = L()
list.append(lst, 1)
lst.append(2)
app = lst.append
app(3)
print(lst, list.__len__(lst), L.__len__(lst))
d = D(a=4)
print(d["a"], dict.get(d, "a"), dict.__contains__(d, "a"))
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A"], key=str.lower))
print(int.__add__(3, 4), (3).__add__(4), int.__pow__(2, 10, 1000), (2).__rpow__(3))
print(object.__eq__(1, 1), object.__ne__(1, 2), int.__eq__(1, 1.0))

# A call site warmed up with the right self, then given another.
def call_append(target, v):
    return list.append(target, v)


acc = []
for i in range(200):
    call_append(acc, i)
print(len(acc))
attempt("warm site wrong self", lambda: call_append((), 1))


def call_copy(x):
    return x.copy()


for i in range(200):
    call_copy([i])
attempt("warm method site", lambda: call_copy({1: 2}))

# __pow__ / __rpow__ take an optional modulus; int compares only ints.
for s in ["(2.0).__pow__(3, None)", "(2.0).__pow__(3, 5)", "(2).__pow__(3.0, 5)", "(2).__pow__(3, 5)",
          "(2).__rpow__(3, 5)", "(2j).__pow__(3, 5)", "(2j).__pow__(2, None)", "(2).__pow__(3, 5.0)",
          "(2).__rpow__(3, None)", "(2).__pow__(-1, 5)", "(2).__pow__(3, 0)", "True.__pow__(2, 3)",
          "int.__lt__(1, 2.5)", "float.__lt__(1.0, 2)", "float.__eq__(1.0, 1j)"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, type(e).__name__, e)


class MyInt(int):
    pass


print(MyInt(1) == 1.0, MyInt(2) < 2.5, 1.0 == MyInt(1), pow(MyInt(3), 2, 5))

# Methods parsing their own arguments count without self in messages.
for s in ["'a'.center()", "'a'.center(1, 2, 3)", "'a'.find()", "'a'.find(1, 2, 3, 4)", "'a'.count()",
          "'a'.startswith()", "'a'.replace('a')", "'a'.split(1, 2, 3)", "'a'.encode(1, 2, 3)",
          "'a'.splitlines(1, 2)", "'a'.strip(1, 2)", "{}.get()", "{}.get(1, 2, 3)", "{}.setdefault()",
          "dict.fromkeys()", "'a'.expandtabs(1, 2)"]:
    try:
        print(s, eval(s))
    except Exception as e:
        print(s, type(e).__name__, e)

# __round__ takes at most one argument; int.__round__(None) is an error, round(x, None) is not.
for s in ["(1).__round__(1, 2)", "(1.5).__round__(1, 2, 3)", "(1.5).__round__()", "(15).__round__(-1)",
          "(1.25).__round__(1)", "round(2.5)", "(3).__round__(None)", "round(3, None)", "round(2.5, None)"]:
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, e)
