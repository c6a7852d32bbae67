import csv, io, os, tempfile
# Every parser state, with each dialect option, over lines with and without line ends.
cases = [
    ('plain', ['a,b,c\r\n', 'd,,f\n', ',\n', '\n', 'x']),
    ('quoted', ['"a,b","c""d",e\r\n', '"multi\n', 'line",z\n', '"",""\n']),
    ('quote mid-field', ['ab"c"d,e\n', '"q"tail,x\n']),
    ('escape', ['a\\,b,c\\\\d\n', '"q\\"x",y\n', 'e\\\n', 'f,g\n', 'end\\']),
    ('skipspace', ['a,  b,   "c, d" ,e\n']),
    ('crlf mix', ['a\r', 'b\r\n', 'c\n']),
    ('nonnumeric', ['1,2.5,"3",-4e2, 5 \n', ',"",\n']),
    ('none', ['"a","b,c"\n', "x'y,z\n"]),
    ('unicode', ['é,ü"x",日本\n', '"😀,ok",ü\n']),
]
opts = [dict(), dict(escapechar='\\'), dict(skipinitialspace=True), dict(quoting=csv.QUOTE_NONE),
        dict(doublequote=False, escapechar='\\'), dict(quotechar="'"), dict(delimiter='\t'),
        dict(strict=True), dict(quoting=csv.QUOTE_NONNUMERIC)]
for name, lines in cases:
    for kw in opts:
        r = csv.reader(lines, **kw)
        out = []
        try:
            for row in r:
                out.append((r.line_num, row))
        except (csv.Error, ValueError) as e:
            out.append((type(e).__name__, str(e)))
        print(name, sorted(kw.items()), out)
# a real file, read with and without newline=''
d = tempfile.mkdtemp()
p = os.path.join(d, 'data.csv')
with open(p, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['id', 'text'])
    w.writerow([1, 'two\nlines'])
    w.writerow([2, 'comma,inside'])
    w.writerows([[i, 'row %d' % i] for i in range(3, 6)])
with open(p, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(p) as f:
    try:
        print(list(csv.reader(f)))
    except csv.Error as e:
        print('Error', e)
os.remove(p)
os.rmdir(d)
# field_size_limit applies to quoted and plain fields
old = csv.field_size_limit(3)
for line in ['abc,de', 'abcd', '"abc"', '"abcd"', 'a\\bc']:
    try:
        print(list(csv.reader([line], escapechar='\\')))
    except csv.Error as e:
        print('Error', e)
print(csv.field_size_limit(old))
