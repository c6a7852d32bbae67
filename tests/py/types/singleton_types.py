# The builtin singletons' types return the singleton when called; the empty
# str and bytes hash to 0 whatever the hash seed (as in CPython).
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
for t in (type(None), type(NotImplemented), type(Ellipsis)):
    try:
        t(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        t(x=1)
    except TypeError as e:
        print("TypeError", e)
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print("TypeError", e)
print(hash(""), hash(b""), hash(str()), hash("".join([])), hash(frozenset()) == hash(frozenset()))
d = {"": 1, b"": 2, 0: 3}
print(d)
