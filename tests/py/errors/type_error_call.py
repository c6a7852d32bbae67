# Uncaught TypeError with CPython's wording for a bad call.
def area(w, h):
    return w * h

print(area(2, 3))
print(area(2, h=3))
area(2, 3, 4)
