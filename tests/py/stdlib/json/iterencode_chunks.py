import json
class P:
    pass
docs = [1, 'x', None, [], {}, [1, 2], [1, [2, 3], {}, [], 'a', None, {'k': [1, {'z': 2}]}],
        {'a': 1, 'b': [1, 2], 'c': {}, 'd': {'e': 'f'}, 'g': 'h', 'i': None, 'j': [[]]},
        [P(), 1, {'p': P()}], {(1,): 2, 'x': 3}, {1: P()}, P()]
for kw in [{}, {'indent': 2}, {'indent': 0}, {'separators': (',', ':')}, {'sort_keys': True, 'indent': '\t'},
           {'skipkeys': True}, {'skipkeys': True, 'indent': 1}]:
    enc = json.JSONEncoder(default=lambda o: ['P', {'n': 1}] if isinstance(o, P) else 1, **kw)
    for d in docs:
        try:
            print(list(enc.iterencode(d)))
        except TypeError as e:
            print('TypeError', e)
class W:
    def __init__(self): self.n = 0; self.s = ''
    def write(self, s): self.n += 1; self.s += s
w = W(); json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w); print(w.n, w.s)
w = W(); json.dump({'a': [1, 2, {'b': None}], 'c': 'd'}, w, indent=3); print(w.n, w.s)
