"""Command-line option and argument parsing (the `argparse` module),
written for Pyrite.

Covers the common API: ArgumentParser with positional and optional
arguments (type, default, choices, nargs ? * + N, required, dest, metavar,
help), the store/store_const/store_true/store_false/append/append_const/
count/extend/help/version actions, argument groups, mutually exclusive
groups, sub-commands, and help/usage/error output in CPython's layout.
"""

import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_LEFTOVER_ATTR = '_unrecognized_args'


def _terminal_columns():
    try:
        import os
        cols = int(os.environ['COLUMNS'])
        return cols
    except Exception:
        return 80


# -- small text helpers (no `re` / `textwrap` needed) -----------------------------

_ASCII_WS = ' \t\n\r\x0b\x0c'


def _squash_spaces(text):
    """Collapses runs of ASCII whitespace to one space and strips."""
    out = []
    gap = False
    for ch in text:
        if ch in _ASCII_WS:
            gap = True
            continue
        if gap and out:
            out.append(' ')
        gap = False
        out.append(ch)
    return ''.join(out)


def _is_letter(ch):
    return ch.isalpha() or ch == '_'


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_word_punct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


def _wrap_chunks_of(text):
    """Splits text into whitespace runs, words, and word pieces ending in a
    hyphen between letters ('well-' 'known'), as textwrap does."""
    n = len(text)
    at = lambda k: text[k] if 0 <= k < n else ''
    out = []
    i = 0
    while i < n:
        if text[i] in _ASCII_WS:
            j = i
            while j < n and text[j] in _ASCII_WS:
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                out.append(text[i:j])
                i = j
                continue
        k = i + 1
        while True:
            if k >= n or text[k] in _ASCII_WS:
                out.append(text[i:k])
                i = k
                break
            if text[k] == '-':
                before = (_is_letter(at(k - 2)) and _is_letter(at(k - 1))) or (
                    _is_letter(at(k - 3)) and at(k - 2) == '-' and _is_letter(at(k - 1)))
                after = _is_letter(at(k + 1)) and (
                    _is_letter(at(k + 2)) or (at(k + 2) == '-' and _is_letter(at(k + 3))))
                if before and after:
                    out.append(text[i:k + 1])
                    i = k + 1
                    break
            if _is_word_punct(text[k - 1]) and text[k:k + 2] == '--':
                j = k
                while j < n and text[j] == '-':
                    j += 1
                if j < n and _is_word(text[j]):
                    out.append(text[i:k])
                    i = k
                    break
            k += 1
    return out


def _wrap(text, width, indent=''):
    """Word wrap with textwrap's rules (whitespace dropped at line ends,
    over-long words split, preferably after a hyphen)."""
    room = width - len(indent)
    pending = _wrap_chunks_of(text)
    pending.reverse()
    lines = []
    while pending:
        line = []
        used = 0
        if lines and pending[-1].strip() == '':
            pending.pop()
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            line.append(pending.pop())
        if pending and len(pending[-1]) > room:
            left = room - used if room >= 1 else 1
            word = pending[-1]
            cut = left
            if len(word) > left:
                h = word.rfind('-', 0, left)
                if h > 0 and word[:h].strip('-'):
                    cut = h + 1
            line.append(word[:cut])
            pending[-1] = word[cut:]
        if line and line[-1].strip() == '':
            line.pop()
        if line:
            lines.append(indent + ''.join(line))
    return lines


def _usage_chunks(text):
    """Splits a usage string into bracketed groups and plain words."""
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ':
            i += 1
            continue
        opener = text[i]
        if opener in '[(':
            closer = ']' if opener == '[' else ')'
            j = i
            found = -1
            while True:
                k = text.find(closer, j + 1)
                if k < 0:
                    break
                end = k
                while end + 1 < n and text[end + 1] == closer:
                    end += 1
                if end + 1 == n or text[end + 1] == ' ':
                    found = end + 1
                    break
                j = end
            if found > 0:
                chunks.append(text[i:found])
                i = found
                continue
        j = i
        while j < n and text[j] != ' ':
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


# -- namespace and errors ---------------------------------------------------------

class _AttributeHolder:
    """Gives a readable repr built from the object's attributes."""

    def __repr__(self):
        parts = [repr(a) for a in self._get_args()]
        extra = {}
        for key, val in self._get_kwargs():
            if key.isidentifier():
                parts.append('%s=%r' % (key, val))
            else:
                extra[key] = val
        if extra:
            parts.append('**%s' % repr(extra))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def _get_kwargs(self):
        return [(k, v) for k, v in self.__dict__.items()]

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """A simple object holding the parsed attributes."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return self.__dict__.__contains__(key)


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error about a particular argument."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by `type` functions to report a conversion problem."""
    pass


# -- actions --------------------------------------------------------------------------

class Action(_AttributeHolder):
    """Base class of the actions run when an argument is met."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        keys = ['option_strings', 'dest', 'nargs', 'const', 'default',
                'type', 'choices', 'required', 'help', 'metavar']
        return [(k, getattr(self, k)) for k in keys]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, **kw):
        _check_value_taking(kw, 'nargs for store actions must be != 0; if you '
                            'have nothing to store, actions such as store '
                            'true or store const may be more appropriate')
        Action.__init__(self, option_strings, dest, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


def _check_value_taking(kw, zero_msg):
    """Validates nargs/const for the actions that consume values."""
    nargs = kw.get('nargs')
    if nargs == 0:
        raise ValueError(zero_msg)
    if kw.get('const') is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required, help)


def _accumulate(namespace, dest, new, extend=False):
    """Stores a copy of namespace.dest (a list, created if None) with `new`
    appended (or, for extend, its items); the copy keeps a shared default
    list untouched."""
    old = getattr(namespace, dest, None)
    if old is None:
        bucket = []
    elif type(old) is list:
        bucket = old[:]
    else:
        try:
            import copy
            bucket = copy.copy(old)
        except ImportError:
            bucket = old
    if extend:
        bucket.extend(new)
    else:
        bucket.append(new)
    setattr(namespace, dest, bucket)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, **kw):
        _check_value_taking(kw, 'nargs for append actions must be != 0; if arg '
                            'strings are not supplying the value to append, '
                            'the append const action may be more appropriate')
        Action.__init__(self, option_strings, dest, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        _accumulate(namespace, self.dest, values)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, 0, const, default,
                        None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _accumulate(namespace, self.dest, self.const)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        n = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if n is None else n) + 1)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _accumulate(namespace, self.dest, values, extend=True)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, 0, None, default,
                        None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._write_out(fmt.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag pairs."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith('--'):
                strings.append('--no-' + s[2:])
        Action.__init__(self, strings, dest, 0, None, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The action of add_subparsers(): picks and runs a sub-parser."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prefix = prog
        self._factory = parser_class
        self._by_name = {}
        self._listed = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._by_name, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._by_name:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._by_name:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._listed.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._factory(**kwargs)
        self._by_name[name] = parser
        for alias in aliases:
            self._by_name[alias] = parser
        return parser

    def _get_subactions(self):
        return self._listed

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._by_name:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._by_name)))
        sub = self._by_name[name]
        sub_ns, rest = sub.parse_known_args(rest, None)
        for k, v in vars(sub_ns).items():
            setattr(namespace, k, v)
        if rest:
            if _LEFTOVER_ATTR not in vars(namespace):
                setattr(namespace, _LEFTOVER_ATTR, [])
            getattr(namespace, _LEFTOVER_ATTR).extend(rest)


class FileType:
    """A `type` that opens the named file ('-' means stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        binary = 'b' in self._mode
        if string == '-':
            if 'r' in self._mode:
                stream = _sys.stdin
            elif any(ch in self._mode for ch in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % self._mode)
            return stream.buffer if binary else stream
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for name in ('encoding', 'errors'):
            val = getattr(self, '_' + name)
            if val is not None:
                shown.append('%s=%r' % (name, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}


# -- help formatting ----------------------------------------------------------------

class HelpFormatter:
    """Lays out usage and help text for a parser."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog_name = prog
        self._step = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._indent = 0
        self._longest = 0
        self._blocks = []      # list of (kind, payload, indent)

    # building
    def _in(self):
        self._indent += self._step

    def _out(self):
        self._indent -= self._step

    def start_section(self, heading):
        self._in()
        self._blocks.append(['section', heading, self._indent - self._step, []])

    def end_section(self):
        self._out()

    def _target(self):
        for b in reversed(self._blocks):
            if b[0] == 'section' and b[2] == self._indent - self._step and self._indent > 0:
                return b[3]
        return self._blocks

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._target().append(('text', text, self._indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._target().append(('usage', (usage, actions, groups, prefix), self._indent))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        names = [self._format_action_invocation(action)]
        for sub in self._sub_actions(action):
            names.append(self._format_action_invocation(sub))
        self._longest = max(self._longest, max(len(n) for n in names) + self._indent)
        self._target().append(('action', action, self._indent))

    def add_arguments(self, actions):
        for a in actions:
            self.add_argument(a)

    def _sub_actions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    # rendering
    def format_help(self):
        text = self._render(self._blocks)
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        text = text.strip('\n')
        if text:
            text += '\n'
        return text

    def _render(self, blocks):
        out = []
        for b in blocks:
            kind = b[0]
            if kind == 'section':
                inner = self._render(b[3])
                if not inner:
                    continue
                head = ''
                if b[1] is not SUPPRESS and b[1] is not None:
                    head = '%*s%s:\n' % (b[2], '', b[1])
                out.append('\n' + head + inner + '\n')
            elif kind == 'text':
                out.append(self._format_text(b[1], b[2]))
            elif kind == 'usage':
                out.append(self._format_usage(*b[1], indent=b[2]))
            else:
                out.append(self._format_action(b[1], b[2]))
        return ''.join(out)

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog_name)
        room = max(self._width - indent, 11)
        return self._fill_text(text, room, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        return '\n'.join(_wrap(_squash_spaces(text), width, indent))

    def _split_lines(self, text, width):
        return _wrap(_squash_spaces(text), width)

    def _format_usage(self, usage, actions, groups, prefix, indent=0):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog_name)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog_name)
        else:
            prog = '%(prog)s' % dict(prog=self._prog_name)
            opts = [a for a in actions if a.option_strings]
            poss = [a for a in actions if not a.option_strings]
            full = ' '.join(s for s in [prog, self._usage_of(opts + poss, groups)] if s)
            room = self._width - indent
            if len(prefix) + len(full) > room:
                opt_chunks = _usage_chunks(self._usage_of(opts, groups))
                pos_chunks = _usage_chunks(self._usage_of(poss, groups))
                if len(prefix) + len(prog) <= 0.75 * room:
                    pad = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_chunks:
                        lines = self._pack([prog] + opt_chunks, pad, room, len(prefix))
                        lines += self._pack(pos_chunks, pad, room)
                    elif pos_chunks:
                        lines = self._pack([prog] + pos_chunks, pad, room, len(prefix))
                    else:
                        lines = [prog]
                else:
                    pad = ' ' * len(prefix)
                    lines = self._pack(opt_chunks + pos_chunks, pad, room)
                    if len(lines) > 1:
                        lines = self._pack(opt_chunks, pad, room) + self._pack(pos_chunks, pad, room)
                    lines = [prog] + lines
                usage = '\n'.join(lines)
            else:
                usage = full
        return '%s%s\n\n' % (prefix, usage)

    def _pack(self, chunks, pad, room, first_prefix=None):
        """Fills lines with chunks; the first line may follow a prefix."""
        lines = []
        cur = []
        used = (first_prefix if first_prefix is not None else len(pad)) - 1
        for c in chunks:
            if cur and used + 1 + len(c) > room:
                lines.append(pad + ' '.join(cur))
                cur = []
                used = len(pad) - 1
            cur.append(c)
            used += len(c) + 1
        if cur:
            lines.append(pad + ' '.join(cur))
        if first_prefix is not None and lines:
            lines[0] = lines[0][len(pad):]
        return lines

    def _usage_of(self, actions, groups):
        # mutually exclusive groups whose actions appear contiguously
        starts = {}
        for g in groups:
            ga = g._group_actions
            if not ga:
                continue
            for i in range(len(actions) - len(ga) + 1):
                if actions[i:i + len(ga)] == ga and all(a in actions for a in ga):
                    starts[i] = g
                    break
        parts = []
        i = 0
        while i < len(actions):
            if i in starts:
                g = starts[i]
                ga = g._group_actions
                inner = []
                for a in ga:
                    if a.help is SUPPRESS:
                        continue
                    inner.append(self._action_usage(a, in_group=True))
                shown = len(inner)
                if inner:
                    body = ' | '.join(inner)
                    if g.required:
                        body = ('(%s)' % body) if shown > 1 else body
                    else:
                        body = '[%s]' % body
                    parts.append(body)
                i += len(ga)
                continue
            a = actions[i]
            i += 1
            if a.help is SUPPRESS:
                continue
            parts.append(self._action_usage(a, in_group=False))
        return ' '.join(p for p in parts if p)

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and part.startswith('[') and part.endswith(']') and action.nargs in (OPTIONAL, ZERO_OR_MORE):
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            part = '%s %s' % (action.option_strings[0],
                              self._format_args(action, self._get_default_metavar_for_optional(action)))
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def _format_action(self, action, indent):
        help_pos = min(self._longest + 2, self._max_help_position)
        help_width = max(self._width - help_pos, 11)
        name_width = help_pos - indent - 2
        head = self._format_action_invocation(action)
        parts = []
        first_indent = 0
        if not action.help:
            parts.append('%*s%s\n' % (indent, '', head))
        elif len(head) <= name_width:
            parts.append('%*s%-*s  ' % (indent, '', name_width, head))
        else:
            parts.append('%*s%s\n' % (indent, '', head))
            first_indent = help_pos
        if action.help and action.help.strip():
            text = self._help_text(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (first_indent, '', lines[0] if lines else ''))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_pos, '', line))
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._sub_actions(action):
            parts.append(self._format_action(sub, indent + self._step))
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavars(action, default)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavars(self, action, default):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            shown = default

        def fmt(count):
            if isinstance(shown, tuple):
                return shown
            return (shown,) * count
        return fmt

    def _format_args(self, action, default):
        get = self._metavars(action, default)
        n = action.nargs
        if n is None:
            return '%s' % get(1)
        if n == OPTIONAL:
            return '[%s]' % get(1)
        if n == ZERO_OR_MORE:
            mv = get(1)
            if len(mv) == 2:
                return '[%s [%s ...]]' % mv
            return '[%s ...]' % mv
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if n == REMAINDER:
            return '...'
        if n == PARSER:
            return '%s ...' % get(1)
        if n == SUPPRESS:
            return ''
        try:
            count = int(n)
            pieces = ['%s'] * count
        except (TypeError, ValueError):
            raise ValueError('invalid nargs value') from None
        return ' '.join(pieces) % get(count)

    def _help_text(self, action):
        params = dict(vars(action), prog=self._prog_name)
        for k in list(params):
            if params[k] is SUPPRESS:
                del params[k]
        for k in list(params):
            if hasattr(params[k], '__name__'):
                params[k] = params[k].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps description and epilog text as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps all help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to argument help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# -- argument matching (patterns over 'A'/'O'/'-' strings) -------------------------------

_ANY = 10 ** 9


def _nargs_items(nargs, optional):
    """The pattern for `nargs` as a list of (allowed chars, min, max)."""
    dash = ('-', 0, _ANY)
    if nargs is None:
        items = [dash, ('A', 1, 1), dash]
    elif nargs == OPTIONAL:
        items = [dash, ('A', 0, 1), dash]
    elif nargs == ZERO_OR_MORE:
        items = [dash, ('A-', 0, _ANY)]
    elif nargs == ONE_OR_MORE:
        items = [dash, ('A', 1, 1), ('A-', 0, _ANY)]
    elif nargs == REMAINDER:
        items = [('-AO', 0, _ANY)]
    elif nargs == PARSER:
        items = [dash, ('A', 1, 1), ('-AO', 0, _ANY)]
    elif nargs == SUPPRESS:
        items = [dash, dash]
    else:
        items = [dash]
        for _ in range(nargs):
            items += [('A', 1, 1), dash]
    if optional:
        # options never swallow the '--' marker
        items = [(chars.replace('-', ''), lo, hi) for chars, lo, hi in items]
        items = [it for it in items if it[0]]
    return items


def _match_groups(groups, text):
    """Greedy, backtracking match of consecutive groups at the start of
    `text`; returns the length taken by each group, or None."""
    flat = []
    for gi, items in enumerate(groups):
        for it in items:
            flat.append((gi, it))
    lengths = [0] * len(groups)

    def run(k, pos):
        if k == len(flat):
            return True
        gi, (chars, lo, hi) = flat[k]
        top = pos
        limit = min(len(text), pos + hi) if hi != _ANY else len(text)
        while top < limit and text[top] in chars:
            top += 1
        for end in range(top, pos + lo - 1, -1):
            if end - pos < lo:
                break
            lengths[gi] += end - pos
            if run(k + 1, end):
                return True
            lengths[gi] -= end - pos
        return False

    if run(0, 0):
        return lengths
    return None


# -- containers of actions ---------------------------------------------------------

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._reg_tables = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._preset = {}
        self._neg_like_opts = []

    def register(self, registry_name, value, object):
        self._reg_tables.setdefault(registry_name, {})[value] = object

    def _reg_lookup(self, registry_name, value, default=None):
        return self._reg_tables.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._preset.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._preset.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """Adds a positional (a name) or optional (flags) argument."""
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_spec(*args, **kwargs)
        else:
            kwargs = self._optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._preset:
                kwargs['default'] = self._preset[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        cls = self._reg_lookup('action', action_class, action_class)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**kwargs)
        type_func = self._reg_lookup('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._handle_clash(action)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        for s in action.option_strings:
            if _looks_negative(s) and not self._neg_like_opts:
                self._neg_like_opts.append(True)
        return action

    def _drop_action(self, action):
        self._actions.remove(action)

    def _positional_spec(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may match nothing; a '*' without a default still
        # counts as required
        kwargs['required'] = nargs not in (OPTIONAL, ZERO_OR_MORE) or (
            nargs == ZERO_OR_MORE and 'default' not in kwargs)
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        strings = []
        long_ones = []
        for s in args:
            if not s or s[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (s, self.prefix_chars))
            strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                long_ones.append(s)
        dest = kwargs.pop('dest', None)
        if dest is None:
            src = long_ones[0] if long_ones else strings[0]
            dest = src.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % src)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=strings)

    def _handle_clash(self, action):
        clashes = [(s, self._option_string_actions[s]) for s in action.option_strings
                   if s in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for s, old in clashes:
                old.option_strings.remove(s)
                self._option_string_actions.pop(s, None)
                if not old.option_strings:
                    old.container._drop_action(old)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        names = ', '.join(s for s, _ in clashes)
        word = 'conflicting option string' if len(clashes) == 1 else 'conflicting option strings'
        raise ArgumentError(action, '%s: %s' % (word, names))

    def _inherit_from(self, container):
        titles = {}
        for g in self._action_groups:
            titles[g.title] = g
        gmap = {}
        for g in container._action_groups:
            if g.title not in titles:
                titles[g.title] = self.add_argument_group(title=g.title, description=g.description,
                                                          conflict_handler=g.conflict_handler)
            for a in g._group_actions:
                gmap[a] = titles[g.title]
        for mg in container._mutually_exclusive_groups:
            new = self.add_mutually_exclusive_group(required=mg.required)
            for a in mg._group_actions:
                gmap[a] = new
        for a in container._actions:
            gmap.get(a, self)._add_action(a)


def _looks_negative(s):
    if not s.startswith('-') or len(s) < 2:
        return False
    body = s[1:]
    if body.isdigit():
        return True
    whole, dot, frac = body.partition('.')
    return bool(dot) and frac.isdigit() and (whole == '' or whole.isdigit())


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._reg_tables = container._reg_tables
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._preset = container._preset
        self._neg_like_opts = container._neg_like_opts
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._owner = container

    def _get_formatter(self):
        return self._owner._get_formatter()

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _drop_action(self, action):
        _ActionsContainer._drop_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._owner = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._owner._add_action(action)
        self._group_actions.append(action)
        return action

    def _drop_action(self, action):
        self._owner._drop_action(action)
        self._group_actions.remove(action)


# -- the parser ------------------------------------------------------------------------

def _program_name():
    argv = getattr(_sys, 'argv', None)
    if not argv or not argv[0]:
        return 'python'
    name = argv[0].replace('\\', '/').rstrip('/')
    return name.rsplit('/', 1)[-1]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        self.prog = prog if prog is not None else _program_name()
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._sub_group = None
        for name, cls in _ACTIONS.items():
            self.register('action', name, cls)
        self.register('type', None, lambda s: s)
        if add_help:
            short = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(short + 'h', short * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._inherit_from(parent)
            self._preset.update(parent._preset)

    def _get_kwargs(self):
        keys = ['prog', 'usage', 'description', 'formatter_class',
                'conflict_handler', 'add_help']
        return [(k, getattr(self, k)) for k in keys]

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        """Adds the sub-command action; returns it (use its add_parser)."""
        if self._sub_group is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            desc = kwargs.pop('description', None)
            self._sub_group = self.add_argument_group(title, desc)
        else:
            self._sub_group = self._positionals
        if kwargs.get('prog') is None:
            fmt = self._get_formatter()
            poss = [a for a in self._actions if not a.option_strings]
            fmt.add_usage(self.usage, poss, self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        cls = self._reg_lookup('action', 'parsers', _SubParsersAction)
        action = cls(option_strings=[], **kwargs)
        self._sub_group._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # -- parsing ---------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and not hasattr(namespace, a.dest) and a.default is not SUPPRESS:
                setattr(namespace, a.dest, a.default)
        for dest, value in self._preset.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._scan(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._scan(args, namespace)
        if hasattr(namespace, _LEFTOVER_ATTR):
            args.extend(getattr(namespace, _LEFTOVER_ATTR))
            delattr(namespace, _LEFTOVER_ATTR)
        return namespace, args

    def parse_intermixed_args(self, args=None, namespace=None):
        """Like parse_args, but positionals may be interleaved with options."""
        args, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Two passes: the options first (positionals switched off), then
        the positionals from whatever the first pass left over."""
        poss = [a for a in self._actions if not a.option_strings]
        opts = [a for a in self._actions if a.option_strings]
        for a in poss:
            if a.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % a.nargs)
        for g in self._mutually_exclusive_groups:
            if any(a in poss for a in g._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        old_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in poss]
            try:
                for a in poss:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for a in poss:
                    if getattr(namespace, a.dest, None) == []:
                        delattr(namespace, a.dest)
            finally:
                for a, n, d in saved:
                    a.nargs = n
                    a.default = d
            req = [(a, a.required) for a in opts]
            greq = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for a in opts:
                    a.required = False
                for g in self._mutually_exclusive_groups:
                    g.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for a, r in req:
                    a.required = r
                for g, r in greq:
                    g.required = r
        finally:
            self.usage = old_usage
        return namespace, extras

    def _scan(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._expand_arg_files(arg_strings)
        # actions that may not be combined, by mutually exclusive group
        conflicts = {}
        for g in self._mutually_exclusive_groups:
            members = g._group_actions
            for i, a in enumerate(members):
                conflicts.setdefault(a, []).extend(members[:i] + members[i + 1:])

        # classify each string: 'O' option, 'A' argument, '-' for '--'
        found_options = {}
        kinds = []
        i = 0
        while i < len(arg_strings):
            s = arg_strings[i]
            if s == '--':
                kinds.append('-')
                kinds.extend('A' * (len(arg_strings) - i - 1))
                break
            info = self._classify(s)
            if info is None:
                kinds.append('A')
            else:
                found_options[i] = info
                kinds.append('O')
            i += 1
        pattern = ''.join(kinds)

        seen = set()
        seen_set = set()
        extras = []
        pending = [a for a in self._actions if not a.option_strings]

        def run(action, strings, option_string=None):
            seen.add(action)
            values = self._values_for(action, strings)
            if values is not action.default:
                seen_set.add(action)
                for other in conflicts.get(action, []):
                    if other in seen_set:
                        raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def take_positionals(start):
            counts = self._match_partial(pending, pattern[start:])
            for action, count in zip(pending[:], counts):
                run(action, arg_strings[start:start + count])
                start += count
            del pending[:len(counts)]
            return start

        def take_option(start):
            action, opt, explicit = found_options[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is None:
                    begin = start + 1
                    count = self._match_argument(action, pattern[begin:])
                    stop = begin + count
                    todo.append((action, arg_strings[begin:stop], opt))
                    break
                count = self._match_argument(action, 'A')
                single = opt[1] not in self.prefix_chars
                if count == 0 and single and explicit != '':
                    # -xyz: a flag followed by more single-letter options
                    todo.append((action, [], opt))
                    opt = opt[0] + explicit[0]
                    rest = explicit[1:] or None
                    if opt not in self._option_string_actions:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                    action = self._option_string_actions[opt]
                    explicit = rest
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit], opt))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            for action, strings, opt in todo:
                run(action, strings, opt)
            return stop

        pos = 0
        last_option = max(found_options) if found_options else -1
        while pos <= last_option:
            next_option = min(k for k in found_options if k >= pos)
            if pos != next_option:
                after = take_positionals(pos)
                moved = after > pos
                pos = after
                if moved:
                    continue
            if pos not in found_options:
                extras.extend(arg_strings[pos:next_option])
                pos = next_option
            pos = take_option(pos)
        end = take_positionals(pos)
        extras.extend(arg_strings[end:])

        missing = []
        for a in self._actions:
            if a in seen:
                continue
            if a.required:
                missing.append(_action_name(a))
            elif (a.default is not None and isinstance(a.default, str)
                  and hasattr(namespace, a.dest) and a.default is getattr(namespace, a.dest)):
                setattr(namespace, a.dest, self._convert_one(a, a.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for g in self._mutually_exclusive_groups:
            if g.required and not any(a in seen_set for a in g._group_actions):
                names = [_action_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _expand_arg_files(self, strings):
        """Replaces each '@file' argument by the arguments read from the
        file (one per line, see convert_arg_line_to_args), recursively."""
        out = []
        for s in strings:
            if not s or s[0] not in self.fromfile_prefix_chars:
                out.append(s)
                continue
            try:
                with open(s[1:]) as fh:
                    lines = fh.read().splitlines()
            except OSError as err:
                self.error(str(err))
            found = []
            for line in lines:
                found.extend(self.convert_arg_line_to_args(line))
            out.extend(self._expand_arg_files(found))
        return out

    def _match_argument(self, action, pattern):
        counts = _match_groups([_nargs_items(action.nargs, bool(action.option_strings))], pattern)
        if counts is not None:
            return counts[0]
        n = action.nargs
        if n is None:
            msg = 'expected one argument'
        elif n == OPTIONAL:
            msg = 'expected at most one argument'
        elif n == ONE_OR_MORE:
            msg = 'expected at least one argument'
        else:
            msg = ('expected %s argument' if n == 1 else 'expected %s arguments') % n
        raise ArgumentError(action, msg)

    def _match_partial(self, actions, pattern):
        for k in range(len(actions), 0, -1):
            groups = [_nargs_items(a.nargs, bool(a.option_strings)) for a in actions[:k]]
            counts = _match_groups(groups, pattern)
            if counts is not None:
                return counts
        return []

    def _classify(self, s):
        if not s or s[0] not in self.prefix_chars:
            return None
        if s in self._option_string_actions:
            return (self._option_string_actions[s], s, None)
        if len(s) == 1:
            return None
        if '=' in s:
            name, value = s.split('=', 1)
            if name in self._option_string_actions:
                return (self._option_string_actions[name], name, value)
        matches = self._option_prefix_matches(s)
        if len(matches) > 1:
            names = ', '.join(opt for _, opt, _ in matches)
            self.error('ambiguous option: %s could match %s' % (s, names))
        if len(matches) == 1:
            return matches[0]
        if _looks_negative(s) and not self._neg_like_opts:
            return None
        if ' ' in s:
            return None
        return (None, s, None)

    def _option_prefix_matches(self, s):
        out = []
        chars = self.prefix_chars
        if s[0] in chars and len(s) > 1 and s[1] in chars:
            if not self.allow_abbrev:
                return out
            if '=' in s:
                prefix, value = s.split('=', 1)
            else:
                prefix, value = s, None
            for opt, action in self._option_string_actions.items():
                if opt.startswith(prefix):
                    out.append((action, opt, value))
        elif s[0] in chars:
            prefix = s
            value = None
            short = s[:2]
            short_value = s[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    out.append((action, opt, short_value))
                elif self.allow_abbrev and opt.startswith(prefix):
                    out.append((action, opt, value))
        else:
            self.error('unexpected option string: %s' % s)
        return out

    def _values_for(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        n = action.nargs
        if not strings and n == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._convert_one(action, value)
                self._check_choice(action, value)
        elif not strings and n == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_choice(action, value)
        elif len(strings) == 1 and n in (None, OPTIONAL):
            value = self._convert_one(action, strings[0])
            self._check_choice(action, value)
        elif n == REMAINDER:
            value = [self._convert_one(action, v) for v in strings]
        elif n == PARSER:
            value = [self._convert_one(action, v) for v in strings]
            self._check_choice(action, value[0])
        elif n == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._convert_one(action, v) for v in strings]
            for v in value:
                self._check_choice(action, v)
        return value

    def _convert_one(self, action, text):
        conv = self._reg_lookup('type', action.type, action.type)
        if not callable(conv):
            raise ArgumentError(action, '%r is not callable' % (conv,))
        try:
            return conv(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- output ----------------------------------------------------------------

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._write_out(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._write_out(self.format_help(), file if file is not None else _sys.stdout)

    def _write_out(self, message, file=None):
        if message:
            (file if file is not None else _sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._write_out(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and `prog: error: message` to stderr; exits 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]
