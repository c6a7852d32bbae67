# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for word in ['if', 'None', 'match', 'case', '_', 'print', 'async', 'await', 'self', 'True', 'nonlocal', 'If', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print(all(keyword.iskeyword(w) for w in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
