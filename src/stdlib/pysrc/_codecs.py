# _codecs for Pyrite: the encode/decode entry points that the codecs
# module and pickles of bytes (protocols 0-2 name `_codecs.encode`) use.
# Text codecs are the ones str.encode and bytes.decode know.


def encode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__
                    if encoding.replace('-', '_').lower() in ('utf_8', 'utf8')
                    else "'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
                    % encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return bytes(obj).decode(encoding, errors)
    raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
