import json, sys
def rec(n, f):
    if n == 0:
        return f()
    return rec(n - 1, f)
for depth in [100, 500, 900, 980]:
    try:
        r = rec(depth, lambda: len(json.dumps(json.loads('[' * 985 + ']' * 985))))
        print(depth, r)
    except RecursionError as e:
        print(depth, 'RecursionError')
import base64
print(base64.a85encode(b'hello world', wrapcol=-1))
