# An uncaught exception raised three inlined calls deep: the whole
# traceback (checked on stderr's last line) and what ran before it.
def inner(d):
    return d["missing"]


def middle(d):
    print("middle")
    return inner(d) + 1


def outer():
    print("outer")
    return middle({})


outer()
