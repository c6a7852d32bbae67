# codecs for Pyrite: the codec registry's commonly used surface (lookup,
# encode/decode, CodecInfo, getencoder/getdecoder, the BOM constants,
# open) over the text encodings str.encode and bytes.decode know (their
# names come from _textcodecs), the base64/hex/zlib/rot13 codecs, and
# error-handler lookup.  Incremental and stream codecs are not provided.

import builtins
import sys
import _codecs
import _textcodecs
from _codecs import (unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,
                     raw_unicode_escape_decode, latin_1_encode, latin_1_decode, utf_8_encode, utf_8_decode,
                     ascii_encode, ascii_decode)

__all__ = ["register", "lookup", "open", "encode", "decode", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "getencoder", "getdecoder", "lookup_error", "register_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """The functions of one codec: (encode, decode, reader, writer)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        made = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        made.name = name
        made.encode = encode
        made.decode = decode
        made.incrementalencoder = incrementalencoder
        made.incrementaldecoder = incrementaldecoder
        made.streamwriter = streamwriter
        made.streamreader = streamreader
        if _is_text_encoding is not None:
            made._is_text_encoding = _is_text_encoding
        return made

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            type(self).__module__, type(self).__qualname__, self.name, id(self))



def _rot13(input, errors='strict'):
    return str.translate(input, _ROT13_MAP), len(input)


_ROT13_MAP = {}
for _i in range(26):
    _ROT13_MAP[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13_MAP[ord('A') + _i] = ord('A') + (_i + 13) % 26
del _i


def _bytes_codec(name, enc, dec):
    def encode(input, errors='strict'):
        assert errors == 'strict'
        return enc(input), len(input)

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return dec(input), len(input)
    return CodecInfo(encode, decode, name=name, _is_text_encoding=False)


def _non_text_codec(key):
    """CPython's bytes-to-bytes codecs (and rot13), which only
    codecs.encode/decode take."""
    if key in ('base64', 'base_64', 'base64_codec'):
        return _bytes_codec('base64', _base64_encode, _base64_decode)
    if key in ('hex', 'hex_codec'):
        import binascii
        return _bytes_codec('hex', binascii.b2a_hex, binascii.a2b_hex)
    if key in ('zlib', 'zip', 'zlib_codec'):
        import zlib
        return _bytes_codec('zlib', zlib.compress, zlib.decompress)
    if key in ('rot13', 'rot_13'):
        return CodecInfo(_rot13, _rot13, name='rot-13', _is_text_encoding=False)
    return None


def _base64_encode(input):
    import base64
    return base64.encodebytes(input)


def _base64_decode(input):
    import base64
    return base64.decodebytes(input)


_search_functions = []
_cache = {}


def _normalized(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').replace('_', ' ').split())


def _is_native_text(encoding):
    return _textcodecs.canonical_name(encoding) is not None


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _builtin_codec(canon):
    def encode(input, errors='strict'):
        return input.encode(canon, errors), len(input)

    def decode(input, errors='strict'):
        raw = bytes(input)
        return raw.decode(canon, errors), len(raw)
    return CodecInfo(encode, decode, name=canon)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalized(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        found = search(key)
        if found is not None:
            if not isinstance(found, CodecInfo):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = found
            return found
    canon = _textcodecs.canonical_name(encoding)
    info = _builtin_codec(canon) if canon is not None else _non_text_codec(key)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[key] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str) and not _search_functions and _is_native_text(encoding):
        return obj.encode(encoding, errors)
    result = lookup(encoding).encode(obj, errors)
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray, memoryview)) and not _search_functions \
            and _is_native_text(encoding):
        return bytes(obj).decode(encoding, errors)
    result = lookup(encoding).decode(obj, errors)
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


_HANDLERS = {}


def _builtin_handler(name):
    def handler(exc):
        raise exc
    handler.__name__ = name + '_errors'
    return handler


for _name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
              'namereplace', 'surrogateescape', 'surrogatepass'):
    _HANDLERS[_name] = _builtin_handler(_name)
del _name


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _HANDLERS[name] = handler


def lookup_error(name):
    try:
        return _HANDLERS[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def strict_errors(exception):
    raise exception


class StreamReaderWriter:
    """A binary file read and written as text in one encoding, with no
    newline translation (what codecs.open returns)."""

    def __init__(self, stream, encoding, errors='strict'):
        self.stream = stream
        self.encoding = encoding
        self.errors = errors

    def read(self, size=-1):
        data = self.stream.read() if size is None or size < 0 else self.stream.read(size)
        return data.decode(self.encoding, self.errors)

    def readline(self, size=None):
        return self.stream.readline().decode(self.encoding, self.errors)

    def readlines(self, sizehint=None):
        return self.read().splitlines(True)

    def write(self, text):
        return self.stream.write(text.encode(self.encoding, self.errors))

    def writelines(self, lines):
        self.write(''.join(lines))

    def __iter__(self):
        return iter(self.readlines())

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        self.stream.close()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, reads give str and writes take str,
    with no newline translation."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    info = lookup(encoding)
    raw_mode = mode.replace('t', '')
    if 'b' not in raw_mode:
        raw_mode += 'b'
    wrapped = StreamReaderWriter(builtins.open(filename, raw_mode, buffering), info.name, errors)
    return wrapped
