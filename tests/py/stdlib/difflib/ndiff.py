# difflib.ndiff / Differ.compare / restore against CPython: similar-line
# pairs with '?' guides (tabs kept), plain replacement blocks, junk
# predicates, synchronizing on identical lines, and a randomized sweep.
import difflib
import random


def show(a, b, **kw):
    delta = list(difflib.ndiff(a, b, **kw))
    print(''.join(delta), end='')
    assert list(difflib.restore(delta, 1)) == a
    assert list(difflib.restore(delta, 2)) == b
    print('--')


show(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])
show(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])
show(['\tindented line here\n'], ['\tindented lime here!\n'])
show(['private Thread currentThread;\n'], ['private volatile Thread currentThread;\n'], charjunk=lambda c: c in ' \t')
show(['a\n', 'b\n', 'c\n', 'd\n'], ['x\n', 'y\n'])
show(['x\n', 'y\n'], ['a\n', 'b\n', 'c\n'])
show(['same\n', 'completely different\n', 'same\n'], ['same\n', 'nothing alike at all\n', 'same\n'])
show(['1. Beautiful is better than ugly.\n', '2. Explicit is better than implicit.\n',
      '3. Simple is better than complex.\n', '4. Complex is better than complicated.\n'],
     ['1. Beautiful is better than ugly.\n', '3.   Simple is better than complex.\n',
      '4. Complicated is better than complex.\n', '5. Flat is better than nested.\n'])
show(['#\n', 'code\n', '\n'], ['code\n', '  # \n'], linejunk=difflib.IS_LINE_JUNK)
show([], ['new\n'])
show(['old\n'], [])
print([difflib.IS_LINE_JUNK(s) for s in ['\n', '  #  \n', 'hello\n', ' # x\n', '##\n']])
print([difflib.IS_CHARACTER_JUNK(c) for c in ' \t\nx'])
d = difflib.Differ()
print(list(d.compare(['abc\n'], ['abd\n'])))
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print(e)

rng = random.Random(7)
words = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta']
for trial in range(40):
    a = [' '.join(rng.choice(words) for _ in range(rng.randint(1, 4))) + '\n' for _ in range(rng.randint(0, 7))]
    b = list(a)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(3)
        if op == 0 and b:
            del b[rng.randrange(len(b))]
        elif op == 1:
            b.insert(rng.randint(0, len(b)), rng.choice(words) + '\n')
        elif b:
            i = rng.randrange(len(b))
            s = list(b[i])
            s[rng.randrange(len(s))] = rng.choice('xyz ')
            b[i] = ''.join(s)
    delta = list(difflib.ndiff(a, b))
    print(trial, len(delta), sum(1 for l in delta if l.startswith('?')), len(''.join(delta)))
    print(''.join(delta), end='')
