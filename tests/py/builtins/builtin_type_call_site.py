# Builtin classes called at a hot site: cached CALL_BUILTIN for types.
class MyList(list):
    pass

def hot(n):
    out = 0
    for i in range(n):
        out += len(set([i, 1, 2]))
        for j, x in enumerate((5, 6)):
            out += j + x
        out += int("7") + len(list(range(3))) + len(tuple([1]))
        out += float(2) > 1
        out += len(str(i))
        out += bool(i)
        out += len(frozenset())
    return out

print(hot(3000))

# the class at the site changes: the guard sees it
def make(cls, arg):
    return cls(arg)

for k in range(200):
    make(list, (1, 2))
print(make(tuple, [1, 2]), make(set, [3]), make(MyList, [4]), type(make(MyList, [4])).__name__)
print(make(enumerate, "ab").__next__(), make(str, 5), make(bytes, 3))

class StrSub(str):
    pass

class Weird:
    def __str__(self):
        return StrSub("weird")

for k in range(200):
    s = make(str, Weird())
print(type(s).__name__, s)
try:
    make(int, "x")
except ValueError as e:
    print(e)
try:
    make(object, 1)
except TypeError as e:
    print(e)
print(make(object, 1) if False else type(make(type, 1)).__name__)
for k in range(300):
    r = make(range, 4)
print(r, make(slice, 3), make(frozenset, "aa"))
