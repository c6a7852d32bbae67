# Warm up small-int arithmetic, then cross 2**63 and the inline-int range in the same code.
def accumulate(start, step, n):
    acc = start
    for _ in range(n):
        acc = acc + step
    return acc

def mul_chain(x, n):
    for _ in range(n):
        x = x * 3
    return x

for _ in range(2000):
    accumulate(0, 1, 10)
    mul_chain(1, 5)
print(accumulate(0, 1, 10), mul_chain(1, 5))
print(accumulate(2**62, 2**61, 4), accumulate(2**63 - 2, 1, 5), accumulate(-2**63 + 1, -1, 3))
print(mul_chain(1, 45), mul_chain(-1, 41), mul_chain(2**40, 20))
print(accumulate(2**47 - 3, 1, 6), accumulate(-(2**47) + 2, -1, 6), accumulate(2**31 - 2, 1, 4))
# back to small ints after the overflow: still right
print(accumulate(5, 5, 5), mul_chain(2, 3))

def neg_and_shift(v):
    return -v, v << 1, v - 1, abs(v), v // -1
for i in range(2000):
    neg_and_shift(i)
for v in (-2**63, 2**63 - 1, -2**62, 2**62, -2**47, 2**47 - 1, -2**31):
    print(v, neg_and_shift(v))
x = 1
i = 0
while i < 3000:
    x = (x * 7 + i) & 0xFFFF
    i += 1
print(x)
big = 1
for i in range(3000):
    big = big * 2 if i < 100 else big + 1
print(big, big.bit_length())
