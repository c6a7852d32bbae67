# list operations, mutation during iteration, sort stability, error messages.
a = [5, 3, 8, 1, 9, 2]
a.append(7); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 50)
print(a, a.pop(), a.pop(0), a.index(8), a.count(3), len(a))
a.remove(3); a.extend(range(3)); a.reverse()
print(a, a[::2], a[-2:], a[::-3], a[10:2:-2])
a[1:3] = ["x", "y", "z"]
a[::2] = [0] * len(a[::2])
del a[-2:]
print(a)
del a[::3]
print(a, a * 2, [0] * 3 + [1], [[]] * 2)
b = sorted([("b", 2), ("a", 2), ("c", 1), ("d", 2)], key=lambda p: p[1])
print(b, sorted("banana"), sorted([3, 1, 2], reverse=True), sorted(["B", "a", "C"], key=str.lower))
c = [3, 1, 2]
print(c.sort(), c, list(reversed(c)), c.copy() == c, c.copy() is c, c.clear(), c)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(m, shared)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, [2]] == [1, [2]], [] == [], [0] == [False])
nums = list(range(10))
for x in nums:
    if x % 3 == 0:
        nums.remove(x)
print(nums)
out = []
grow = [1]
for v in grow:
    if v < 20:
        grow.append(v * 2)
    out.append(v)
print(out)
l = [1, 2, 3]
l[len(l):] = [4]
l[:0] = [0]
print(l, l.index(3, 2), l[-1], 3 in l, l + [5], list("ab"), list((1, 2)), list({1: "a"}))
r = [1]
r.append(r)
print(r, len(r))
for f in (lambda: [].pop(), lambda: [1].index(2), lambda: [1].remove(5), lambda: [1][2], lambda: [1][-2],
          lambda: [1, 2].__setitem__(5, 0), lambda: [1] + (2,), lambda: [3, "a"].sort(), lambda: l["0"],
          lambda: l.__setitem__(slice(None, None, 2), [1]), lambda: [].insert(), lambda: sorted([1, None])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class K:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, o):
        return self.v < o.v
ks = sorted([K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d")])
print([k.tag for k in ks], min(ks).tag, max(ks).tag)
big = list(range(1000))
print(sum(big[::7]), big[500:505], len(big[::-1]), big.index(999))
