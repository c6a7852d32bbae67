# A SyntaxError: nothing runs, exit 1, the caret line points at the error.
print("this line never runs")
def broken(:
    pass
