class C:
    p = property()
    q = property(lambda s: 1)
try: C().p
except AttributeError as e: print(e)
try: C().q = 2
except AttributeError as e: print(e)
try: del C().q
except AttributeError as e: print(e)
def f(*a): pass
try: f(1, *5)
except TypeError as e: print(e)
try: f(*5)
except TypeError as e: print(e)
try: print(*5)
except TypeError as e: print(e)
try: f(**5)
except TypeError as e: print(e)
print(True & True, True | 2, {True: 1, 1: 2, 1.0: 3})
print(bool(), bool([]), bool(C))
