import pprint
class R:
    def __init__(self): self.s = 777
    def next(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 20) % n
r = R()
def gen(depth):
    k = (4 + r.next(5)) if depth < 2 else r.next(9 if depth < 4 else 4)
    if k == 0: return r.next(10**r.next(12))
    if k == 1: return 'w' * r.next(30) + ' '.join('word%d' % r.next(100) for _ in range(r.next(8)))
    if k == 2: return r.next(1000) / 7
    if k == 3: return None if r.next(2) else (r.next(2) == 1)
    if k == 4: return [gen(depth + 1) for _ in range(r.next(9))]
    if k == 5: return tuple(gen(depth + 1) for _ in range(r.next(4)))
    if k == 6: return {('k%d' % r.next(50)): gen(depth + 1) for _ in range(r.next(9))}
    if k == 7: return {r.next(100) for _ in range(r.next(8))}
    return b'bytes' * r.next(8)
for i in range(120):
    obj = gen(0)
    w = 5 + r.next(90)
    print('#', i, w)
    print(pprint.pformat(obj, width=w, indent=1 + r.next(4), compact=bool(r.next(2)), sort_dicts=bool(r.next(2)), depth=None if r.next(3) else 1 + r.next(4)))
