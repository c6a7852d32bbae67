# _codecs for Pyrite: the encode/decode entry points that the codecs
# module and pickles of bytes (protocols 0-2 name `_codecs.encode`) use.
# Text codecs are the ones str.encode and bytes.decode know; the
# <codec>_encode/_decode functions return (result, length consumed).


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


def _encoder(encoding):
    def encode(str, errors=None):
        if not isinstance(str, type('')):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (encoding, type(str).__name__))
        return str.encode(encoding, errors or 'strict'), len(str)
    encode.__name__ = encoding + '_encode'
    return encode


def _decoder(encoding):
    def decode(data, errors=None, final=True):
        data = bytes(data)
        return data.decode(encoding, errors or 'strict'), len(data)
    decode.__name__ = encoding + '_decode'
    return decode


unicode_escape_encode = _encoder('unicode_escape')
unicode_escape_decode = _decoder('unicode_escape')
raw_unicode_escape_encode = _encoder('raw_unicode_escape')
raw_unicode_escape_decode = _decoder('raw_unicode_escape')
latin_1_encode = _encoder('latin_1')
latin_1_decode = _decoder('latin_1')
utf_8_encode = _encoder('utf_8')
utf_8_decode = _decoder('utf_8')
ascii_encode = _encoder('ascii')
ascii_decode = _decoder('ascii')
