# Pyrite's `keyword` module, written for Pyrite: Python 3.11's reserved
# words and soft keywords.

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = sorted("""
    False None True and as assert async await break class continue def del
    elif else except finally for from global if import in is lambda nonlocal
    not or pass raise return try while with yield
""".split())

softkwlist = sorted("_ case match".split())

_hard = frozenset(kwlist)
_soft = frozenset(softkwlist)


def iskeyword(s):
    return s in _hard


def issoftkeyword(s):
    return s in _soft
