import operator as op
def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: op.add(1, 'a'))
show(lambda: op.truediv(1, 0))
show(lambda: op.index('a'))
show(lambda: op.index(1.5))
show(lambda: op.concat(1, 2))
show(lambda: op.concat([1], (2,)))
show(lambda: op.getitem([1], 5))
show(lambda: op.itemgetter(3)([1]))
show(lambda: op.attrgetter('zz')(1))
show(lambda: op.attrgetter(1))
show(lambda: op.methodcaller(1))
show(lambda: op.methodcaller('nope')(1))
show(lambda: op.neg('a'))
show(lambda: op.invert(1.5))
show(lambda: op.lt(1, 'a'))
show(lambda: op.indexOf([1], 5))
show(lambda: op.contains(5, 1))
show(lambda: op.delitem({}, 'k'))
