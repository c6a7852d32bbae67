# __init__ whose `self` is captured by a closure or a nested comprehension
# (self becomes a cell variable): specialized class calls must still find the instance
class Deck:
    ranks = "23"
    suits = "sh"
    def __init__(self):
        self.cards = [r + s for s in self.suits for r in self.ranks]

class Counter:
    def __init__(self, start):
        def bump():
            self.n += 1
            return self
        self.n = start
        self.bump = bump

class Sub(Counter):
    pass

total = 0
for i in range(3000):
    d = Deck()
    c = Counter(i)
    c.bump()
    s = Sub(i)
    total += len(d.cards) + c.n + s.bump().n
print(total, d.cards, c.bump() is c)
