# html for Pyrite: escape() and unescape() with the HTML5 rules for
# character references (named ones from html.entities, numeric ones with
# the spec's replacements for invalid code points).

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, with quote, both quote characters) by
    HTML-safe references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references to these code points give other characters (the C1
# controls as in windows-1252; five of them stay themselves).
_C1 = ('20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f '
       '90 2018 2019 201c 201d 2022 2013 2014 2dc 2122 161 203a 153 9d 17e 178')
_REPLACED = {0x80 + k: chr(int(h, 16)) for k, h in enumerate(_C1.split())}
_REPLACED[0x00] = '\ufffd'
_REPLACED[0x0d] = '\r'

# ... and references to these give nothing.
_DROPPED = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0))
_DROPPED |= set(range(0xfdd0, 0xfdf0))
_DROPPED |= {plane * 0x10000 + low for plane in range(17) for low in (0xfffe, 0xffff)}


def _numeric(body):
    try:
        value = int(body[2:], 16) if body[1] in 'xX' else int(body[1:])
    except ValueError:
        return None
    if value in _REPLACED:
        return _REPLACED[value]
    if value > 0x10ffff or 0xd800 <= value <= 0xdfff:
        return '\ufffd'
    if value in _DROPPED:
        return ''
    return chr(value)


def _entities():
    # html.entities is imported on first use: importing it while this
    # module is being created would import this module again.
    from html.entities import html5
    return html5


def _reference(match):
    body = match.group(1).rstrip(';')
    if body.startswith('#'):
        return _numeric(body)
    name = match.group(1)
    _html5 = _entities()
    if name in _html5:
        return _html5[name]
    # The longest known entity name that starts the text (the ones
    # valid without ';'), the rest kept as it is.
    for cut in range(len(name) - 1, 1, -1):
        if name[:cut] in _html5:
            return _html5[name[:cut]] + name[cut:]
    return '&' + name


_REF = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace character references (&gt;, &#62;, &#x3e;, ...) by the
    characters they stand for, as the HTML5 standard says."""
    if '&' not in s:
        return s
    return _REF.sub(_reference, s)
