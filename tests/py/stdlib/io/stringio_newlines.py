import io
for nl in [None, '', '\n', '\r', '\r\n']:
    for data in ['a\nb\r\nc\rd\r', 'x\r\n\r\n', '\r', '\n\n', 'abc', 'a\r\r\nb']:
        s = io.StringIO(data, newline=nl)
        print(repr(nl), repr(data), list(s), repr(s.getvalue()))
        s.seek(0); print([s.readline(2) for _ in range(4)])
s = io.StringIO('abc'); s.seek(10); print(repr(s.readline()), s.tell(), s.write('Z'), repr(s.getvalue()))
s = io.StringIO(); s.write('one\ntwo'); s.seek(0); print(s.readline(), end=''); s.write('X\n'); s.seek(0); print(s.readlines())
