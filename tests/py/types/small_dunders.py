# Dunder methods CPython's builtin types have: bytes.__bytes__,
# complex.__complex__, range.__bool__, float.__getformat__; and the
# constructors that consult them.
b = b"xy"
print(b.__bytes__() is b, b.__bytes__())


class B(bytes):
    pass


print(type(B(b"q").__bytes__()).__name__, bytes(B(b"q")), type(bytes(B(b"q"))).__name__)
c = 1 + 2j
print(c.__complex__() is c, c.__complex__())


class C(complex):
    pass


print(type(C(1, 2).__complex__()).__name__, complex(C(3)), type(complex(C(3))).__name__)
print(range(0).__bool__(), range(3).__bool__(), range(5, 1).__bool__(), bool(range(2, 9, 3)), range(10**30).__bool__())
print(float.__getformat__("double"), float.__getformat__("float"))
for bad in ["x", 3]:
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(3).__bool__(1)
except TypeError as e:
    print(e)
