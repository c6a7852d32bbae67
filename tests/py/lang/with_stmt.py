# Context managers: enter/exit order, suppression, exceptions in __exit__, multiple items.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("inner boom")
print("after suppressed")

try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def ret_from_with():
    with CM("r"):
        return "returned"
print(ret_from_with())

for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)

class Cnt:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self
    def __exit__(self, *a):
        self.depth -= 1
c = Cnt()
with c, c:
    print("depth", c.depth)
print("depth after", c.depth)
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)
