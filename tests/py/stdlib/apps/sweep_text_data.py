import textwrap, string, statistics, fractions, pprint, json, struct, base64, binascii, hashlib, enum, dataclasses, typing, re, warnings, traceback, sys
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.dedent("   a\n     b\n   c"), textwrap.shorten("Hello  world, this is long", 15), textwrap.indent("a\n\nb", '+ '))
print(string.Template('$who likes ${what}s $$').substitute(who='tim', what='kung pao'), string.Template('$a $b').safe_substitute(a=1))
try: string.Template('$a').substitute()
except KeyError as e: print('KeyError', e)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 5]), statistics.stdev([1.5, 2.5, 2.5, 2.75]), statistics.mode('aabbbc'), statistics.pvariance([1, 2, 3]), statistics.quantiles([1,2,3,4,5,6,7,8], n=4), statistics.fmean([1,2]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1,2]), statistics.median_low([1,2,3,4]), statistics.multimode('aabbc'))
print(fractions.Fraction(3, 4) + fractions.Fraction('1/3'), fractions.Fraction(0.75), fractions.Fraction('3.1415').limit_denominator(100), repr(fractions.Fraction(1, 3) ** 2), round(fractions.Fraction(7, 2)), fractions.Fraction(5, 10).as_integer_ratio())
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)}, width=40)
pprint.pprint([{'a': 1, 'b': [1, 2, {'c': 'x' * 30}]}] * 2, indent=2, width=50)
print(pprint.pformat({'z': 1, 'a': (1, 2)}, sort_dicts=False), pprint.pformat(set(range(3))))
print(json.dumps({'b': [1, 2.5, None, True], 'a': 'é\n'}, indent=2, sort_keys=True), json.dumps([1, {'x': 2}], separators=(',', ':')), json.dumps('é', ensure_ascii=False))
print(json.loads('{"a": [1, 2.0, "x", null, false]}'), json.dumps(float('inf')))
try: json.loads('{"a": }')
except json.JSONDecodeError as e: print(e)
print(struct.pack('<hIq', -2, 7, 2**40), struct.unpack('>2sHd', b'ab\x00\x05' + struct.pack('>d', 1.5)), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), struct.calcsize('@ihq'))
print(base64.b64encode(b'hello?>'), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'ab'), base64.b16decode('6162'), base64.a85encode(b'hello'), base64.b85encode(b'hello'), binascii.hexlify(b'ab', '-'), binascii.crc_hqx(b'abc', 0))
h = hashlib.sha256(b'abc'); h2 = h.copy(); h2.update(b'd'); print(h.hexdigest()[:16], h2.hexdigest()[:16], hashlib.md5(b'x').digest_size, h.name, hashlib.new('sha1', b'a').hexdigest()[:8], hashlib.sha512().block_size)
class Perm(enum.Flag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, Perm(6), ~Perm.R, list(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), repr(Perm(0)), bool(Perm(0)))
class P(typing.NamedTuple):
    x: int
    y: int = 2
print(P(1), P._fields, P(1)._replace(x=5), P._field_defaults)
class TD(typing.TypedDict):
    a: int
print(TD(a=1), TD.__annotations__ if hasattr(TD, '__annotations__') else None)
@dataclasses.dataclass(order=True)
class D:
    a: int
    b: list = dataclasses.field(default_factory=list)
print(dataclasses.asdict(D(1, [2])), dataclasses.replace(D(1), a=3), D(1) < D(2), [f.name for f in dataclasses.fields(D)], dataclasses.astuple(D(4)))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'), re.findall(r'(?i)AB', 'ab Ab'), re.split(r'(,)', 'a,b'), re.compile(r'x', re.M | re.I).flags)
try:
    1/0
except ZeroDivisionError:
    print(traceback.format_exc().splitlines()[-1])
import contextlib, io
err = io.StringIO()
with contextlib.redirect_stderr(err):
    warnings.simplefilter('always')
    warnings.warn('careful', DeprecationWarning)
    warnings.warn('plain')
print(err.getvalue().replace(__file__, 'FILE'))
