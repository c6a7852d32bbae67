import csv

def show_dialect(d):
    print(d.__name__, d._name, repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, issubclass(d, csv.Dialect))

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nAnn;31;Oslo\nBob;42;Rome\n',
    'x\ty\tz\n1\t2\t3\n4\t5\t6\n',
    '"name","note"\n"Ann","likes ""quotes"""\n"Bob","plain"\n',
    "'a'|'b'\n'c'|'d'\n",
    'a, b, c\n1, 2, 3\n4, 5, 6\n',
    '"a", "b", "c"\n"1", "2", "3"\n',
    'id:value\n1:10\n2:20\n3:30\n',
    'one two three\n1 2 3\n4 5 6\n',
    '"only"\n"quoted"\n"column"\n',
    'a,b;c\n1,2;3\n4,5;6\n',
    'title,year\n"Dr. Strangelove, or How I Learned",1964\n"Alien",1979\n',
    '"x";"y"\n"1";"2"\n',
    'a:b:c\n1:2:3\n4:5\n6:7:8\n9:1:2\n',
    'h1,h2\n' + ''.join('%d,%d\n' % (i, i * i) for i in range(30)),
    'a-b-c\n1-2-3\n',
    '"a" ,"b"\n',
]
sn = csv.Sniffer()
print(sn.preferred)
for s in samples:
    try:
        d = sn.sniff(s)
        show_dialect(d)
        print(list(csv.reader(s.splitlines(), d))[:3])
    except csv.Error as e:
        print('Error', e)
    try:
        print('header', sn.has_header(s))
    except csv.Error as e:
        print('header Error', e)

for s in ['abc\ndef\n', '', 'hello', '1\n2\n3\n']:
    try:
        show_dialect(sn.sniff(s))
    except csv.Error as e:
        print('Error', e)

# restricted delimiters
s = 'a;b,c\n1;2,3\n4;5,6\n'
show_dialect(sn.sniff(s, delimiters=';'))
show_dialect(sn.sniff(s, delimiters=','))
show_dialect(sn.sniff(s))
try:
    sn.sniff(s, delimiters='|')
except csv.Error as e:
    print('Error', e)
show_dialect(sn.sniff('"a";"b"\n"c";"d"\n', delimiters=';'))

# has_header on typed columns
print(sn.has_header('name,age,score\nann,31,9.5\nbob,42,7.25\ncid,19,8\n'))
print(sn.has_header('1,2,3\n4,5,6\n7,8,9\n'))
print(sn.has_header('code,name\nAB1,xx\nCD2,yy\n'))
print(sn.has_header('ab,cd\nef,gh\nij,kl\n'))
print(sn.has_header('"Name","Value"\n"a",1\n"b",2\n"c",3\n'))
d = sn.sniff('x|y\n1|2\n')
w = csv.writer(open('/dev/null', 'w'), d)
print(csv.reader(['p|"q|r"'], d).__next__())
