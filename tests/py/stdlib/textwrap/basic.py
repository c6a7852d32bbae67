# textwrap: wrap/fill/shorten over many texts, widths and options; dedent; indent; errors.
import textwrap
texts = [
    "The quick brown fox jumps over the lazy dog. " * 4,
    "Hello there -- general Kenobi! well-known co-operative re-entrant mother-in-law x-y a-b-c --flag --- long-hyphenated-compound-word",
    "A supercalifragilisticexpialidocious word and anotherextremelylongwordwithoutbreaks here",
    "tabs\there\tand\nnewlines\r\nand   many   spaces.  End.",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Really? yes.",
    "", "word", "a-b", "--x", "x--y", "foo--bar baz-- qux -- ok", "hyphen-\nated", "e.g.-this 123-456 abc-9de ab-cd-ef",
    "un-  der score_word-here and—unicode—dash éé-éé naïve-ly",
]
widths = [1, 5, 10, 12, 20, 40, 70]
for t in texts:
    for w in widths:
        for kw in [{}, {'break_on_hyphens': False}, {'break_long_words': False}, {'drop_whitespace': False},
                   {'fix_sentence_endings': True}, {'initial_indent': '* ', 'subsequent_indent': '  '},
                   {'max_lines': 2}, {'max_lines': 1, 'placeholder': '...'}, {'replace_whitespace': False, 'expand_tabs': False},
                   {'tabsize': 4}]:
            try:
                r = textwrap.wrap(t, w, **kw)
            except ValueError as e:
                r = 'ValueError: %s' % e
            print(w, sorted(kw.items()), r)
    for w in [5, 10, 20, 30]:
        try:
            print(repr(textwrap.shorten(t, w)), repr(textwrap.shorten(t, w, placeholder='~')))
        except ValueError as e:
            print('ValueError', e)
print(textwrap.fill("one two three four five six", 9))
for d in ["    a\n      b\n    c", "\ta\n\t\tb", "  a\n\tb", "   \n  x\n   \n  y  ", "no indent\n  here", "  x\n \t\n  y", "\n\n  a\n", ""]:
    print(repr(textwrap.dedent(d)))
print(repr(textwrap.indent("a\n\n  b\nc", "> ")), repr(textwrap.indent("a\n\nb", "+", lambda l: True)), repr(textwrap.indent("x\r\ny", "-")))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("abc def", 3, max_lines=1, placeholder=' [...]')
except ValueError as e:
    print(e)
w = textwrap.TextWrapper(width=15, max_lines=3)
print(w.wrap("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod"), w.width, w.placeholder)
