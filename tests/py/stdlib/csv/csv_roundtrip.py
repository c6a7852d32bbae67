import csv, io
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
alphabet = ['a', 'b', ',', '"', '\n', '\r', ' ', '\\', ';', "'", '\t', 'x']
def rstr():
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(rnd(6)))
configs = [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'escapechar': '\\', 'doublequote': False}, {'delimiter': ';', 'quotechar': "'"}, {'skipinitialspace': True}, {'quoting': csv.QUOTE_NONNUMERIC}, {'lineterminator': '\n'}, {'strict': True}]
for trial in range(300):
    cfg = configs[trial % len(configs)]
    rows = [[rstr() for _ in range(rnd(4))] for _ in range(rnd(3) + 1)]
    out = io.StringIO()
    try:
        csv.writer(out, **cfg).writerows(rows)
        text = out.getvalue()
        print(trial, 'W', repr(text))
    except csv.Error as e:
        print(trial, 'WE', e)
        text = ''.join(rstr() for _ in range(3))
    try:
        back = list(csv.reader(io.StringIO(text, newline=''), **cfg))
        print(trial, 'R', back)
    except (csv.Error, ValueError) as e:
        print(trial, 'RE', type(e).__name__, e)
    raw = ''.join(rstr() for _ in range(4))
    try:
        print(trial, 'RR', list(csv.reader(io.StringIO(raw, newline=''), **cfg)))
    except (csv.Error, ValueError) as e:
        print(trial, 'RRE', type(e).__name__, e)
