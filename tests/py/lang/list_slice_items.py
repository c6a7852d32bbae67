l = list(range(10))
r = []
for a in [None, -20, -3, 0, 2, 9, 10, 30]:
    for b in [None, -20, -3, 0, 2, 9, 10, 30]:
        for c in [None, 1, 2, -1, -3]:
            r.append(l[a:b:c])
print(len(r), sum(map(len, r)), r[::37])
class Shrink:
    def __index__(self):
        del l[5:]
        return 8
l = list(range(10))
print(l[2:Shrink()], l)
