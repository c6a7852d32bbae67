# secrets for Pyrite: random numbers and tokens for security use, drawn
# from the operating system's generator (os.urandom).

import base64 as _b64
import os as _os
import random as _random
import hmac as _hmac

__all__ = ('choice randbelow randbits SystemRandom token_bytes token_hex '
           'token_urlsafe compare_digest').split()

SystemRandom = _random.SystemRandom
compare_digest = _hmac.compare_digest
DEFAULT_ENTROPY = 32

_os_random = SystemRandom()
randbits = _os_random.getrandbits
choice = _os_random.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if not exclusive_upper_bound > 0:
        raise ValueError("Upper bound must be positive.")
    return _os_random.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    return _os.urandom(nbytes if nbytes is not None else DEFAULT_ENTROPY)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    text = _b64.urlsafe_b64encode(token_bytes(nbytes)).decode('ascii')
    return text.rstrip('=')
