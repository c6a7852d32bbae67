import csv, random
rng = random.Random(7)
sn = csv.Sniffer()
alpha = ['a', 'bb', '12', '3.5', ' x', '"q"', "'s'", 'x y', '"a,b"', '', '7', '"he said ""hi"""', '-', '1e3']
for i in range(300):
    d = rng.choice([',', ';', '\t', '|', ':', ' ', ', '])
    cols = rng.randint(1, 5)
    rows = rng.randint(1, 25)
    s = '\n'.join(d.join(rng.choice(alpha) for _ in range(cols if rng.random() < 0.9 else cols + 1)) for _ in range(rows))
    if rng.random() < 0.5: s += '\n'
    try:
        x = sn.sniff(s, delimiters=rng.choice([None, None, ',;', '\t|']))
        r = (x.delimiter, x.quotechar, x.doublequote, x.skipinitialspace)
    except csv.Error as e:
        r = str(e)
    try:
        h = sn.has_header(s)
    except Exception as e:
        h = type(e).__name__ + str(e)
    print(i, repr(r), h)
