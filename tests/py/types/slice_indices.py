for n in [0, 1, 5, 10]:
    for a in [None, -12, -3, -1, 0, 1, 3, 12]:
        for b in [None, -12, -3, 0, 2, 12]:
            for c in [None, -3, -1, 1, 2, 5]:
                s = slice(a, b, c)
                print(n, a, b, c, s.indices(n), list(range(n))[s], "abcdefghij"[:n][s])
try: slice(1, 2, 0).indices(3)
except ValueError as e: print(e)
try: [1][::0]
except ValueError as e: print(e)
print(slice(10**30, -10**30, -1).indices(5))
