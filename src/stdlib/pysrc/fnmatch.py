"""Shell-style wildcard matching for Pyrite: `*`, `?`, `[seq]`, `[!seq]`.

POSIX flavour: `fnmatch` is case-sensitive like `fnmatchcase`.
"""


def _class_end(pat, i):
    """Index just past the `]` closing the class starting at pat[i] == '[',
    or -1 when the bracket is unclosed (then it is a literal '[')."""
    j = i + 1
    if j < len(pat) and pat[j] == '!':
        j += 1
    if j < len(pat) and pat[j] == ']':
        j += 1
    close = pat.find(']', j)
    return -1 if close < 0 else close + 1


def _in_class(body, ch):
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    hit = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            if body[k] <= ch <= body[k + 2]:
                hit = True
            k += 3
        else:
            if body[k] == ch:
                hit = True
            k += 1
    return hit != negate


def fnmatchcase(name, pat):
    """Whether `name` matches the wildcard pattern `pat` (case-sensitive)."""
    # Backtracking over the most recent '*': classic linear wildcard match.
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pat):
            c = pat[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                end = _class_end(pat, p)
                if end > 0:
                    if _in_class(pat[p + 1:end - 1], name[n]):
                        n += 1
                        p = end
                        continue
                elif name[n] == '[':
                    n += 1
                    p += 1
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p >= 0:
            star_n += 1
            n = star_n
            p = star_p + 1
            continue
        return False
    while p < len(pat) and pat[p] == '*':
        p += 1
    return p == len(pat)


def fnmatch(name, pat):
    """Whether `name` matches `pat` (POSIX: case-sensitive)."""
    import os
    return fnmatchcase(os.fspath(name), os.fspath(pat))


def filter(names, pat):
    """The items of `names` that match `pat`."""
    return [n for n in names if fnmatchcase(n, pat)]
