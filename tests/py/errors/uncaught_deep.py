# An exception escaping several frames: output so far is kept, exit 1, traceback on stderr.
def parse(item):
    return int(item)

def total(items):
    s = 0
    for it in items:
        s += parse(it)
        print("running total", s)
    return s

print("start")
total(["1", "2", "three", "4"])
print("not reached")
