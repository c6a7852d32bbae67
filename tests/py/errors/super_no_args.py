# Zero-argument super(): CPython's checks in its order, with its messages.
class A:
    def f(*args):
        return super()

    def g(self):
        del self
        return super()


for m in ["f", "g"]:
    try:
        print(getattr(A(), m)())
    except RuntimeError as e:
        print(e)


def h(x):
    return super()


try:
    h(1)
except RuntimeError as e:
    print(e)
try:
    (lambda: super())()
except RuntimeError as e:
    print(e)


class B(A):
    def k(self):
        return super().g

    def cell_self(self):
        def inner():
            return self
        return super().k if False else (super().g.__name__, inner() is self)


print(B().k().__name__, B().cell_self())
