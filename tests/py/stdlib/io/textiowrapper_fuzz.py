# TextIOWrapper reads compared with CPython over random text (newline kinds,
# multi-byte characters, chunk boundaries) and random read/readline sizes.
import io

state = 99
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n
alpha = ['a', 'b', '\r', '\n', '\r\n', 'é', '€', 'x' * 50]
for case in range(150):
    n = rnd(2000) if rnd(4) == 0 else rnd(40)
    text = ''.join(alpha[rnd(len(alpha))] for _ in range(n))
    if rnd(3) == 0:
        text = 'y' * (8192 - rnd(4)) + text
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    t = io.TextIOWrapper(io.BytesIO(text.encode('utf-8')), encoding='utf-8', newline=nl)
    out = []
    for step in range(12):
        k = rnd(5)
        if k == 0:
            out.append(t.read(rnd(10)))
        elif k == 1:
            out.append(t.readline())
        elif k == 2:
            out.append(t.readline(rnd(6)))
        elif k == 3:
            out.append(t.read(rnd(9000)))
        else:
            out.append(t.readline(-1))
    out.append(t.read())
    print(case, repr(nl), [len(o) for o in out], sum(ord(c) * (i + 1) for o in out for i, c in enumerate(o)) % 1000003)
