# AttributeError on a builtin type, from a method called in a loop.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

n = Node(Node(Node(5)))
depth = 0
while True:
    n = n.nxt
    depth += 1
    print("depth", depth)
