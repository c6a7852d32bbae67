# __getnewargs__ of int, float, complex and bytes (exact values for subclasses), used by copy and pickle.
class I(int): pass
class F(float): pass
class B(bytes): pass
print((5).__getnewargs__(), (1.5).__getnewargs__(), (1+2j).__getnewargs__(), b'ab'.__getnewargs__(), True.__getnewargs__())
print(I(7).__getnewargs__(), type(I(7).__getnewargs__()[0]), type(F(2.5).__getnewargs__()[0]), type(B(b'x').__getnewargs__()[0]))
print((10**30).__getnewargs__(), float('nan').__getnewargs__(), complex(-0.0, 1).__getnewargs__())
import copy, pickle
print(copy.copy(I(3)), copy.deepcopy(F(1.5)), pickle.loads(pickle.dumps(I(9))), type(copy.copy(B(b'q'))))
for s in ["(5).__getnewargs__(1)", "int.__getnewargs__('x')", "b''.__getnewargs__(1)"]:
    try: print(eval(s))
    except TypeError as e: print(s, e)
