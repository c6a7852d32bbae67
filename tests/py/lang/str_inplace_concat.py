# `s += t` / `s = s + t` on a local may grow the str in place when the local
# holds the only reference: every alias, key, constant and cached hash must
# still see the old value, and the result must be exact.
def build(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
    return s


def aliases():
    s = "ab" * 3
    t = s
    keep = []
    for i in range(50):
        s += "x"
        if i % 10 == 0:
            keep.append(s)
    print(t, len(s), [len(k) for k in keep], keep[1][-3:])


def self_concat():
    s = "ab"
    for _ in range(5):
        s = s + s
    print(len(s), s[:6])
    s = "é"
    for _ in range(4):
        s += s
    print(len(s), s.count("é"))


def keys_and_hashes():
    s = "key"
    d = {s: 1}
    h = hash(s)
    for i in range(20):
        s += str(i)
    print(d, "key" in d, h == hash("key"), s in {s}, hash(s) == hash(s[:]))
    u = "ü"
    for i in range(30):
        u += "ß" if i % 2 else "a"
    print(len(u), u[:5], u.upper()[:6], u.isalpha(), hash(u) == hash("".join(list(u))))


def constants():
    for _ in range(3):
        s = "const"
        s += "!"
        print(s, "const")


class S(str):
    pass


def subclass():
    s = S("sub")
    for _ in range(3):
        s += "x"
    print(type(s).__name__, s)


def closure():
    s = "c"
    def add():
        nonlocal s
        s += "d"
    for _ in range(4):
        add()
    s += "e"
    print(s)


def gen():
    s = ""
    for i in range(5):
        s += str(i)
        yield s


def other_operand_types():
    s = "n"
    try:
        s += 1
    except TypeError as e:
        print(e)
    lst = [1]
    for _ in range(3):
        lst += [2]
    print(s, lst)


print(len(build(100000)), build(30))
aliases()
self_concat()
keys_and_hashes()
constants()
subclass()
closure()
print(list(gen()))
other_operand_types()
