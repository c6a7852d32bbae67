# The line and context-manager protocol StringIO, BytesIO and TextIOWrapper
# share: iteration, readlines (hint checks), writelines, with, closed streams.
import io

for make in (lambda: io.StringIO('a\nbb\nccc\n'), lambda: io.BytesIO(b'a\nbb\nccc\n'),
             lambda: io.TextIOWrapper(io.BytesIO(b'a\nbb\nccc\n'), encoding='utf-8')):
    f = make()
    print(type(f).__name__, list(f), make().readlines(), make().readlines(None), make().readlines(-1))
    try:
        make().readlines('x')
    except TypeError as e:
        print('TypeError', type(e).__name__)
    with make() as g:
        print(next(g), g.readline())
    try:
        g.readlines()
    except ValueError as e:
        print('ValueError', e)

w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
with w:
    w.writelines(['p\n', 'q\n'])
    w.flush()
    print(w.buffer.getvalue())
try:
    w.writelines(['r'])
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
s.writelines(iter(['x', 'y']))
print(s.getvalue())
