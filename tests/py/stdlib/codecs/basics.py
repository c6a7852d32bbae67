import codecs
import os
import tempfile

for name in ["utf8", "UTF-8", "latin1", "latin-1", "iso-8859-1", "ascii", "us-ascii", "utf-16",
             "utf_16_le", "utf-32", "cp1252", "utf-8-sig", "U8"]:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.encode("héllo", "utf-8"), codecs.encode("héllo", "latin-1"), codecs.encode("héllo"))
print(codecs.decode(b"h\xc3\xa9llo"), codecs.decode(b"h\xe9llo", "latin1"), codecs.decode(b"\xff", "utf-8", "replace"))
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    codecs.encode("é", "ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(codecs.encode("é", "ascii", "ignore"), codecs.encode("é", "ascii", "xmlcharrefreplace"))
enc = codecs.getencoder("utf-8")
dec = codecs.getdecoder("utf-8")
print(enc("añb"), dec(b"a\xc3\xb1b"), codecs.lookup("utf-8").encode("x"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE, codecs.BOM_UTF16, codecs.BOM_UTF32)
print(callable(codecs.lookup_error("strict")), callable(codecs.lookup_error("replace")))
try:
    codecs.lookup_error("bogus")
except LookupError as e:
    print(type(e).__name__, e)

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with codecs.open(p, "w", encoding="utf-8") as f:
    f.write("línea uno\r\nline two\n")
with open(p, "rb") as f:
    print(f.read())
with codecs.open(p, "r", encoding="utf-8") as f:
    print(repr(f.read()))
with codecs.open(p, "r", "latin-1") as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
