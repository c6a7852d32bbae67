import json
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
import json.decoder
from json.decoder import JSONDecodeError
from json.encoder import encode_basestring, encode_basestring_ascii
print(json.decoder.__name__, json.encoder.__name__)
try:
    json.loads('[')
except json.decoder.JSONDecodeError as e:
    print('caught', e)
print(encode_basestring('a"\u00e9\n'), encode_basestring_ascii('a"\u00e9\U0001f600'))
try:
    encode_basestring(5)
except TypeError as e:
    print(e)
