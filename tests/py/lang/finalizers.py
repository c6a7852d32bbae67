class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = R(1)
del a
print("after del")
b = R(2)
b = None
print("after rebind")
def f():
    r = R(3)
    return 5
print(f())
lst = [R(4), R(5)]
lst.pop()
print("end")
