# Malformed numeric literals: CPython's tokenizer messages and positions,
# and which error wins when a file has several.
cases = [
    "x = 02", "x = 1_", "x = 0b2", "x = 1e", "x = 0x", "x = 12abc", "x = 0o19",
    "x = 1.5j_", "x = 0_7", "x = 1__0", "x = 0b1_", "x = 0x1g", "x = 1.__class__",
    "x = 1e+", "x = 1e5x", "x = 0o", "x = 0777", "x = 1.5e", "x = 0.e",
    "x = [1, 2, 03]", "x = (1 +) ; y = 02", "x = 02 ; y = (1 +)",
    "if x\n  pass\ny = 02\n", "x = (1,\ny = 02\n", "def f(:\n  pass\ny = 0b2\n",
    "x = )\ny = 02\n", "y = 02\nx = )\n", "x = 'abc\ny = 02\n", "s = 'abc\n",
    # valid ones
    "x = 09.5", "x = 00", "x = 0_0", "x = 1_000.000_1e1_0j", "x = .5e3", "x = 5.j",
    "x = 0xdead_beef", "x = 'a02' + b\"07\" + r'0b2' # 0x", "x = 0e0", "x = 0b_1",
    "x1 = _02 = 3",
]
for src in cases:
    try:
        compile(src, '<t>', 'exec')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
    else:
        print(repr(src), '-> ok')
