# Methods of `type` called unbound on something that is not a class raise
# TypeError (they crashed the interpreter before).
calls = [
    lambda: type.mro(1),
    lambda: type.mro(),
    lambda: type.mro(int, 1),
    lambda: type.__repr__(1),
    lambda: type.__repr__("x"),
    lambda: type.__call__(1),
    lambda: type.__call__(None, 2, 3),
    lambda: type.__subclasses__(5),
]
for f in calls:
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)
print(type.mro(bool), type.__repr__(int), type.__call__(int, "12"))
for f in [lambda: type.__repr__(), lambda: type.__call__()]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
