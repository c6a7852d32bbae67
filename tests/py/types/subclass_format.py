# format() / f-strings of str, int, float and complex subclasses: an empty
# spec (or a str spec with neither width nor precision) gives str(obj).
class S(str):
    def __str__(self): return "S!"
class I(int):
    def __str__(self): return "I!"
    def __repr__(self): return "Ir"
class F(float):
    def __str__(self): return "F!"
class B(int): pass
print(f"{S('a')}", f"{I(3)}", f"{F(1.5)}", format(I(3), ""), format(I(3), "d"), format(F(1.5), ""), format(S("a"), "s"), format(True, ""), f"{True}", format(S("x"), ">3"))
print(f"{complex(1,2)}", format(1+2j, ""))
class C(complex):
    def __str__(self): return "C!"
print(format(C(1), ""))
