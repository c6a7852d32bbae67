# Warm up global and builtin loads, then rebind them; the next call must see the new binding.
SCALE = 2

def scaled(x):
    return x * SCALE

def length(x):
    return len(x)

def uses_helper(x):
    return helper(x)

def helper(x):
    return x + 1

for i in range(2000):
    scaled(i)
    length("abc")
    uses_helper(i)
print(scaled(5), length("abcd"), uses_helper(1))

SCALE = 10
print(scaled(5))
SCALE = "s"
print(scaled(3))
del SCALE
try:
    scaled(1)
except NameError as e:
    print("NameError:", e)
SCALE = 3

import builtins
real_len = builtins.len
builtins.len = lambda x: 42
print(length("abcd"))
len = lambda x: -1          # a module global now shadows the builtin
print(length("abcd"))
del len                     # back to the (patched) builtin
print(length("abcd"))
builtins.len = real_len
print(length("abcd"))

def helper(x):
    return x * 100
print(uses_helper(2))
globals()["helper"] = lambda x: "via globals()"
print(uses_helper(2))
for i in range(2000):
    scaled(i)
print(scaled(4))
exec("SCALE = 7")
print(scaled(4))

def loop_global():
    total = 0
    for i in range(3000):
        if i == 1500:
            globals()["STEP"] = 10
        total += STEP
    return total
STEP = 1
print(loop_global(), STEP)
