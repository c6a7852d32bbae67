//! Syntax tree to a program for the backtracking matcher in `engine.rs`:
//! a flat instruction list (jumps are indices), the classes it uses, and
//! search hints (anchoring, the set of possible first characters).

use super::ast::*;
use super::chars::fold_key;

/// Something that matches exactly one character.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// An exact code point.
    Char(u32),
    /// A code point compared after case folding (`true`: ASCII only).
    CharFold(u32, bool),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    /// Index into `Program::sets`.
    Set(u32),
}

/// One instruction.
#[derive(Clone, Debug)]
pub enum Inst {
    /// Match one character.
    One(Item),
    /// A zero-width assertion.
    Assert(Assert),
    /// Record the position in capture slot n.
    Save(u32),
    /// Try `.0` first, then `.1`.
    Split(u32, u32),
    /// Continue at.
    Jmp(u32),
    /// A repeat of a single-character item (no sub-program).
    RepeatOne { item: Item, min: u32, max: u32, greedy: bool, next_lit: Option<u32> },
    /// Reset repeat counter `id` (entering a general repeat).
    RepStart(u32),
    /// Loop head of a general repeat; the body starts at the next
    /// instruction and jumps back here; `exit` follows the loop.
    RepCheck { id: u32, min: u32, max: u32, greedy: bool, exit: u32 },
    /// Backreference to group g.
    Backref { g: u32, fold: Fold },
    /// Continue if group g matched, else jump to `no`.
    GroupExists { g: u32, no: u32 },
    /// Lookaround; sub-program at the next instruction up to its `SubEnd`;
    /// `width` characters back for lookbehind; `next` after the sub-program.
    Look { behind: bool, neg: bool, width: u32, next: u32 },
    /// Atomic group; sub-program at the next instruction; `next` after.
    Atomic { next: u32 },
    /// End of a sub-program.
    SubEnd,
    /// Overall success.
    Match,
}

/// A class with its answers for ASCII characters precomputed.
pub struct CSet {
    /// The class.
    pub set: ClassSet,
    /// Bit c set when ASCII character c is in the class.
    pub ascii: u128,
}

impl CSet {
    /// Whether `c` is in the class.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            (self.ascii >> c) & 1 == 1
        } else {
            super::chars::class_matches(&self.set, c)
        }
    }
}

/// A compiled pattern.
pub struct Program {
    /// Instructions; execution starts at 0.
    pub insts: Vec<Inst>,
    /// Classes.
    pub sets: Vec<CSet>,
    /// Number of groups including group 0.
    pub groups: usize,
    /// Number of general repeat counters.
    pub counters: usize,
    /// Only matches at position 0 of the string.
    pub anchored: bool,
    /// A match must start with a character matched by one of these.
    pub first: Option<Vec<Item>>,
    /// Exact characters every match starts with.
    pub prefix: Vec<u32>,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CSet>,
    counters: u32,
}

fn single(node: &Node) -> Option<&Node> {
    match node {
        Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => Some(node),
        Node::Group { idx: None, node } => single(node),
        _ => None,
    }
}

impl Compiler {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }
    fn emit(&mut self, i: Inst) -> u32 {
        self.insts.push(i);
        self.pc() - 1
    }
    fn item(&mut self, node: &Node) -> Item {
        match node {
            Node::Lit { c, fold } => match fold {
                Fold::None => Item::Char(*c),
                Fold::Ascii => {
                    if char::from_u32(*c).is_some_and(|x| x.is_ascii_alphabetic()) {
                        Item::CharFold(fold_key(*c, true), true)
                    } else {
                        Item::Char(*c)
                    }
                }
                Fold::Unicode => Item::CharFold(fold_key(*c, false), false),
            },
            Node::Any { dotall } => {
                if *dotall {
                    Item::AnyAll
                } else {
                    Item::Any
                }
            }
            Node::Set(s) => {
                let mut set = (**s).clone();
                if set.fold == Fold::Unicode {
                    super::chars::add_fold_keys(&mut set);
                }
                let mut ascii = 0u128;
                for c in 0..128u32 {
                    if super::chars::class_matches(&set, c) {
                        ascii |= 1 << c;
                    }
                }
                self.sets.push(CSet { set, ascii });
                Item::Set(self.sets.len() as u32 - 1)
            }
            Node::Group { node, .. } => self.item(node),
            _ => Item::AnyAll,
        }
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {
                let it = self.item(node);
                self.emit(Inst::One(it));
            }
            Node::Assert(a) => {
                self.emit(Inst::Assert(*a));
            }
            Node::Group { idx, node } => match idx {
                Some(g) => {
                    self.emit(Inst::Save(2 * *g as u32));
                    self.node(node);
                    self.emit(Inst::Save(2 * *g as u32 + 1));
                }
                None => self.node(node),
            },
            Node::Concat(v) => v.iter().for_each(|n| self.node(n)),
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, n) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.node(n);
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split as usize] = Inst::Split(split + 1, next);
                    } else {
                        self.node(n);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j as usize] = Inst::Jmp(end);
                }
            }
            Node::Repeat { node, min, max, greedy } => self.repeat(node, *min, *max, *greedy),
            Node::Atomic(n) => {
                let at = self.emit(Inst::Atomic { next: 0 });
                self.node(n);
                self.emit(Inst::SubEnd);
                let next = self.pc();
                self.insts[at as usize] = Inst::Atomic { next };
            }
            Node::Look { behind, neg, node } => {
                let width = if *behind { node.width().0 as u32 } else { 0 };
                let at = self.emit(Inst::Look { behind: *behind, neg: *neg, width, next: 0 });
                self.node(node);
                self.emit(Inst::SubEnd);
                let next = self.pc();
                self.insts[at as usize] = Inst::Look { behind: *behind, neg: *neg, width, next };
            }
            Node::Backref { g, fold, .. } => {
                self.emit(Inst::Backref { g: *g as u32, fold: *fold });
            }
            Node::Cond { g, yes, no } => {
                let at = self.emit(Inst::GroupExists { g: *g as u32, no: 0 });
                self.node(yes);
                let j = self.emit(Inst::Jmp(0));
                let no_pc = self.pc();
                self.node(no);
                let end = self.pc();
                self.insts[at as usize] = Inst::GroupExists { g: *g as u32, no: no_pc };
                self.insts[j as usize] = Inst::Jmp(end);
            }
        }
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, greedy: bool) {
        if max == 0 {
            return;
        }
        if let Some(one) = single(node) {
            let item = self.item(one);
            self.emit(Inst::RepeatOne { item, min, max, greedy, next_lit: None });
            return;
        }
        if min == 1 && max == 1 {
            self.node(node);
            return;
        }
        if min == 0 && max == 1 {
            let split = self.emit(Inst::Split(0, 0));
            self.node(node);
            let end = self.pc();
            self.insts[split as usize] = if greedy { Inst::Split(split + 1, end) } else { Inst::Split(end, split + 1) };
            return;
        }
        let id = self.counters;
        self.counters += 1;
        self.emit(Inst::RepStart(id));
        let check = self.emit(Inst::RepCheck { id, min, max, greedy, exit: 0 });
        self.node(node);
        self.emit(Inst::Jmp(check));
        let exit = self.pc();
        self.insts[check as usize] = Inst::RepCheck { id, min, max, greedy, exit };
    }

    /// Fills `next_lit` of greedy single-item repeats followed by a literal.
    fn link_literals(&mut self) {
        for i in 0..self.insts.len().saturating_sub(1) {
            if let Inst::One(Item::Char(c)) = self.insts[i + 1] {
                if let Inst::RepeatOne { greedy: true, next_lit, .. } = &mut self.insts[i] {
                    *next_lit = Some(c);
                }
            }
        }
    }
}

fn nullable(node: &Node) -> bool {
    node.width().0 == 0
}

/// Items one of which must match the first character of any match.
fn first_items(node: &Node, c: &mut Compiler, out: &mut Vec<Item>) -> bool {
    match node {
        Node::Lit { .. } | Node::Any { .. } | Node::Set(_) => {
            let it = c.item(node);
            out.push(it);
            true
        }
        Node::Group { node, .. } | Node::Atomic(node) => first_items(node, c, out),
        Node::Repeat { node, min, .. } => *min >= 1 && first_items(node, c, out),
        Node::Alt(v) => v.iter().all(|n| first_items(n, c, out)),
        Node::Concat(v) => {
            for n in v {
                match n {
                    Node::Assert(_) | Node::Look { .. } => continue,
                    _ => {
                        if nullable(n) {
                            return false;
                        }
                        return first_items(n, c, out);
                    }
                }
            }
            false
        }
        _ => false,
    }
}

/// Exact literal characters at the start of every match.
fn literal_prefix(node: &Node, out: &mut Vec<u32>) -> bool {
    match node {
        Node::Lit { c, fold: Fold::None } => {
            out.push(*c);
            true
        }
        Node::Concat(v) => {
            for n in v {
                if !literal_prefix(n, out) {
                    return false;
                }
            }
            true
        }
        Node::Group { idx: None, node } => literal_prefix(node, out),
        _ => false,
    }
}

fn anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assert::Begin) => true,
        Node::Concat(v) => v.first().is_some_and(anchored),
        Node::Group { node, .. } => anchored(node),
        _ => false,
    }
}

/// Compiles a parsed pattern.
pub fn compile(node: &Node, groups: usize) -> Program {
    let mut c = Compiler { insts: Vec::new(), sets: Vec::new(), counters: 0 };
    c.node(node);
    c.emit(Inst::Match);
    c.link_literals();
    let mut first = Vec::new();
    let first = if first_items(node, &mut c, &mut first) && first.len() <= 8 { Some(first) } else { None };
    let mut prefix = Vec::new();
    literal_prefix(node, &mut prefix);
    Program { anchored: anchored(node), insts: c.insts, sets: c.sets, groups, counters: c.counters as usize, first, prefix }
}
