# member_descriptor / getset_descriptor: the descriptor protocol called
# explicitly, names, reprs, and the errors of a wrong object.
class V:
    __slots__ = ("x", "y")
class W(V):
    __slots__ = ("z",)
v = V()
print(repr(V.x), V.x.__name__, V.x.__qualname__, repr(int.real), int.real.__name__, int.real.__qualname__)
print(repr(type.__dict__["__name__"]), type(V.x).__name__, type(int.real).__name__)
V.x.__set__(v, 3); print(V.x.__get__(v, V), V.x.__get__(v), V.x.__get__(None, V) is V.x)
w = W(); V.y.__set__(w, 4); print(w.y, W.z.__get__(W(), W) if False else "")
V.x.__delete__(v)
try: V.x.__get__(v, V)
except AttributeError as e: print("AttributeError", e)
try: V.x.__delete__(v)
except AttributeError as e: print("AttributeError", e)
try: V.x.__set__(5, 1)
except TypeError as e: print("TypeError", e)
try: V.x.__get__(None, None)
except TypeError as e: print("TypeError", e)
print(int.real.__get__(5), int.imag.__get__(7, int), float.real.__get__(2.5))
try: int.real.__set__(5, 1)
except AttributeError as e: print("AttributeError", e)
try: int.real.__get__("s")
except TypeError as e: print("TypeError", e)
class C: pass
type.__dict__["__name__"].__set__(C, "Renamed"); print(C.__name__)
print(hasattr(V.x, "__set__"), hasattr(int.real, "__delete__"))
import inspect
print(inspect.isdatadescriptor(V.x), inspect.ismemberdescriptor(V.x), inspect.isgetsetdescriptor(int.real))
