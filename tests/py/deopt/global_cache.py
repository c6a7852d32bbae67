# The LOAD_GLOBAL inline cache: rebinding, shadowing a builtin, deleting the
# shadow, and running the same code with different globals must all be seen.
def use_len(x):
    return len(x)

def use_g():
    return G

G = 1
total = 0
for i in range(2000):
    total += use_g()
print(total)
G = 5                      # rebinding: value read through the cached entry
print(use_g())
for i in range(2000):
    use_len([1, 2])
len = lambda x: 42         # shadow a builtin with a new global key
print(use_len([1, 2]))
del len                    # remove the shadow: builtins again
print(use_len([1, 2]))
def read_k():
    return K
K = "module"
print(read_k())
g2 = {"__builtins__": __builtins__, "K": "other"}
exec(read_k.__code__, g2)  # same code object, other globals dict
print(eval("read_k()"), eval("K", g2))
for n in range(50):
    globals()["extra%d" % n] = n   # inserting keys resizes the dict
print(use_g(), extra49)
