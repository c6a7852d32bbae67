# Helper module imported by tests in this directory (not a test itself).
print("_util imported as", __name__)
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def describe():
    return f"{__name__}: counter={counter}"

PI_ISH = 22 / 7
