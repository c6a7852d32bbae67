# Operands released on each path of compiled arithmetic and subscripts:
# heap operands on the helper path (finalizers run before the next
# statement), small ints and floats on the inline paths, a temporary list
# freed right after its item is read, an index that is not an int.
log = []


class Noisy:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return self.v + (other.v if isinstance(other, Noisy) else other)

    def __lt__(self, other):
        return self.v < other

    def __index__(self):
        return self.v

    def __del__(self):
        log.append(self.v)


def arith(n):
    total = 0
    fl = 0.0
    for i in range(n):
        total = total + i
        fl = fl + i * 0.5
        if i % 100 == 0:
            total = total + (Noisy(i) + Noisy(1))
            log.append("after-add")
            if Noisy(i) < 10:
                log.append("lt")
    return total, fl


def fresh(i):
    return [Noisy(i), i]


def subscr(n):
    acc = 0
    for i in range(n):
        acc += fresh(i)[1]
        if i % 250 == 0:
            x = fresh(i)[0].v
            log.append(("item", x))
            data = [10, 20, 30]
            acc += data[Noisy(1)]
            log.append("after-index")
            data[Noisy(2)] = i
            acc += data[2]
            log.append("after-store")
    return acc


def big(n):
    out = 0
    for i in range(n):
        out = out + (1 << 60) * 8 + i  # past the inline range: helper path
    return out


print(arith(1000))
print(log[:12])
print(len(log))
log.clear()
print(subscr(1000))
print(log[:12])
print(len(log))
print(big(500))
