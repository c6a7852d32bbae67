# __del__ runs as soon as the last reference goes, in compiled code too.
class Tracked:
    live = 0
    log = []
    def __init__(self, n):
        self.n = n
        Tracked.live += 1
    def __del__(self):
        Tracked.live -= 1
        Tracked.log.append(self.n)

def rebind(k):
    seen = []
    x = None
    for i in range(k):
        x = Tracked(i)
        seen.append(Tracked.live)
    return seen

def temporaries(k):
    seen = []
    for i in range(k):
        Tracked(i).n + 1
        seen.append(Tracked.live)
    return seen

for _ in range(3):
    print(rebind(5), Tracked.live)
    print(temporaries(4), Tracked.live)
print(Tracked.log[:12])
