//! The regex syntax tree produced by `parse.rs` and consumed by
//! `compile.rs`. Flags in effect (case folding, DOTALL, MULTILINE, ASCII)
//! are baked into each node, so scoped inline flags need no later handling.

/// Case folding applied when comparing characters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    /// Exact comparison.
    None,
    /// Fold ASCII letters only (bytes patterns, or the ASCII flag).
    Ascii,
    /// Simple Unicode case folding (str patterns).
    Unicode,
}

/// A character category usable in and out of classes (`\d`, `\w`, `\s`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Cat {
    /// `\d`
    Digit,
    /// `\w`
    Word,
    /// `\s`
    Space,
}

/// One member of a character class.
#[derive(Clone, Debug)]
pub enum ClassItem {
    /// A single code point.
    Char(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// A category; `neg` for `\D` etc.; `ascii` when only ASCII counts.
    Cat { cat: Cat, neg: bool, ascii: bool },
}

/// A character class `[...]` (or a lone category escape).
#[derive(Clone, Debug)]
pub struct ClassSet {
    /// `[^...]`
    pub negate: bool,
    /// Members.
    pub items: Vec<ClassItem>,
    /// Case folding.
    pub fold: Fold,
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Assert {
    /// `^` without MULTILINE, or `\A`.
    Begin,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`
    EndText,
    /// `\b` (`true`: ASCII word characters only).
    WordB(bool),
    /// `\B`
    NotWordB(bool),
}

/// A parsed regex node.
#[derive(Clone, Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// A literal code point.
    Lit { c: u32, fold: Fold },
    /// `.`
    Any { dotall: bool },
    /// A class.
    Set(Box<ClassSet>),
    /// An assertion.
    Assert(Assert),
    /// A group, capturing when `idx` is set.
    Group { idx: Option<usize>, node: Box<Node> },
    /// A sequence.
    Concat(Vec<Node>),
    /// Alternatives, leftmost first.
    Alt(Vec<Node>),
    /// A repetition; `max == u32::MAX` is unbounded.
    Repeat { node: Box<Node>, min: u32, max: u32, greedy: bool },
    /// `(?>...)` and possessive repeats.
    Atomic(Box<Node>),
    /// `\1`, `(?P=name)`.
    Backref { g: usize, fold: Fold, w: (u64, u64) },
    /// Lookahead / lookbehind.
    Look { behind: bool, neg: bool, node: Box<Node> },
    /// `(?(g)yes|no)`.
    Cond { g: usize, yes: Box<Node>, no: Box<Node> },
}

/// Unbounded repeat count.
pub const INF: u32 = u32::MAX;

impl Node {
    /// (min, max) width in characters; `INF` max when unbounded.
    pub fn width(&self) -> (u64, u64) {
        let inf = INF as u64;
        match self {
            Node::Empty | Node::Assert(_) | Node::Look { .. } => (0, 0),
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
            Node::Group { node, .. } | Node::Atomic(node) => node.width(),
            Node::Concat(v) => v.iter().fold((0, 0), |(a, b), n| {
                let (x, y) = n.width();
                ((a + x).min(inf), (b + y).min(inf))
            }),
            Node::Alt(v) => {
                let mut lo = inf;
                let mut hi = 0;
                for n in v {
                    let (x, y) = n.width();
                    lo = lo.min(x);
                    hi = hi.max(y);
                }
                (lo, hi)
            }
            Node::Repeat { node, min, max, .. } => {
                let (x, y) = node.width();
                let hi = if *max == INF { if y == 0 { 0 } else { inf } } else { (y * *max as u64).min(inf) };
                ((x * *min as u64).min(inf), hi)
            }
            Node::Backref { w, .. } => *w,
            Node::Cond { yes, no, .. } => {
                let (a, b) = yes.width();
                let (c, d) = no.width();
                (a.min(c), b.max(d))
            }
        }
    }
}
