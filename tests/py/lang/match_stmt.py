# Structural pattern matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return "small int"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "float-ish"
        case "":
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case []:
            return "empty seq"
        case [x]:
            return f"one: {x}"
        case [first, *rest] if len(rest) > 2:
            return f"long seq starting {first}, {len(rest)} more"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t, **others}:
            return f"shape {t} with {sorted(others)}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case None | True | False:
            return f"singleton {obj}"
        case _:
            return "other " + type(obj).__name__

tests = [0, 2, -5, 7, 1.5, "", "abc", [], [9], [1, 2, 3, 4], (1, 2), [1, 2, 3],
         {"type": "circle", "r": 2}, {"type": "sq", "w": 1, "h": 2}, Point(0, 0),
         Point(0, 4), Point(3, 3), Point(1, 2), None, True, {1, 2}, b"by"]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else "Point", "->", describe(t))

def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"
for c in ["go north", "go west", "take a b", "take", "exit", ""]:
    print(repr(c), cmd(c))

NORTH = "north"
class Dir:
    N = "north"
def value_pattern(v):
    match v:
        case Dir.N:
            return "dotted value matched"
        case other:
            return "captured " + other
print(value_pattern("north"), value_pattern("up"))
match {"a": 1, "b": 2}:
    case {"a": 1} as whole:
        print("mapping subset ok", whole)
match "abc":
    case [*_]:
        print("str is a sequence?!")
    case _:
        print("str is not matched as a sequence")
