//! Regex pattern syntax (Python 3.11 `re`) to the tree in `ast.rs`, with
//! CPython's `re.error` messages and positions. Patterns arrive as code
//! points (bytes patterns byte by byte). Nesting depth is bounded so the
//! recursive descent cannot overflow the Rust stack.

use super::ast::*;

/// Flag bits (values of `re.RegexFlag`).
pub mod flag {
    /// re.TEMPLATE
    pub const T: u32 = 1;
    /// re.IGNORECASE
    pub const I: u32 = 2;
    /// re.LOCALE
    pub const L: u32 = 4;
    /// re.MULTILINE
    pub const M: u32 = 8;
    /// re.DOTALL
    pub const S: u32 = 16;
    /// re.UNICODE
    pub const U: u32 = 32;
    /// re.VERBOSE
    pub const X: u32 = 64;
    /// re.ASCII
    pub const A: u32 = 256;
}

/// What kind of Python exception a failed compile raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    /// `re.error(msg, pattern, pos)`
    Re,
    /// `ValueError(msg)`
    Value,
    /// `OverflowError(msg)`
    Overflow,
    /// `NotImplementedError(msg)`
    NotImpl,
    /// `RecursionError(msg)`
    Recursion,
}

/// A compile failure.
#[derive(Debug, Clone)]
pub struct ReError {
    /// Exception kind.
    pub kind: ErrKind,
    /// Message.
    pub msg: String,
    /// Position in the pattern (`re.error` only).
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError { kind: ErrKind::Re, msg: msg.into(), pos: Some(pos) })
}

/// A parsed pattern.
pub struct Parsed {
    /// The tree.
    pub node: Node,
    /// Number of groups including group 0.
    pub groups: usize,
    /// Named groups in definition order.
    pub names: Vec<(String, usize)>,
    /// Final flags (with global inline flags and UNICODE for str).
    pub flags: u32,
}

const MAX_DEPTH: usize = 500;

struct Parser<'a> {
    src: &'a [u32],
    pos: usize,
    is_bytes: bool,
    gflags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|ch| ch.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|ch| ch.is_ascii_alphabetic())
}
fn ch(c: char) -> u32 {
    c as u32
}
fn text(v: &[u32]) -> String {
    v.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
}
fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => flag::I,
        'L' => flag::L,
        'm' => flag::M,
        's' => flag::S,
        'x' => flag::X,
        'a' => flag::A,
        't' => flag::T,
        'u' => flag::U,
        _ => return None,
    })
}
const TYPE_FLAGS: u32 = flag::A | flag::L | flag::U;

/// Python repr of a str (for messages like `unknown group name 'x'`).
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

enum Escaped {
    Lit(u32),
    Node(Node),
    Cat(ClassItem),
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.pos += 1;
            true
        } else {
            false
        }
    }
    fn fold(&self, fl: u32) -> Fold {
        if fl & flag::I == 0 {
            Fold::None
        } else if self.is_bytes || fl & (flag::A | flag::L) != 0 {
            Fold::Ascii
        } else {
            Fold::Unicode
        }
    }
    fn ascii(&self, fl: u32) -> bool {
        self.is_bytes || fl & (flag::A | flag::L) != 0
    }
    fn lit(&self, c: u32, fl: u32) -> Node {
        Node::Lit { c, fold: self.fold(fl) }
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(char::from_u32(c), Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')) {
                self.pos += 1;
            } else if c == ch('#') {
                while let Some(c) = self.peek() {
                    if c == ch('\\') {
                        self.pos += 2;
                        continue;
                    }
                    self.pos += 1;
                    if c == ch('\n') {
                        break;
                    }
                }
                self.pos = self.pos.min(self.src.len());
            } else {
                break;
            }
        }
    }

    /// Alternation: branches separated by `|`.
    fn parse_alt(&mut self, fl: &mut u32, depth: usize) -> Result<Node, ReError> {
        if depth > MAX_DEPTH {
            return Err(ReError { kind: ErrKind::Recursion, msg: "maximum recursion depth exceeded".into(), pos: None });
        }
        let mut branches = Vec::new();
        loop {
            branches.push(self.parse_seq(fl, depth)?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    /// One branch: items up to `|`, `)` or the end.
    fn parse_seq(&mut self, fl: &mut u32, depth: usize) -> Result<Node, ReError> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            if *fl & flag::X != 0 {
                self.skip_verbose();
            }
            let start = self.pos;
            let c = match self.peek() {
                None => break,
                Some(c) => c,
            };
            if c == ch('|') || c == ch(')') {
                break;
            }
            self.pos += 1;
            let cc = char::from_u32(c).unwrap_or('\0');
            match cc {
                '\\' => {
                    let node = match self.escape(start, *fl, false)? {
                        Escaped::Lit(c) => self.lit(c, *fl),
                        Escaped::Node(n) => n,
                        Escaped::Cat(item) => Node::Set(Box::new(ClassSet { negate: false, items: vec![item], fold: Fold::None })),
                    };
                    items.push(node);
                }
                '[' => {
                    let set = self.class(start, *fl)?;
                    items.push(Node::Set(Box::new(set)));
                }
                '.' => items.push(Node::Any { dotall: *fl & flag::S != 0 }),
                '^' => items.push(Node::Assert(if *fl & flag::M != 0 { Assert::BeginLine } else { Assert::Begin })),
                '$' => items.push(Node::Assert(if *fl & flag::M != 0 { Assert::EndLine } else { Assert::End })),
                '*' | '+' | '?' | '{' => {
                    let (min, max) = match cc {
                        '*' => (0, INF),
                        '+' => (1, INF),
                        '?' => (0, 1),
                        _ => match self.brace()? {
                            Some(r) => r,
                            None => {
                                items.push(self.lit(c, *fl));
                                continue;
                            }
                        },
                    };
                    let prev = match items.pop() {
                        None | Some(Node::Assert(_)) => return err("nothing to repeat", start),
                        Some(n) => n,
                    };
                    // A possessive repeat is an Atomic wrapping a Repeat; `(?>...)`
                    // wraps a Group, which may be repeated.
                    if matches!(prev, Node::Repeat { .. }) || matches!(&prev, Node::Atomic(b) if matches!(**b, Node::Repeat { .. })) {
                        return err("multiple repeat", start);
                    }
                    let (greedy, possessive) = if self.eat('?') {
                        (false, false)
                    } else if self.eat('+') {
                        (true, true)
                    } else {
                        (true, false)
                    };
                    let rep = Node::Repeat { node: Box::new(prev), min, max, greedy };
                    items.push(if possessive { Node::Atomic(Box::new(rep)) } else { rep });
                }
                '(' => {
                    if let Some(n) = self.group(start, fl, depth)? {
                        items.push(n);
                    }
                }
                _ => items.push(self.lit(c, *fl)),
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m,n}` after a `{`: `None` when the brace is a literal.
    fn brace(&mut self) -> Result<Option<(u32, u32)>, ReError> {
        let here = self.pos;
        if self.peek() == Some(ch('}')) {
            return Ok(None);
        }
        let digits = |p: &mut Parser| {
            let s = p.pos;
            while p.peek().is_some_and(is_digit) {
                p.pos += 1;
            }
            p.src[s..p.pos].to_vec()
        };
        let lo = digits(self);
        let hi = if self.eat(',') { digits(self) } else { lo.clone() };
        if !self.eat('}') {
            self.pos = here;
            return Ok(None);
        }
        let num = |d: &[u32]| -> Result<u32, ReError> {
            let mut v: u64 = 0;
            for &c in d {
                v = (v * 10 + (c - ch('0')) as u64).min(u64::from(u32::MAX));
            }
            if v >= u64::from(INF) {
                return Err(ReError { kind: ErrKind::Overflow, msg: "the repetition number is too large".into(), pos: None });
            }
            Ok(v as u32)
        };
        let min = if lo.is_empty() { 0 } else { num(&lo)? };
        let max = if hi.is_empty() { INF } else { num(&hi)? };
        if max < min {
            return err("min repeat greater than max repeat", here);
        }
        Ok(Some((min, max)))
    }

    /// Reads a name up to `term` (CPython's `getuntil`).
    fn name_until(&mut self, term: char, what: &str) -> Result<Vec<u32>, ReError> {
        let s = self.pos;
        loop {
            match self.peek() {
                None => {
                    if self.pos == s {
                        return err(format!("missing {}", what), self.pos);
                    }
                    return err(format!("missing {}, unterminated name", term), s);
                }
                Some(c) if c == ch(term) => {
                    if self.pos == s {
                        return err(format!("missing {}", what), s);
                    }
                    let name = self.src[s..self.pos].to_vec();
                    self.pos += 1;
                    return Ok(name);
                }
                Some(c) => {
                    self.pos += if c == ch('\\') && self.pos + 1 < self.src.len() { 2 } else { 1 };
                }
            }
        }
    }

    fn check_group_ref(&self, g: usize, pos_open: usize, pos_lb: usize) -> Result<(), ReError> {
        if !(g < self.groups && self.widths.get(g).is_some_and(|w| w.is_some())) {
            return err("cannot refer to an open group", pos_open);
        }
        if let Some(lb) = self.lookbehind {
            if g >= lb {
                return err("cannot refer to group defined in the same lookbehind subpattern", pos_lb);
            }
        }
        Ok(())
    }

    fn backref(&self, g: usize, fl: u32) -> Node {
        Node::Backref { g, fold: self.fold(fl), w: self.widths.get(g).copied().flatten().unwrap_or((0, INF as u64)) }
    }

    /// After `(` at `start`. `None` for comments and global flags.
    fn group(&mut self, start: usize, fl: &mut u32, depth: usize) -> Result<Option<Node>, ReError> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut sub_fl = *fl;
        if self.eat('?') {
            let c = match self.peek() {
                None => return err("unexpected end of pattern", self.pos),
                Some(c) => c,
            };
            self.pos += 1;
            let cc = char::from_u32(c).unwrap_or('\0');
            match cc {
                'P' => {
                    if self.eat('<') {
                        let ns = self.pos;
                        let n = text(&self.name_until('>', "group name")?);
                        if !crate::types::str_methods::is_identifier(&n) {
                            return err(format!("bad character in group name {}", py_repr(&n)), ns);
                        }
                        if let Some((_, og)) = self.names.iter().find(|(k, _)| *k == n) {
                            return err(format!("redefinition of group name {} as group {}; was group {}", py_repr(&n), self.groups, og), ns);
                        }
                        name = Some(n);
                    } else if self.eat('=') {
                        let ns = self.pos;
                        let n = text(&self.name_until(')', "group name")?);
                        if !crate::types::str_methods::is_identifier(&n) {
                            return err(format!("bad character in group name {}", py_repr(&n)), ns);
                        }
                        let g = match self.names.iter().find(|(k, _)| *k == n) {
                            Some((_, g)) => *g,
                            None => return err(format!("unknown group name {}", py_repr(&n)), ns),
                        };
                        self.check_group_ref(g, ns, self.pos)?;
                        return Ok(Some(self.backref(g, *fl)));
                    } else {
                        match self.peek() {
                            None => return err("unexpected end of pattern", self.pos),
                            Some(c2) => return err(format!("unknown extension ?P{}", text(&[c2])), start + 1),
                        }
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        match self.peek() {
                            None => return err("missing ), unterminated comment", start),
                            Some(c) => {
                                self.pos += if c == ch('\\') && self.pos + 1 < self.src.len() { 2 } else { 1 };
                                if c == ch(')') {
                                    break;
                                }
                            }
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut behind = false;
                    let mut neg = cc == '!';
                    if cc == '<' {
                        match self.peek() {
                            None => return err("unexpected end of pattern", self.pos),
                            Some(c2) if c2 == ch('=') || c2 == ch('!') => {
                                self.pos += 1;
                                neg = c2 == ch('!');
                                behind = true;
                            }
                            Some(c2) => return err(format!("unknown extension ?<{}", text(&[c2])), start + 1),
                        }
                    }
                    let saved = self.lookbehind;
                    if behind && saved.is_none() {
                        self.lookbehind = Some(self.groups);
                    }
                    let mut f2 = *fl;
                    let node = self.parse_alt(&mut f2, depth + 1)?;
                    if behind {
                        self.lookbehind = saved;
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    return Ok(Some(Node::Look { behind, neg, node: Box::new(node) }));
                }
                '(' => {
                    let ns = self.pos;
                    let cname = self.name_until(')', "group name")?;
                    let n = text(&cname);
                    let g = if crate::types::str_methods::is_identifier(&n) {
                        match self.names.iter().find(|(k, _)| *k == n) {
                            Some((_, g)) => *g,
                            None => return err(format!("unknown group name {}", py_repr(&n)), ns),
                        }
                    } else {
                        if !cname.iter().all(|&c| is_digit(c)) {
                            return err(format!("bad character in group name {}", py_repr(&n)), ns);
                        }
                        let g: u64 = n.parse().unwrap_or(u64::MAX);
                        if g == 0 {
                            return err("bad group number", ns);
                        }
                        if g >= 1 << 30 {
                            return err(format!("invalid group reference {}", g), ns);
                        }
                        let g = g as usize;
                        if !self.grouprefpos.iter().any(|(k, _)| *k == g) {
                            self.grouprefpos.push((g, ns));
                        }
                        g
                    };
                    if let Some(lb) = self.lookbehind {
                        if !(g < self.groups && self.widths.get(g).is_some_and(|w| w.is_some())) {
                            return err("cannot refer to an open group", self.pos);
                        }
                        if g >= lb {
                            return err("cannot refer to group defined in the same lookbehind subpattern", self.pos);
                        }
                    }
                    let mut f2 = *fl;
                    let yes = self.parse_seq(&mut f2, depth + 1)?;
                    let no = if self.eat('|') {
                        let mut f3 = *fl;
                        let no = self.parse_seq(&mut f3, depth + 1)?;
                        if self.peek() == Some(ch('|')) {
                            return err("conditional backref with more than two branches", self.pos);
                        }
                        no
                    } else {
                        Node::Empty
                    };
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    return Ok(Some(Node::Cond { g, yes: Box::new(yes), no: Box::new(no) }));
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if flag_of(c).is_some() || cc == '-' => {
                    match self.inline_flags(c)? {
                        None => {
                            // Leading global flags are taken by `parse_seq_top`.
                            return err("global flags not at the start of the expression", start);
                        }
                        Some((add, del)) => {
                            sub_fl = (*fl | add) & !del;
                            if add & TYPE_FLAGS != 0 {
                                sub_fl = (sub_fl & !TYPE_FLAGS) | add & TYPE_FLAGS;
                            }
                            capture = false;
                        }
                    }
                }
                _ => return err(format!("unknown extension ?{}", text(&[c])), start + 1),
            }
        }
        let idx = if capture {
            let g = self.groups;
            self.groups += 1;
            self.widths.push(None);
            if let Some(n) = name {
                self.names.push((n, g));
            }
            Some(g)
        } else {
            None
        };
        let node = self.parse_alt(&mut sub_fl, depth + 1)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        if let Some(g) = idx {
            self.widths[g] = Some(node.width());
        }
        let node = Node::Group { idx, node: Box::new(node) };
        Ok(Some(if atomic { Node::Atomic(Box::new(node)) } else { node }))
    }

    /// Inline flags after `(?`; the first flag character `c` is consumed.
    /// `None` for global flags `(?imsx)` (applied to `gflags`).
    fn inline_flags(&mut self, mut c: u32) -> Result<Option<(u32, u32)>, ReError> {
        let mut add = 0u32;
        let mut del = 0u32;
        if c != ch('-') {
            loop {
                let f = match flag_of(c) {
                    Some(f) => f,
                    None => {
                        let alpha = char::from_u32(c).is_some_and(|x| x.is_alphabetic());
                        return err(if alpha { "unknown flag" } else { "missing -, : or )" }, self.pos - 1);
                    }
                };
                if !self.is_bytes && c == ch('L') {
                    return err("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
                }
                if self.is_bytes && c == ch('u') {
                    return err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos);
                }
                match self.peek() {
                    None => return err("missing -, : or )", self.pos),
                    Some(n) => {
                        self.pos += 1;
                        c = n;
                    }
                }
                if c == ch(')') || c == ch('-') || c == ch(':') {
                    break;
                }
            }
            if c == ch(')') {
                self.gflags |= add;
                return Ok(None);
            }
        }
        if c == ch('-') {
            c = match self.peek() {
                None => return err("missing flag", self.pos),
                Some(n) => n,
            };
            self.pos += 1;
            if flag_of(c).is_none() {
                let alpha = char::from_u32(c).is_some_and(|x| x.is_alphabetic());
                return err(if alpha { "unknown flag" } else { "missing flag" }, self.pos - 1);
            }
            loop {
                let f = match flag_of(c) {
                    Some(f) => f,
                    None => {
                        let alpha = char::from_u32(c).is_some_and(|x| x.is_alphabetic());
                        return err(if alpha { "unknown flag" } else { "missing :" }, self.pos - 1);
                    }
                };
                if f & TYPE_FLAGS != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos);
                }
                del |= f;
                c = match self.peek() {
                    None => return err("missing :", self.pos),
                    Some(n) => n,
                };
                self.pos += 1;
                if c == ch(':') {
                    break;
                }
            }
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.pos - 1);
        }
        Ok(Some((add, del)))
    }

    /// Fixed-count hex digits after `\x`, `\u`, `\U` at `start`.
    /// The character of a `\\N{NAME}` escape (Unicode names, aliases,
    /// any case); `start` is the offset of the backslash, `self.pos` is
    /// just after the `N`.
    fn named_char(&mut self, start: usize) -> Result<u32, ReError> {
        if !self.eat('{') {
            return err("missing {", self.pos);
        }
        let open = self.pos;
        let close = self.src[open..].iter().position(|&c| c == ch('}')).map(|i| open + i);
        let name = match close {
            Some(c) if c > open => text(&self.src[open..c]),
            None if open < self.src.len() => return err("missing }, unterminated name", open),
            _ => return err("missing character name", open),
        };
        self.pos = close.unwrap_or(open) + 1;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => {
                let quoted = if name.contains('\'') && !name.contains('"') { format!("\"{name}\"") } else { format!("'{}'", name.replace('\'', "\\'")) };
                err(format!("undefined character name {quoted}"), start)
            }
        }
    }

    fn hex(&mut self, start: usize, n: usize) -> Result<u32, ReError> {
        let s = self.pos;
        while self.pos - s < n && self.peek().is_some_and(is_hex) {
            self.pos += 1;
        }
        let digits = text(&self.src[s..self.pos]);
        if self.pos - s != n {
            return err(format!("incomplete escape {}", text(&self.src[start..self.pos])), start);
        }
        Ok(u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX))
    }

    /// An escape; the backslash at `start` is consumed.
    fn escape(&mut self, start: usize, fl: u32, in_class: bool) -> Result<Escaped, ReError> {
        let c = match self.peek() {
            None => return err("bad escape (end of pattern)", start),
            Some(c) => c,
        };
        self.pos += 1;
        let ascii = self.ascii(fl);
        let cat = |cat: Cat, neg: bool| Escaped::Cat(ClassItem::Cat { cat, neg, ascii });
        let cc = char::from_u32(c).unwrap_or('\0');
        Ok(match cc {
            'd' => cat(Cat::Digit, false),
            'D' => cat(Cat::Digit, true),
            'w' => cat(Cat::Word, false),
            'W' => cat(Cat::Word, true),
            's' => cat(Cat::Space, false),
            'S' => cat(Cat::Space, true),
            'a' => Escaped::Lit(7),
            'f' => Escaped::Lit(12),
            'n' => Escaped::Lit(10),
            'r' => Escaped::Lit(13),
            't' => Escaped::Lit(9),
            'v' => Escaped::Lit(11),
            '\\' => Escaped::Lit(ch('\\')),
            'b' if in_class => Escaped::Lit(8),
            'A' if !in_class => Escaped::Node(Node::Assert(Assert::Begin)),
            'Z' if !in_class => Escaped::Node(Node::Assert(Assert::EndText)),
            'b' => Escaped::Node(Node::Assert(Assert::WordB(ascii))),
            'B' if !in_class => Escaped::Node(Node::Assert(Assert::NotWordB(ascii))),
            'x' => Escaped::Lit(self.hex(start, 2)?),
            'u' if !self.is_bytes => Escaped::Lit(self.hex(start, 4)?),
            'U' if !self.is_bytes => {
                let v = self.hex(start, 8)?;
                if v > 0x10ffff {
                    return err(format!("bad escape {}", text(&self.src[start..self.pos])), start);
                }
                Escaped::Lit(v)
            }
            'N' if !self.is_bytes => Escaped::Lit(self.named_char(start)?),
            '0' => {
                let mut v = 0;
                let mut n = 0;
                while n < 2 && self.peek().is_some_and(is_oct) {
                    v = v * 8 + self.src[self.pos] - ch('0');
                    self.pos += 1;
                    n += 1;
                }
                Escaped::Lit(v)
            }
            '1'..='9' if in_class => {
                if !is_oct(c) {
                    return err(format!("bad escape \\{}", cc), start);
                }
                let mut v = c - ch('0');
                let mut n = 0;
                while n < 2 && self.peek().is_some_and(is_oct) {
                    v = v * 8 + self.src[self.pos] - ch('0');
                    self.pos += 1;
                    n += 1;
                }
                if v > 0o377 {
                    return err(format!("octal escape value {} outside of range 0-0o377", text(&self.src[start..self.pos])), start);
                }
                Escaped::Lit(v)
            }
            '1'..='9' => {
                if self.peek().is_some_and(is_digit) {
                    let c2 = self.src[self.pos];
                    self.pos += 1;
                    if is_oct(c) && is_oct(c2) && self.peek().is_some_and(is_oct) {
                        let c3 = self.src[self.pos];
                        self.pos += 1;
                        let v = (c - ch('0')) * 64 + (c2 - ch('0')) * 8 + (c3 - ch('0'));
                        if v > 0o377 {
                            return err(format!("octal escape value {} outside of range 0-0o377", text(&self.src[start..self.pos])), start);
                        }
                        return Ok(Escaped::Lit(v));
                    }
                }
                let g: usize = text(&self.src[start + 1..self.pos]).parse().unwrap_or(0);
                if g < self.groups {
                    self.check_group_ref(g, start, self.pos)?;
                    return Ok(Escaped::Node(self.backref(g, fl)));
                }
                return err(format!("invalid group reference {}", g), start + 1);
            }
            _ if is_ascii_letter(c) => return err(format!("bad escape \\{}", cc), start),
            _ => Escaped::Lit(c),
        })
    }

    /// A class after `[` at `start`.
    fn class(&mut self, start: usize, fl: u32) -> Result<ClassSet, ReError> {
        let negate = self.eat('^');
        let mut items = Vec::new();
        let first = self.pos;
        loop {
            let tstart = self.pos;
            let c = match self.peek() {
                None => return err("unterminated character set", start),
                Some(c) => c,
            };
            self.pos += 1;
            if c == ch(']') && tstart != first {
                break;
            }
            let item1 = if c == ch('\\') {
                match self.escape(tstart, fl, true)? {
                    Escaped::Lit(v) => ClassItem::Char(v),
                    Escaped::Cat(item) => item,
                    Escaped::Node(_) => return err(format!("bad escape {}", text(&self.src[tstart..self.pos])), tstart),
                }
            } else {
                ClassItem::Char(c)
            };
            let t1_end = self.pos;
            if self.eat('-') {
                let t2 = self.pos;
                let c2 = match self.peek() {
                    None => return err("unterminated character set", start),
                    Some(c2) => c2,
                };
                self.pos += 1;
                if c2 == ch(']') {
                    items.push(item1);
                    items.push(ClassItem::Char(ch('-')));
                    break;
                }
                let item2 = if c2 == ch('\\') {
                    match self.escape(t2, fl, true)? {
                        Escaped::Lit(v) => ClassItem::Char(v),
                        Escaped::Cat(item) => item,
                        Escaped::Node(_) => return err("bad escape", t2),
                    }
                } else {
                    ClassItem::Char(c2)
                };
                let msg = || format!("bad character range {}-{}", text(&self.src[tstart..t1_end]), text(&self.src[t2..self.pos]));
                match (item1, item2) {
                    (ClassItem::Char(lo), ClassItem::Char(hi)) => {
                        if hi < lo {
                            return err(msg(), tstart);
                        }
                        items.push(ClassItem::Range(lo, hi));
                    }
                    _ => return err(msg(), tstart),
                }
            } else {
                items.push(item1);
            }
        }
        Ok(ClassSet { negate, items, fold: self.fold(fl) })
    }
}

fn check_lookbehind(n: &Node) -> Result<(), ReError> {
    match n {
        Node::Look { behind, node, .. } => {
            if *behind {
                let (lo, hi) = node.width();
                if lo != hi || hi >= INF as u64 {
                    return Err(ReError { kind: ErrKind::Re, msg: "look-behind requires fixed-width pattern".into(), pos: None });
                }
            }
            check_lookbehind(node)
        }
        Node::Group { node, .. } | Node::Atomic(node) | Node::Repeat { node, .. } => check_lookbehind(node),
        Node::Concat(v) | Node::Alt(v) => v.iter().try_for_each(check_lookbehind),
        Node::Cond { yes, no, .. } => {
            check_lookbehind(yes)?;
            check_lookbehind(no)
        }
        _ => Ok(()),
    }
}

/// Parses `src` (code points) with the `flags` passed to `compile`.
pub fn parse(src: &[u32], is_bytes: bool, flags: u32) -> Result<Parsed, ReError> {
    let mut p = Parser { src, pos: 0, is_bytes, gflags: flags, groups: 1, names: Vec::new(), widths: vec![None], lookbehind: None, grouprefpos: Vec::new() };
    // Global inline flags at the start change how the rest is parsed.
    let mut fl = flags;
    let node = p.parse_alt_top(&mut fl)?;
    if p.pos < src.len() {
        return err("unbalanced parenthesis", p.pos);
    }
    let mut flags = p.gflags;
    if !is_bytes {
        if flags & flag::L != 0 {
            return Err(ReError { kind: ErrKind::Value, msg: "cannot use LOCALE flag with a str pattern".into(), pos: None });
        }
        if flags & flag::A == 0 {
            flags |= flag::U;
        } else if flags & flag::U != 0 {
            return Err(ReError { kind: ErrKind::Value, msg: "ASCII and UNICODE flags are incompatible".into(), pos: None });
        }
    } else {
        if flags & flag::U != 0 {
            return Err(ReError { kind: ErrKind::Value, msg: "cannot use UNICODE flag with a bytes pattern".into(), pos: None });
        }
        if flags & flag::L != 0 && flags & flag::A != 0 {
            return Err(ReError { kind: ErrKind::Value, msg: "ASCII and LOCALE flags are incompatible".into(), pos: None });
        }
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.groups {
            return err(format!("invalid group reference {}", g), pos);
        }
    }
    check_lookbehind(&node)?;
    Ok(Parsed { node, groups: p.groups, names: p.names, flags })
}

impl<'a> Parser<'a> {
    /// The top level: global flags found while parsing update the flags
    /// used for the rest of the pattern.
    fn parse_alt_top(&mut self, fl: &mut u32) -> Result<Node, ReError> {
        let mut branches = Vec::new();
        loop {
            let first = branches.is_empty();
            branches.push(self.parse_seq_top(fl, first)?);
            if !self.eat('|') {
                break;
            }
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alt(branches) })
    }

    fn parse_seq_top(&mut self, fl: &mut u32, first: bool) -> Result<Node, ReError> {
        if !first {
            return self.parse_seq(fl, 0);
        }
        // Leading global flag groups: apply them, then parse the rest.
        loop {
            if *fl & flag::X != 0 {
                self.skip_verbose();
            }
            let s = self.pos;
            if self.src.get(s) == Some(&ch('(')) && self.src.get(s + 1) == Some(&ch('?')) {
                if self.src.get(s + 2) == Some(&ch('#')) {
                    self.pos = s + 1;
                    let mut f = *fl;
                    self.group(s, &mut f, 0)?;
                    continue;
                }
                if let Some(&c) = self.src.get(s + 2) {
                    if flag_of(c).is_some() {
                        self.pos = s + 3;
                        match self.inline_flags(c)? {
                            None => {
                                *fl |= self.gflags;
                                continue;
                            }
                            Some(_) => self.pos = s,
                        }
                    }
                }
            }
            break;
        }
        self.parse_seq(fl, 0)
    }
}
