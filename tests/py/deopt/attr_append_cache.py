# A STORE_ATTR site that adds an attribute (the interpreter caches the shape
# the object moves to): objects arriving with other attribute orders, with
# the attribute already there, with a materialized __dict__, after a del,
# and past the inline-attribute limit.


class O:
    pass


def make(order):
    o = O()
    for n in order:
        setattr(o, n, n.upper())
    return o


def add_z(o, v):
    o.z = v
    return o


orders = [("a", "b"), ("b", "a"), ("a",), (), ("a", "b", "z"), ("z", "a")]
for i in range(400):
    o = add_z(make(orders[i % len(orders)]), i)
    if i >= 394:
        print(sorted(vars(o).items()))

o = make(("a", "b"))
o.__dict__
print(sorted(vars(add_z(o, "dict")).items()))
o = make(("a", "b"))
add_z(o, 1)
del o.z
print(sorted(vars(add_z(o, 2)).items()), list(vars(o)))

many = O()
for i in range(40):
    setattr(many, f"m{i}", i)
print(add_z(many, "many").z, len(vars(many)), list(vars(many))[-2:])


class S(O):
    __slots__ = ()


print(sorted(vars(add_z(S(), "sub")).items()))
print([add_z(make(("a",)), k).z for k in range(5)])
