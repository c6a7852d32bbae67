# getopt for Pyrite: C-style command-line option parsing (getopt, and
# gnu_getopt which also takes options after operands), written from the
# documented behaviour of CPython 3.11's getopt module.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long(opt, rest, longopts, args):
    # One '--name[=value]' option; returns (pair, remaining args).
    name, eq, value = opt.partition('=')
    matches = [o for o in longopts if o.startswith(name)]
    if not matches:
        raise GetoptError('option --%s not recognized' % name, name)
    exact = [o for o in matches if o in (name, name + '=')]
    if exact:
        chosen = exact[0]
    elif len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    else:
        chosen = matches[0]
    wants_value = chosen.endswith('=')
    full = chosen[:-1] if wants_value else chosen
    if wants_value:
        if not eq:
            if not rest:
                raise GetoptError('option --%s requires argument' % full, full)
            value, rest = rest[0], rest[1:]
    elif eq:
        raise GetoptError('option --%s must not have an argument' % full, full)
    return ('--' + full, value if wants_value else ''), rest


def _short(cluster, rest, shortopts):
    # A '-abc' cluster; returns (pairs, remaining args).
    pairs = []
    while cluster:
        letter, cluster = cluster[0], cluster[1:]
        spot = shortopts.find(letter) if letter not in ':' else -1
        if spot < 0:
            raise GetoptError('option -%s not recognized' % letter, letter)
        if shortopts.startswith(':', spot + 1):
            if not cluster:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                cluster, rest = rest[0], rest[1:]
            pairs.append(('-' + letter, cluster))
            cluster = ''
        else:
            pairs.append(('-' + letter, ''))
    return pairs, rest


def _longopt_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options until the first operand (or '--')."""
    longopts = _longopt_list(longopts)
    found = []
    rest = list(args)
    while rest and rest[0].startswith('-') and rest[0] != '-':
        head, rest = rest[0], rest[1:]
        if head == '--':
            break
        if head.startswith('--'):
            pair, rest = _long(head[2:], rest, longopts, args)
            found.append(pair)
        else:
            pairs, rest = _short(head[1:], rest, shortopts)
            found.extend(pairs)
    return found, rest


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may be mixed (unless
    shortopts starts with '+' or POSIXLY_CORRECT is set)."""
    import os
    longopts = _longopt_list(longopts)
    stop_at_operand = False
    if shortopts.startswith('+'):
        shortopts, stop_at_operand = shortopts[1:], True
    elif os.environ.get("POSIXLY_CORRECT"):
        stop_at_operand = True
    found = []
    operands = []
    rest = list(args)
    while rest:
        head = rest[0]
        if head == '--':
            operands.extend(rest[1:])
            break
        if head.startswith('--'):
            pair, rest = _long(head[2:], rest[1:], longopts, args)
            found.append(pair)
        elif head.startswith('-') and head != '-':
            pairs, rest = _short(head[1:], rest[1:], shortopts)
            found.extend(pairs)
        elif stop_at_operand:
            operands.extend(rest)
            break
        else:
            operands.append(head)
            rest = rest[1:]
    return found, operands
