//! The backtracking matcher. Choice points and undo records live on an
//! explicit stack (no Rust recursion except one level per lookaround or
//! atomic group nesting in the pattern). Semantics follow CPython's sre:
//! leftmost-first alternation, a repeat stops iterating after an empty
//! iteration, captures persist across iterations, and the 3.7+ rule that a
//! search following an empty match may not return an empty match at the
//! same position (`must_advance`).

use super::ast::{Assert, Fold};
use super::chars::{fold_key, is_word, lower_key};
use super::compile::{Inst, Item, Program};

const UNSET: usize = usize::MAX;
const NL: u32 = b'\n' as u32;

enum Bt {
    Alt { pc: u32, pos: usize },
    Cap { slot: u32, old: usize, last: i32 },
    Ctr { id: u32, count: u32, last: usize },
    RepG { pc: u32, min_pos: usize, pos: usize },
    RepL { pc: u32, pos: usize, max_pos: usize },
    LazyIter { pc: u32, pos: usize },
}

/// A successful match: capture slots (2 per group, `usize::MAX` unset)
/// and `lastindex` (-1 for none).
pub struct Found {
    /// Slots.
    pub caps: Vec<usize>,
    /// Last closed group.
    pub lastindex: i32,
}

/// How a match is anchored.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `match`: at the start position.
    Match,
    /// `fullmatch`: at the start position, through the end.
    Full,
    /// `search`: at the first position that matches.
    Search,
}

/// Matching state for one subject string.
pub struct Matcher<'p, 't, C: Copy + Into<u32>> {
    prog: &'p Program,
    text: &'t [C],
    end: usize,
    caps: Vec<usize>,
    lastindex: i32,
    counters: Vec<(u32, usize)>,
    stack: Vec<Bt>,
    start: usize,
    must_advance: bool,
    match_all: bool,
    backtracks: u32,
    interrupted: bool,
}

impl<'p, 't, C: Copy + Into<u32>> Matcher<'p, 't, C> {
    /// A matcher over `text[..end]` (characters before a start position
    /// stay visible to lookbehind, `\b` and `^`).
    pub fn new(prog: &'p Program, text: &'t [C], end: usize) -> Self {
        Matcher {
            prog,
            text,
            end: end.min(text.len()),
            caps: vec![UNSET; prog.groups * 2],
            lastindex: -1,
            counters: vec![(0, UNSET); prog.counters],
            stack: Vec::new(),
            start: 0,
            must_advance: false,
            match_all: false,
            backtracks: 0,
            interrupted: false,
        }
    }

    /// Whether matching stopped because Ctrl-C was pressed.
    pub fn interrupted(&self) -> bool {
        self.interrupted
    }

    #[inline]
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    #[inline]
    fn item_ok(&self, it: &Item, c: u32) -> bool {
        match *it {
            Item::Char(x) => c == x,
            Item::CharFold(k, ascii) => fold_key(c, ascii) == k,
            Item::Any => c != NL,
            Item::AnyAll => true,
            Item::Set(i) => self.prog.sets[i as usize].matches(c),
        }
    }

    fn word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && is_word(self.at(i), ascii)
    }

    fn assert_ok(&self, a: Assert, pos: usize) -> bool {
        let end = self.end;
        match a {
            Assert::Begin => pos == 0,
            Assert::BeginLine => pos == 0 || self.at(pos - 1) == NL,
            Assert::End => pos == end || (pos + 1 == end && self.at(pos) == NL),
            Assert::EndLine => pos == end || (pos < end && self.at(pos) == NL),
            Assert::EndText => pos == end,
            Assert::WordB(ascii) | Assert::NotWordB(ascii) => {
                if end == 0 {
                    return false;
                }
                // Like sre, the character before is looked at even past endpos.
                let before = pos > 0 && is_word(self.at(pos - 1), ascii);
                let after = self.word_at(pos, ascii);
                (before != after) == matches!(a, Assert::WordB(_))
            }
        }
    }

    fn set_cap(&mut self, slot: u32, pos: usize) {
        let s = slot as usize;
        self.stack.push(Bt::Cap { slot, old: self.caps[s], last: self.lastindex });
        self.caps[s] = pos;
        if slot % 2 == 1 {
            self.lastindex = (slot / 2) as i32;
        }
    }

    fn group_span(&self, g: u32) -> Option<(usize, usize)> {
        let (s, e) = (self.caps[2 * g as usize], self.caps[2 * g as usize + 1]);
        if s == UNSET || e == UNSET {
            None
        } else {
            Some((s, e))
        }
    }

    /// Pops to the next choice point above `base`; `None` when exhausted.
    fn backtrack(&mut self, base: usize) -> Option<(u32, usize)> {
        self.backtracks = self.backtracks.wrapping_add(1);
        if self.backtracks & 0xffff == 0 && crate::vm::interrupt::take_interrupt() {
            self.interrupted = true;
        }
        if self.interrupted {
            return None;
        }
        while self.stack.len() > base {
            match self.stack.pop()? {
                Bt::Alt { pc, pos } => return Some((pc, pos)),
                Bt::Cap { slot, old, last } => {
                    self.caps[slot as usize] = old;
                    self.lastindex = last;
                }
                Bt::Ctr { id, count, last } => self.counters[id as usize] = (count, last),
                Bt::RepG { pc, min_pos, pos } => {
                    let mut np = pos - 1;
                    if let Inst::RepeatOne { next_lit: Some(lit), .. } = self.prog.insts[pc as usize - 1] {
                        while np > min_pos && (np >= self.end || self.at(np) != lit) {
                            np -= 1;
                        }
                    }
                    if np > min_pos {
                        self.stack.push(Bt::RepG { pc, min_pos, pos: np });
                    }
                    return Some((pc, np));
                }
                Bt::RepL { pc, pos, max_pos } => {
                    if let Inst::RepeatOne { item, .. } = self.prog.insts[pc as usize] {
                        if pos < self.end && pos < max_pos && self.item_ok(&item, self.at(pos)) {
                            let np = pos + 1;
                            if np < max_pos {
                                self.stack.push(Bt::RepL { pc, pos: np, max_pos });
                            }
                            return Some((pc + 1, np));
                        }
                    }
                }
                Bt::LazyIter { pc, pos } => {
                    if let Inst::RepCheck { id, max, .. } = self.prog.insts[pc as usize] {
                        let (count, last) = self.counters[id as usize];
                        if count < max && pos != last {
                            self.stack.push(Bt::Ctr { id, count, last });
                            self.counters[id as usize] = (count + 1, pos);
                            return Some((pc + 1, pos));
                        }
                    }
                }
            }
        }
        None
    }

    /// Drops choice points above `base`, keeping undo records so that
    /// backtracking past an atomic/lookaround success still restores state.
    fn commit(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if matches!(self.stack[r], Bt::Cap { .. } | Bt::Ctr { .. }) {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            match self.stack.pop() {
                Some(Bt::Cap { slot, old, last }) => {
                    self.caps[slot as usize] = old;
                    self.lastindex = last;
                }
                Some(Bt::Ctr { id, count, last }) => self.counters[id as usize] = (count, last),
                _ => {}
            }
        }
    }

    /// Runs from `pc` at `pos`; returns the end position at `Match`
    /// (top level) or `SubEnd` (sub-programs).
    fn run(&mut self, mut pc: u32, mut pos: usize, top: bool) -> Option<usize> {
        let base = self.stack.len();
        let prog: &'p Program = self.prog;
        let insts = &prog.insts;
        loop {
            if self.interrupted {
                return None;
            }
            let ok = match &insts[pc as usize] {
                Inst::One(it) => {
                    if pos < self.end && self.item_ok(it, self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    pc += 1;
                    self.assert_ok(*a, pos)
                }
                Inst::Save(slot) => {
                    self.set_cap(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(a) => {
                    pc = *a;
                    true
                }
                Inst::RepeatOne { .. } if pos > self.end => false,
                Inst::RepeatOne { item, min, max, greedy, .. } => {
                    let (min, max) = (*min as usize, *max as usize);
                    let limit = self.end.min(pos.saturating_add(max)).max(pos);
                    if *greedy {
                        let mut n = pos;
                        if let Item::AnyAll = item {
                            n = limit;
                        } else {
                            while n < limit && self.item_ok(item, self.at(n)) {
                                n += 1;
                            }
                        }
                        if n - pos < min {
                            false
                        } else {
                            if n - pos > min {
                                self.stack.push(Bt::RepG { pc: pc + 1, min_pos: pos + min, pos: n });
                            }
                            pos = n;
                            pc += 1;
                            true
                        }
                    } else {
                        let mut n = pos;
                        let need = pos.saturating_add(min);
                        while n < need && n < self.end && self.item_ok(item, self.at(n)) {
                            n += 1;
                        }
                        if n < need {
                            false
                        } else {
                            let max_pos = pos.saturating_add(max);
                            if max_pos > n {
                                self.stack.push(Bt::RepL { pc, pos: n, max_pos });
                            }
                            pos = n;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::RepStart(id) => {
                    let (count, last) = self.counters[*id as usize];
                    self.stack.push(Bt::Ctr { id: *id, count, last });
                    self.counters[*id as usize] = (0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepCheck { id, min, max, greedy, exit } => {
                    let (count, last) = self.counters[*id as usize];
                    if count < *min {
                        // Like sre, mandatory iterations do not record their
                        // start for the empty-iteration check.
                        self.stack.push(Bt::Ctr { id: *id, count, last });
                        self.counters[*id as usize] = (count + 1, last);
                        pc += 1;
                    } else if *greedy {
                        if count < *max && pos != last {
                            self.stack.push(Bt::Alt { pc: *exit, pos });
                            self.stack.push(Bt::Ctr { id: *id, count, last });
                            self.counters[*id as usize] = (count + 1, pos);
                            pc += 1;
                        } else {
                            pc = *exit;
                        }
                    } else {
                        self.stack.push(Bt::LazyIter { pc, pos });
                        pc = *exit;
                    }
                    true
                }
                Inst::Backref { g, fold } => match self.group_span(*g) {
                    None => false,
                    Some((s, e)) => {
                        let len = e - s;
                        if pos + len > self.end {
                            false
                        } else {
                            let same = (0..len).all(|i| {
                                let (a, b) = (self.at(s + i), self.at(pos + i));
                                match fold {
                                    Fold::None => a == b,
                                    Fold::Ascii => lower_key(a, true) == lower_key(b, true),
                                    Fold::Unicode => lower_key(a, false) == lower_key(b, false),
                                }
                            });
                            if same {
                                pos += len;
                                pc += 1;
                            }
                            same
                        }
                    }
                },
                Inst::GroupExists { g, no } => {
                    pc = if self.group_span(*g).is_some() { pc + 1 } else { *no };
                    true
                }
                Inst::Look { behind, neg, width, next } => {
                    let (behind, neg, width, next) = (*behind, *neg, *width as usize, *next);
                    let from = if behind { pos.checked_sub(width) } else { Some(pos) };
                    let sub_base = self.stack.len();
                    let hit = match from {
                        None => false,
                        Some(f) => self.run(pc + 1, f, false).is_some_and(|e| !behind || e == pos),
                    };
                    if hit && !neg {
                        self.commit(sub_base);
                        pc = next;
                        true
                    } else if !hit && neg {
                        pc = next;
                        true
                    } else {
                        self.unwind(sub_base);
                        false
                    }
                }
                Inst::Atomic { next } => {
                    let next = *next;
                    let sub_base = self.stack.len();
                    match self.run(pc + 1, pos, false) {
                        Some(p) => {
                            self.commit(sub_base);
                            pos = p;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::SubEnd => {
                    if !top {
                        return Some(pos);
                    }
                    pc += 1;
                    true
                }
                Inst::Match => {
                    if (self.match_all && pos != self.end) || (self.must_advance && pos == self.start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if !ok {
                match self.backtrack(base) {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }

    fn prefix_at(&self, p: usize) -> bool {
        let pre = &self.prog.prefix;
        p + pre.len() <= self.end && pre.iter().enumerate().all(|(i, &c)| self.at(p + i) == c)
    }

    fn could_start(&self, p: usize) -> bool {
        match &self.prog.first {
            None => true,
            Some(items) => p < self.end && {
                let c = self.at(p);
                items.iter().any(|it| self.item_ok(it, c))
            },
        }
    }

    /// Finds a match starting at or after `start` (per `mode`);
    /// `must_advance` rejects an empty match at `start`.
    pub fn find(&mut self, start: usize, mode: Mode, must_advance: bool) -> Option<Found> {
        // As in sre, `endpos < pos` is kept: nothing can be consumed, and
        // a search finds nothing at all.
        if mode == Mode::Search && start > self.end {
            return None;
        }
        let end = self.end;
        self.match_all = mode == Mode::Full;
        self.start = start;
        self.must_advance = must_advance;
        let last = if mode == Mode::Search { end } else { start };
        let mut p = start;
        if mode == Mode::Search && self.prog.anchored && start > 0 {
            return None;
        }
        while p <= last && !self.interrupted {
            if mode != Mode::Search || self.could_start(p) {
                self.stack.clear();
                self.caps.iter_mut().for_each(|c| *c = UNSET);
                self.lastindex = -1;
                if let Some(e) = self.run(0, p, true) {
                    let mut caps = self.caps.clone();
                    caps[0] = p;
                    caps[1] = e;
                    return Some(Found { caps, lastindex: self.lastindex });
                }
            }
            if self.prog.anchored {
                break;
            }
            self.must_advance = false;
            if let (Some(items), true) = (&self.prog.first, mode == Mode::Search) {
                if let [Item::Char(c)] = items.as_slice() {
                    // Jump straight to the next occurrence of the literal
                    // prefix (or at least of the first character).
                    let c = *c;
                    let pre = &self.prog.prefix;
                    p += 1;
                    loop {
                        match self.text[p.min(end)..end].iter().position(|&x| x.into() == c) {
                            Some(i) => p += i,
                            None => p = end,
                        }
                        if p >= end || pre.len() <= 1 || self.prefix_at(p) {
                            break;
                        }
                        p += 1;
                    }
                    if p >= end {
                        break;
                    }
                    continue;
                }
            }
            p += 1;
            self.must_advance = false;
        }
        None
    }
}
