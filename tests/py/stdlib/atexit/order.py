import atexit


def bye(name, punct="!"):
    print("bye", name + punct)


def never():
    print("unregistered: never printed")


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
atexit.register(never)
atexit.register(never)
atexit.unregister(never)
result = atexit.register(print, "registered print")


@atexit.register
def decorated():
    print("decorated runs first (registered last)")


print(result is print, decorated.__name__)
try:
    atexit.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print("end of main")
