# Failed assert with a message, after some output.
def mean(xs):
    assert xs, "mean of an empty list"
    return sum(xs) / len(xs)

print(mean([1, 2, 3, 4]))
print(mean([]))
