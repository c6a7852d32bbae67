# sys._getframe: f_code, f_globals, f_locals, f_lineno and f_back (read right
# after the call: Pyrite's frame objects are snapshots).
import sys

def outer():
    x = 1
    return inner(x + 1)

def inner(y):
    here = sys._getframe()
    line = sys._getframe().f_lineno
    return (here.f_code.co_name, line, here.f_back.f_code.co_name,
            here.f_back.f_lineno, here.f_back.f_locals, here.f_globals is globals(),
            sys._getframe(1).f_code.co_name, sys._getframe(0).f_locals['y'])

print(outer())
print(sys._getframe().f_back, sys._getframe().f_code.co_name, type(sys._getframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError', e)

def depth():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())

def caller_name():
    return sys._getframe(1).f_globals['__name__'], sys._getframe(1).f_code.co_name
def who():
    return caller_name()
print(who())
class K:
    name = sys._getframe().f_locals['__qualname__']
print(K.name, sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
gen = (sys._getframe().f_code.co_name for _ in range(1))
print(next(gen))
