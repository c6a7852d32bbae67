import csv, io
# DictReader: header row, restkey/restval, blank lines skipped, line_num
data = 'a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8,9,10\r\n"x\r\ny",z,w\r\n'
r = csv.DictReader(io.StringIO(data, newline=''), restkey='more', restval='?')
print(r.fieldnames, r.line_num)
for d in r:
    print(r.line_num, d)
r = csv.DictReader(['p;q', '1;2'], delimiter=';')
print(list(r), r.fieldnames)
r = csv.DictReader(['1,2', '3,4'], fieldnames=('x', 'y'))
print(list(r))
r = csv.DictReader([])
print(r.fieldnames, list(r))
r = csv.DictReader(['a,b'])
print(list(r), r.fieldnames)
r = csv.DictReader(['a,b', '1,2'], dialect='excel-tab')
print(list(r))
# DictWriter
s = io.StringIO()
w = csv.DictWriter(s, ['x', 'y', 'z'], restval='-')
print(w.writeheader())
print(w.writerow({'x': 1, 'z': 'a,b'}))
w.writerows([{'y': None}, {'x': 2.5, 'y': 'q"q', 'z': ''}])
print(repr(s.getvalue()))
try:
    w.writerow({'x': 1, 'bad': 2})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(s, ['x'], extrasaction='ignore')
w2.writerow({'x': 1, 'bad': 2})
w3 = csv.DictWriter(s, ['x'], extrasaction='RAISE')
w3.writerow({'x': 1, 'bad': 2})
print(repr(s.getvalue()[-8:]))
try:
    csv.DictWriter(s, ['x'], extrasaction='other')
except ValueError as e:
    print('ValueError', e)
s = io.StringIO()
w = csv.DictWriter(s, ('a', 'b'), quoting=csv.QUOTE_ALL, lineterminator='\n')
w.writeheader(); w.writerow({'a': 1}); print(repr(s.getvalue()))
# Dialect subclasses
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
print(list(csv.reader(["a; 'b;c'"], Semi)))
s = io.StringIO(); csv.writer(s, Semi()).writerow(['a;b', "it's"]); print(repr(s.getvalue()))
csv.register_dialect('semi', Semi)
print(csv.get_dialect('semi').delimiter, 'semi' in csv.list_dialects())
csv.unregister_dialect('semi')
print('semi' in csv.list_dialects())
print(Semi()._valid, csv.excel._valid, csv.excel()._valid)
print(csv.excel_tab.delimiter == '\t', csv.unix_dialect.lineterminator == '\n', csv.unix_dialect.quoting)
print(csv.Error is csv.__dict__['Error'], issubclass(csv.Error, Exception), csv.__version__)
