import html
import html.entities as ent

s = '<a href="x?a=1&b=2">it\'s</a>'
print(html.escape(s), html.escape(s, quote=False), html.escape(""))
for text in ["&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27;", "&copy; 2024 &eacute;t&eacute;",
             "&notin; &notit; &not &amp &ampx &AMP; &Aacute &aacute", "&#0; &#13; &#128; &#x80; &#129; &#150;",
             "&#xd800; &#x110000; &#1; &#x7f; &#xfffe; &#65; &#x1F600; &#X41;", "&#; &#x; &; &nosuchentity; & alone",
             "&NotNestedGreaterGreater; &nbsp;&nbsp; &thinsp; &fjlig;", "no refs at all", "&#0000065;&#x00041",
             "&amp;lt; double", "&CounterClockwiseContourIntegral;"]:
    print(repr(html.unescape(text)))
print(html.unescape(html.escape(s)) == s)
print(len(ent.html5), len(ent.name2codepoint), len(ent.codepoint2name), len(ent.entitydefs))
print(ent.name2codepoint["amp"], ent.name2codepoint["lang"], ent.codepoint2name[169], repr(ent.entitydefs["nbsp"]))
print(repr(ent.html5["amp"]), repr(ent.html5["amp;"]), repr(ent.html5["fjlig;"]), repr(ent.html5["NotEqualTilde;"]))
print(list(ent.html5)[:6], list(ent.name2codepoint)[:6])
