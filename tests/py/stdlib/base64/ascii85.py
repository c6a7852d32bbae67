import base64
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for raw in [b'', b'a', b'ab', b'abc', b'abcd', b'\0\0\0\0', b'\0\0\0\0\0', b'\0', b'    ', b'     x', b'hello world', bytes(range(40))]:
    for kw in [{}, {'pad': True}, {'foldspaces': True}, {'adobe': True}, {'wrapcol': 7}, {'wrapcol': 1, 'adobe': True}, {'wrapcol': 5, 'adobe': True, 'pad': True}]:
        e = base64.a85encode(raw, **kw)
        dk = {k: v for k, v in kw.items() if k in ('foldspaces', 'adobe')}
        print(kw, e, base64.a85decode(e, **dk))
t(lambda: base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
t(lambda: base64.a85decode(b'87cURD]i,"Ebo80', adobe=True))
t(lambda: base64.a85decode(b'87c z'))
t(lambda: base64.a85decode(b'87cy', foldspaces=True))
t(lambda: base64.a85decode(b'87c~'))
t(lambda: base64.a85decode(b'uuuuu'))
t(lambda: base64.a85decode('87 cU\nRD]i,"Ebo80'))
t(lambda: base64.a85decode(b'87 cU', ignorechars=b''))
t(lambda: base64.a85encode('x'))
t(lambda: base64.a85encode(b'x', 1))
