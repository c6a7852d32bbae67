# shlex for Pyrite: a lexer for shell-like syntax (POSIX and classic
# modes, quotes, escapes, comments, punctuation characters), and the
# split/quote/join helpers, following the documented behaviour of
# CPython 3.11's shlex.

import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _as_stream(source):
    return StringIO(source) if type(source) is str or isinstance(source, str) else source


class shlex:
    """A lexical analyzer for shell-like syntax."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        self.instream = _as_stream(instream) if instream is not None else sys.stdin
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII + '0123456789_'
        if posix:
            # Latin-1 letters (U+00C0-U+00FF but the two signs) are word characters.
            self.wordchars += ''.join(chr(c) for c in range(0xdf, 0x100) if c != 0xf7)
            self.wordchars += ''.join(chr(c) for c in range(0xc0, 0xdf) if c != 0xd7)
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        elif not punctuation_chars:
            punctuation_chars = ''
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = []
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, _as_stream(newstream), 1

    def pop_source(self):
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.pop(0)
        self.state = ' '

    def get_token(self):
        if self.pushback:
            first = self.pushback[0]
            del self.pushback[0]
            return first
        tok = self.read_token()
        while self.source is not None and tok == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            tok = self.get_token()
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        return tok

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        got = self.instream.read(1)
        self.lineno += got == '\n'
        return got

    def read_token(self):
        # A state machine: ' ' between tokens, 'a' in a word, 'c' in a run
        # of punctuation, a quote character inside quotes, an escape
        # character after an escape; None at the end of input.
        quoted = False
        resume = ' '
        while True:
            c = self._next_char()
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    if self._done(quoted):
                        break
                    continue
                if c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and c in self.escape:
                    resume = 'a'
                    self.state = c
                elif c in self.wordchars:
                    self.token = c
                    self.state = 'a'
                elif c in self._punctuation_chars:
                    self.token = c
                    self.state = 'c'
                elif c in self.quotes:
                    if not self.posix:
                        self.token = c
                    self.state = c
                elif self.whitespace_split:
                    self.token = c
                    self.state = 'a'
                else:
                    self.token = c
                    if self._done(quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not c:
                    raise ValueError("No closing quotation")
                if c == state:
                    if not self.posix:
                        self.token += c
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and c in self.escape and state in self.escapedquotes:
                    resume = state
                    self.state = c
                else:
                    self.token += c
            elif state in self.escape:
                if not c:
                    raise ValueError("No escaped character")
                # Inside double quotes only the quote and the escape itself
                # are escapable; elsewhere the backslash stays.
                if resume in self.quotes and c != state and c != resume:
                    self.token += state
                self.token += c
                self.state = resume
            elif state in ('a', 'c'):
                if not c:
                    self.state = None
                    break
                if c in self.whitespace:
                    self.state = ' '
                    if self._done(quoted):
                        break
                    continue
                if c in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = ' '
                        if self._done(quoted):
                            break
                        continue
                elif state == 'c':
                    if c in self._punctuation_chars:
                        self.token += c
                    else:
                        if c not in self.whitespace:
                            self._pushback_chars.append(c)
                        self.state = ' '
                        break
                elif self.posix and c in self.quotes:
                    self.state = c
                elif self.posix and c in self.escape:
                    resume = 'a'
                    self.state = c
                elif (c in self.wordchars or c in self.quotes
                      or (self.whitespace_split and c not in self._punctuation_chars)):
                    self.token += c
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(c)
                    else:
                        self.pushback.insert(0, c)
                    self.state = ' '
                    if self._done(quoted):
                        break
                    continue
        result, self.token = self.token, ''
        if result == '' and self.posix and not quoted:
            return None
        return result

    def _done(self, quoted):
        # Is there a token to hand out (an empty quoted one counts in POSIX mode)?
        return bool(self.token) or (self.posix and quoted)

    def sourcehook(self, newfile):
        import os.path
        name = newfile[1:-1] if newfile.startswith('"') else newfile
        if type(self.infile) is str and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(self.infile), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    return ' '.join(map(quote, split_command))


_SAFE = frozenset(_ASCII + '0123456789@%+=:,./-_')


def quote(s):
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
