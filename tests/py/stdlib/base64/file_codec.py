import base64

class Reader:
    def __init__(self, data, step):
        self.data = data
        self.pos = 0
        self.step = step
        self.calls = 0
    def read(self, n):
        self.calls += 1
        n = min(n, self.step)
        piece = self.data[self.pos:self.pos + n]
        self.pos += len(piece)
        return piece
    def readline(self):
        self.calls += 1
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)

for size, step in [(0, 10), (10, 3), (57, 57), (58, 20), (200, 1000), (300, 7)]:
    raw = bytes((i * 31) % 256 for i in range(size))
    w = Writer()
    base64.encode(Reader(raw, step), w)
    text = b''.join(w.parts)
    print(size, step, len(w.parts), text == base64.encodebytes(raw))
    back = Writer()
    base64.decode(Reader(text, 1000), back)
    print(len(back.parts), b''.join(back.parts) == raw)

w = Writer()
base64.decode(Reader(b'aGVs\nbG8=\n\nd29y\nbGQ=', 100), w)
print(w.parts)
try:
    base64.decode(Reader(b'aGVsbG8\n', 100), Writer())
except Exception as e:
    print(type(e).__name__, e)
