# An exception raised while handling another ("During handling ...").
def risky():
    try:
        return [1, 2][5]
    except IndexError:
        print("handling IndexError")
        return {}["nope"] + 1

risky()
