import shlex

cases = ['a b  c', 'echo "hello world"', "it\\'s \"quoted\" 'single'", r'a\ b c\\d',
         r'"esc \" and \\ and \$"', "'no \\ escape'", 'x # comment here', 'a"b"c d',
         '', '   ', "''", '""', 'ünïcödé wörds', 'cmd --opt=val -f file.txt',
         r'back\slash', 'a;b|c&&d', 'tab\tsep\nnewline']
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split('x # comment here', comments=True))
print(shlex.split("a 'b c' \"d e\"", posix=False))
for bad in ['"unterminated', "'open", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)

for s in ['', 'plain', 'has space', "it's", 'a"b', '$HOME', 'x=1,y@z:/p.q-r_s%t+u',
          'new\nline', 'ünï']:
    print(repr(s), shlex.quote(s))
args = ['ls', '-l', 'my file', "o'brien", '']
print(shlex.join(args), shlex.split(shlex.join(args)) == args)

# the lexer itself
lex = shlex.shlex('a = b + "c d" # tail\nnext', posix=False)
print(list(lex))
lex = shlex.shlex("foo(bar) && baz;qux", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a 'b c' d", posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one\ntwo three")
print(lex.get_token(), lex.lineno, lex.get_token(), lex.lineno, lex.error_leader())
print(list(shlex.shlex("x.y-z 12.5 a_b", posix=True)))
