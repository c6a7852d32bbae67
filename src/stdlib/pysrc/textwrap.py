"""Wrapping and filling of plain text (the `textwrap` module).

Written for Pyrite without the `re` module: text is cut into chunks by a
hand-written scanner that follows the documented rules (whitespace runs,
words, breaks after hyphens inside words, em-dashes between words) and the
chunks are packed greedily into lines."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WS = '\t\n\x0b\x0c\r '
_WS_SET = frozenset(_WS)
_TO_SPACE = {ord(c): ' ' for c in _WS}


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _dash_run(text, i):
    """End of the run of '-' starting at i."""
    n = len(text)
    while i < n and text[i] == '-':
        i += 1
    return i


def _em_dash_at(text, i):
    """If an em-dash ('--' or longer, then a word character) starts at i, its end."""
    end = _dash_run(text, i)
    if end - i >= 2 and end < len(text) and _is_word(text[end]):
        return end
    return None


def _hyphen_break_at(text, j):
    """Whether a word may be broken after the hyphen at text[j]."""
    n = len(text)
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
             (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-' and _is_letter(text[j - 1]))
    if not before or j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    k = j + 2
    if k < n and text[k] == '-':
        k += 1
    return k < n and _is_letter(text[k])


def _chunks(text, hyphens):
    """Cuts text into whitespace runs and words (words broken after hyphens
    and before em-dashes when `hyphens`)."""
    out = []
    n = len(text)
    i = 0
    while i < n:
        j = i
        if text[i] in _WS_SET:
            while j < n and text[j] in _WS_SET:
                j += 1
        elif not hyphens:
            while j < n and text[j] not in _WS_SET:
                j += 1
        else:
            end = _em_dash_at(text, i) if i > 0 and _is_word_punct(text[i - 1]) else None
            if end is not None:
                j = end
            else:
                j = i + 1
                while True:
                    if j >= n or text[j] in _WS_SET:
                        break
                    if text[j] == '-' and _is_word_punct(text[j - 1]) and _em_dash_at(text, j) is not None:
                        break
                    if text[j] == '-' and _hyphen_break_at(text, j):
                        j += 1
                        break
                    j += 1
        out.append(text[i:j])
        i = j
    return out


def _ends_sentence(chunk):
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs to `width` columns; see the attributes for the options."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        options = dict(width=width, initial_indent=initial_indent,
                       subsequent_indent=subsequent_indent, expand_tabs=expand_tabs,
                       replace_whitespace=replace_whitespace,
                       fix_sentence_endings=fix_sentence_endings,
                       break_long_words=break_long_words, drop_whitespace=drop_whitespace,
                       break_on_hyphens=break_on_hyphens, tabsize=tabsize,
                       max_lines=max_lines, placeholder=placeholder)
        for name, value in options.items():
            setattr(self, name, value)

    # The steps of wrap(): prepare the text, cut it into chunks, pack lines.

    def _prepare(self, text):
        expanded = text.expandtabs(self.tabsize) if self.expand_tabs else text
        return expanded.translate(_TO_SPACE) if self.replace_whitespace else expanded

    def _split(self, text):
        return _chunks(text, self.break_on_hyphens)

    def _double_space_sentences(self, chunks):
        for k in range(len(chunks) - 1):
            if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                chunks[k + 1] = '  '

    def _cut(self, text):
        return self._split(self._prepare(text))

    def _handle_long_word(self, pending, line, used, room):
        """Puts (part of) the too-long chunk pending[-1] on the current line."""
        space = 1 if room < 1 else room - used
        word = pending[-1]
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(word) > space:
                dash = word.rfind('-', 0, space)
                if dash > 0 and word[:dash].strip('-'):
                    cut = dash + 1
            line.append(word[:cut])
            pending[-1] = word[cut:]
        elif not line:
            line.append(pending.pop())

    def _blank(self, chunk):
        return chunk.strip() == ''

    def _pack(self, chunks):
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        limit = self.max_lines
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        pending = list(reversed(chunks))
        lines = []
        while pending:
            if not pending[-1]:
                # What is left of a word cut at a width below 1 (CPython loops forever here).
                pending.pop()
                continue
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and lines and self._blank(pending[-1]):
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and self._blank(line[-1]):
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            only_blank_left = not pending or (self.drop_whitespace and len(pending) == 1
                                              and self._blank(pending[0]))
            if limit is None or len(lines) + 1 < limit or (only_blank_left and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            # Last allowed line and text remains: end it with the placeholder.
            mark = self.placeholder
            while line:
                if not self._blank(line[-1]) and used + len(mark) <= room:
                    lines.append(prefix + ''.join(line) + mark)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(mark) <= self.width:
                    lines[-1] = prev + mark
                    return lines
            lines.append(prefix + mark.lstrip())
            return lines
        return lines

    def wrap(self, text):
        pieces = self._cut(text)
        if self.fix_sentence_endings:
            self._double_space_sentences(pieces)
        return self._pack(pieces)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width` columns (a list, no newlines)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width` columns, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed, cut to fit `width` with a placeholder."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width, max_lines=1, **kwargs).fill(collapsed)


def dedent(text):
    """Removes the leading spaces and tabs common to every non-blank line;
    lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` for which `predicate` is true
    (default: lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(keepends=True):
        keep = predicate(line) if predicate is not None else bool(line.strip())
        out.append(prefix + line if keep else line)
    return ''.join(out)
