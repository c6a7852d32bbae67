//! Bytecode -> JIT IR for one code object from one entry point (ip 0 for a
//! whole function, a loop header for on-stack replacement).
//!
//! Model: fast locals and cells stay in the frame's slot array (loads and
//! stores are memory operations with the interpreter's refcounting); the
//! value stack lives in SSA values, tracked per entry as an abstract value
//! (`Av`) that may be unboxed (int, float, bool) or a borrowed word. Basic
//! blocks take the stack as owned Boxed parameters.
//!
//! Every exit's `FrameState` is the interpreter state *before* the current
//! instruction: locals unchanged, the stack as it was. A deopt exit resumes
//! there (re-executing the instruction), an error exit unwinds from there.
//! Stack entries that are borrowed words are listed per exit (`borrowed`)
//! so the VM adds the reference the interpreter's stack needs.

use std::collections::HashMap;
use std::rc::Rc;

use pyrite_jit::deopt::{FrameState, ValueSource};
use pyrite_jit::ir::{self, Block, Function, Type};

use super::analysis::{analyze, Analysis};
use super::infer::{infer, Ty, Types};
use super::helpers::Helpers;
use crate::bytecode::{Code, Op};
use crate::object::{t, Value};

pub(super) type V = ir::Value;

/// An abstract value-stack entry.
#[derive(Clone, Copy, Debug)]
pub(super) enum Av {
    /// A Boxed word this code owns a reference to.
    Owned(V),
    /// A Boxed word borrowed from a frame slot (`Some(slot)`) or a constant.
    Borrowed(V, Option<u32>),
    /// An unboxed small-range int.
    Int(V),
    /// An unboxed float.
    Float(V),
    /// An unboxed bool.
    Bool(V),
    /// The NULL marker.
    Null,
}

/// Translation options.
#[derive(Clone)]
pub struct Options<'a> {
    /// `-X jit=stress`: leave through exits at block starts now and then.
    pub stress: bool,
    /// Instructions whose int fast path overflowed too often, or whose
    /// speculation (a typed `for` over `range`) failed too often.
    pub generalized: &'a [u32],
    /// Locals not to speculate on (their guards failed too often).
    pub unspeculated: &'a [u32],
    /// Instructions whose frameless slow path (an exit) was taken too
    /// often: they keep the frame helper.
    pub framed: &'a [u32],
    /// Types of the live frame's fast locals when compiling.
    pub seed: Vec<Ty>,
    /// Types of the live stack entries when compiling.
    pub stack_seed: Vec<Ty>,
    /// The plain Python functions the frame's cells (cell and free
    /// variables, in order) held when compiling: a CALL of one loaded by
    /// LOAD_DEREF is a known callee (under the CALL's identity guard).
    pub cell_functions: Vec<Option<Value>>,
    /// Whether `range` currently means the builtin.
    pub range_is_builtin: bool,
    /// The globals dict the code runs with (compiled code is entered only
    /// with this one: see `Compiled::globals`).
    pub globals: Value,
    /// The builtins dict the code runs with.
    pub builtins: Value,
    /// Whether the frame's locals are its globals (module code).
    pub locals_are_globals: bool,
    /// Where the `Compiled` of this translation will be (allocated, not
    /// yet written): a CALL of the code itself calls its entry natively
    /// through it (`Compiled::self_entry`). Null: no such calls.
    pub own: *const super::Compiled,
    /// Translate the slow paths that need the frame (a known CALL's
    /// helpers when its native call's guards fail, a global load's miss)
    /// as exits, so the code can run natively (`calls::runs_native`).
    pub frameless: bool,
    /// Generator code from ip 0: the code also enters at each resume point
    /// (`translate_resume`).
    pub resumes: bool,
}

/// What a speculation guard checked, so a hot exit can undo it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecSite {
    /// The type of a local at its first load in a block.
    Local(u32),
    /// The int items of a `for` over `range` (the FOR_ITER ip).
    ForIter(u32),
    /// An operand of a BINARY_OP / COMPARE_OP the interpreter quickened for
    /// floats or ints (the instruction's ip).
    Operand(u32),
    /// The frameless slow path of an attribute instruction, an exit when
    /// its frame-free helper cannot serve (`translate_attrs_frameless`).
    Frameless(u32),
}

/// The result of a translation.
pub struct Translation {
    /// The IR.
    pub func: Function,
    /// Per exit, the stack positions holding borrowed words.
    pub borrowed: Vec<Vec<u32>>,
    /// Exits of speculation guards and what they speculated on.
    pub spec_sites: HashMap<u32, SpecSite>,
    /// The caches of CALL sites compiled for a known callee.
    // Boxed: compiled code holds each site's address.
    #[allow(clippy::vec_box)]
    pub direct_sites: Vec<Box<super::calls::DirectSite>>,
    /// Whether the code may run natively, on a caller's stack area with no
    /// `Frame` (`calls::runs_native`).
    pub native: bool,
    /// Helper calls that `Options::frameless` would have made exits.
    pub frame_slow: usize,
    /// Native calls of the code itself (`Options::own`).
    pub own_calls: usize,
    /// The callees called natively (see `Compiled::native_callees`).
    pub native_callees: Vec<(Rc<Code>, Rc<super::Compiled>)>,
    /// The code of the callees inlined (see `Compiled::inlined`).
    pub inlined: Vec<Rc<Code>>,
    /// The resume points the code enters at (`Options::resumes`).
    pub resumes: Vec<u32>,
}

pub(super) struct Tr<'a> {
    pub f: Function,
    pub code: &'a Code,
    pub consts: &'a [Value],
    pub h: &'a Helpers,
    pub opts: &'a Options<'a>,
    pub(super) an: Analysis,
    /// Slot index of stack position 0.
    pub base: u32,
    blocks: HashMap<usize, Block>,
    pub stack: Vec<Av>,
    /// What this block knows about fast slots: their current word (bound) or
    /// unboxed value.
    pub(super) known: HashMap<u32, Av>,
    /// Per block start: the jumps translated into it so far and what the
    /// first one knew about the slots (a block with one way in starts with it).
    entry_known: HashMap<usize, (u32, HashMap<u32, Av>)>,
    /// Slots that may be unbound at some point (deleted somewhere).
    pub(super) maybe_deleted: Vec<bool>,
    /// Per block start: the fast locals it receives unboxed as block
    /// parameters (after the stack), with their predicted type.
    pub(super) carried: HashMap<usize, Vec<(u32, Ty)>>,
    /// Fast locals some instruction loads (only those are worth carrying).
    pub(super) loaded: Vec<bool>,
    /// Whether float stores may be deferred (`translate_deferred`).
    defer: bool,
    /// Per block start: the carried float locals assumed stale there.
    pub(super) entry_dirty: HashMap<usize, Vec<u32>>,
    /// Per block start: the stale locals the jumps into it passed.
    pub(super) passed_dirty: HashMap<usize, Vec<u32>>,
    /// Float locals whose slot is stale (see `translate_deferred`).
    pub(super) dirty: Vec<u32>,
    /// Set when deferral met a call it did not expect: translate again
    /// without it.
    pub(super) defer_broken: bool,
    pub borrowed: Vec<Vec<u32>>,
    /// The instruction being translated.
    pub ip: usize,
    /// Values to decref once the current instruction's helper returned.
    pub temps: Vec<V>,
    /// Whether code since the last safe point may have freed an object
    /// (whose `__del__` must run before the next instruction).
    pub(super) freed: bool,
    pub(super) types: Types,
    /// Predicted local types at the start of the current block.
    pub(super) spec: Vec<Ty>,
    pub spec_sites: HashMap<u32, SpecSite>,
    /// Results of global loads that held a plain Python function when
    /// compiling (a CALL of one guards on it and calls it directly).
    pub(super) known_fns: HashMap<V, Value>,
    /// See `Translation::direct_sites`.
    // Boxed: compiled code holds each site's address.
    #[allow(clippy::vec_box)]
    pub(super) direct_sites: Vec<Box<super::calls::DirectSite>>,
    /// See `Translation::native_callees`.
    pub(super) native_callees: Vec<(Rc<Code>, Rc<super::Compiled>)>,
    /// See `Translation::inlined`.
    pub(super) inlined: Vec<Rc<Code>>,
    /// See `Translation::frame_slow`.
    pub(super) frame_slow: usize,
    /// See `Translation::own_calls`.
    pub(super) own_calls: usize,
    /// Instructions after the current one that it translated too (fused).
    pub(super) skip: usize,
}

/// Translates `code` from `entry` (with `entry_depth` stack values).
pub fn translate(code: &Code, consts: &[Value], entry: usize, entry_depth: u32, h: &Helpers, opts: &Options) -> Result<Translation, String> {
    // Stale locals at block starts are assumed, then checked against what
    // the jumps pass (`translate_deferred`): a few rounds reach the fixed point.
    let mut assumed = HashMap::new();
    for _ in 0..10 {
        match translate_with(code, consts, entry, entry_depth, h, opts, Some(assumed))? {
            Outcome::Done(t) => return Ok(*t),
            Outcome::Broken => break,
            Outcome::Retry(a) => assumed = a,
        }
    }
    match translate_with(code, consts, entry, entry_depth, h, opts, None)? {
        Outcome::Done(t) => Ok(*t),
        _ => Err("internal: deferral without deferring".into()),
    }
}

/// What one translation attempt gave.
enum Outcome {
    Done(Box<Translation>),
    /// Deferral met a call it did not expect.
    Broken,
    /// Jumps passed stale locals their target did not assume: these.
    Retry(HashMap<usize, Vec<u32>>),
}

/// [`translate`], deferring float stores if `assumed` (the stale locals
/// assumed at block starts) is given.
fn translate_with(code: &Code, consts: &[Value], entry: usize, entry_depth: u32, h: &Helpers, opts: &Options, assumed: Option<HashMap<usize, Vec<u32>>>) -> Result<Outcome, String> {
    let an = analyze(code, entry, entry_depth, opts.resumes)?;
    let types = infer(code, consts, &an, entry, opts);
    let base = (code.nlocals() + code.ncells()) as u32;
    let name = format!("{}@{}", code.qualname, entry);
    let num_slots = base + code.stacksize + 2;
    let mut maybe_deleted = vec![false; code.nlocals()];
    let mut loaded = vec![false; code.nlocals()];
    for (ip, ins) in code.instrs.iter().enumerate() {
        match super::analysis::op_at(code, ip) {
            Op::DeleteFast => maybe_deleted[ins.arg as usize] = true,
            Op::LoadFast => loaded[ins.arg as usize] = true,
            _ => {}
        }
    }
    let mut tr = Tr {
        f: Function::new(&name, num_slots),
        code,
        consts,
        h,
        opts,
        an,
        base,
        blocks: HashMap::new(),
        stack: Vec::new(),
        known: HashMap::new(),
        entry_known: HashMap::new(),
        maybe_deleted,
        carried: HashMap::new(),
        loaded,
        defer: assumed.is_some(),
        entry_dirty: assumed.unwrap_or_default(),
        passed_dirty: HashMap::new(),
        dirty: Vec::new(),
        defer_broken: false,
        borrowed: Vec::new(),
        ip: entry,
        temps: Vec::new(),
        freed: false,
        types,
        spec: Vec::new(),
        spec_sites: HashMap::new(),
        known_fns: HashMap::new(),
        direct_sites: Vec::new(),
        native_callees: Vec::new(),
        inlined: Vec::new(),
        frame_slow: 0,
        own_calls: 0,
        skip: 0,
    };
    // Entry: load the live stack entries from their slots (owned).
    tr.stack = (0..entry_depth).map(|i| Av::Owned(tr.f.load_slot(base + i))).collect();
    // Blocks start with no finalizer pending (`jump_to` polls before it
    // leaves a block that may have freed something); so does the entry.
    tr.safe_point();
    let resumes = if opts.resumes { tr.dispatch_resumes() } else { Vec::new() };
    tr.jump_to(entry);
    // Translate blocks in ip order (every leader reachable from the entry).
    let n = code.instrs.len();
    for ip in 0..n {
        if tr.an.leader[ip] && tr.an.depth[ip].is_some() {
            tr.translate_block(ip)?;
        }
    }
    if tr.borrowed.len() != tr.f.exits.len() {
        return Err(format!("internal: {} exits but {} frame states", tr.f.exits.len(), tr.borrowed.len()));
    }
    if tr.defer_broken {
        return Ok(Outcome::Broken);
    }
    if tr.passed_dirty.iter().any(|(ip, d)| d.iter().any(|i| !tr.entry_dirty.get(ip).is_some_and(|a| a.contains(i)))) {
        let mut a = std::mem::take(&mut tr.entry_dirty);
        for (ip, d) in tr.passed_dirty {
            let e = a.entry(ip).or_default();
            for i in d {
                if !e.contains(&i) {
                    e.push(i);
                }
            }
        }
        return Ok(Outcome::Retry(a));
    }
    let native = super::calls::runs_native(&tr.f, h);
    Ok(Outcome::Done(Box::new(Translation {
        func: tr.f,
        borrowed: tr.borrowed,
        spec_sites: tr.spec_sites,
        direct_sites: tr.direct_sites,
        native,
        frame_slow: tr.frame_slow,
        own_calls: tr.own_calls,
        native_callees: tr.native_callees,
        inlined: tr.inlined,
        resumes,
    })))
}

impl<'a> Tr<'a> {
    pub(super) fn block_for(&mut self, ip: usize) -> Block {
        if let Some(b) = self.blocks.get(&ip) {
            return *b;
        }
        let b = self.f.create_block();
        let depth = self.an.depth[ip].unwrap_or(0);
        for _ in 0..depth {
            self.f.append_block_param(b, Type::Boxed);
        }
        let carried = self.carried_locals(ip);
        for &(_, ty) in &carried {
            self.f.append_block_param(b, if ty == Ty::Int { Type::I64 } else { Type::F64 });
        }
        self.carried.insert(ip, carried);
        self.blocks.insert(ip, b);
        b
    }

    fn translate_block(&mut self, start: usize) -> Result<(), String> {
        let b = self.block_for(start);
        self.f.switch_to_block(b);
        let depth = self.an.depth[start].unwrap_or(0) as usize;
        let params = self.f.blocks[b.0 as usize].params.clone();
        self.stack = params[..depth].iter().map(|&v| Av::Owned(v)).collect();
        self.known.clear();
        // A block entered only by one jump (translated before it) keeps what
        // that jump's block knew: its values dominate this block, and the
        // slots hold the same words.
        if self.an.preds[start] == 1 {
            if let Some((1, k)) = self.entry_known.remove(&start) {
                self.known = k;
            }
        }
        // The carried locals arrive unboxed (every way in guarded them).
        let carried = self.carried.get(&start).cloned().unwrap_or_default();
        self.dirty.clear();
        for (&(i, ty), &v) in carried.iter().zip(&params[depth..]) {
            self.known.insert(i, if ty == Ty::Int { Av::Int(v) } else { Av::Float(v) });
            if ty == Ty::Float && self.entry_dirty.get(&start).is_some_and(|a| a.contains(&i)) {
                // Perhaps stale: a jump may pass a deferred value.
                self.dirty.push(i);
            }
        }
        // Every way in (`jump_to`, the entry) ran the finalizer poll if
        // something may have been freed.
        self.freed = false;
        self.spec = self.types.at_block[start].clone().unwrap_or_default();
        for &u in self.opts.unspeculated {
            if let Some(t) = self.spec.get_mut(u as usize) {
                *t = Ty::Unknown;
            }
        }
        self.ip = start;
        if self.opts.stress {
            self.stress_point();
        }
        let mut ip = start;
        loop {
            self.ip = ip;
            let ins = &self.code.instrs[ip];
            let (op, arg) = (super::analysis::op_at(self.code, ip), ins.arg);
            if self.freed {
                self.safe_point();
            }
            if !super::analysis::supported(op) {
                let st = self.state();
                self.f.deopt(st);
                return Ok(());
            }
            let deferring = !self.dirty.is_empty() && self.keeps_deferred(op);
            if !deferring {
                self.flush_deferred();
            }
            let m = self.mark();
            let ends = self.instr(op, arg)?;
            if deferring {
                self.check_no_calls(m);
            }
            if ends {
                return Ok(());
            }
            ip += 1 + std::mem::take(&mut self.skip);
            if ip >= self.code.instrs.len() {
                return Err("fell off the end of the code".into());
            }
            if self.an.leader[ip] {
                self.jump_to(ip);
                return Ok(());
            }
        }
    }

    /// `-X jit=stress`: a point where compiled code leaves on purpose.
    fn stress_point(&mut self) {
        let ctx = self.f.vm_ctx();
        let r = self.f.call_helper(self.h.stress, &[ctx], Some(Type::I64), None).expect("stress helper returns");
        let zero = self.f.const_i64(0);
        let go = self.f.int_cmp(ir::Cmp::Ne, r, zero);
        let (leave, stay) = (self.f.create_block(), self.f.create_block());
        self.f.branch(go, leave, &[], stay, &[]);
        self.f.switch_to_block(leave);
        let st = self.state();
        self.f.deopt(st);
        self.f.switch_to_block(stay);
    }

    // ----- frame states and ownership -----

    /// The frame state before the current instruction, with the current
    /// stack. Creates the borrowed list for the exit made from it: call only
    /// when the state is used for exactly one exit.
    pub fn state(&mut self) -> FrameState {
        let stack = self.stack.clone();
        self.state_with(&stack)
    }

    pub fn state_with(&mut self, stack: &[Av]) -> FrameState {
        self.state_at(self.ip, stack)
    }

    /// The frame state for resuming at `ip` with `stack`.
    pub fn state_at(&mut self, ip: usize, stack: &[Av]) -> FrameState {
        let mut st = FrameState::new(ip as u32, stack.len() as u32);
        let mut borrowed = Vec::new();
        for (i, av) in stack.iter().enumerate() {
            let slot = (self.base as usize) + i;
            let src = match *av {
                Av::Owned(v) => ValueSource::Boxed(v),
                Av::Borrowed(v, _) => {
                    borrowed.push(i as u32);
                    ValueSource::Boxed(v)
                }
                Av::Int(v) => ValueSource::Int(v),
                Av::Float(v) => ValueSource::Float(v),
                Av::Bool(v) => ValueSource::Bool(v),
                Av::Null => ValueSource::Const(t().null.raw()),
            };
            st = st.with(slot, src);
        }
        self.borrowed.push(borrowed);
        self.with_deferred(st)
    }

    /// An owned Boxed word for `av` (increfs borrowed words, boxes unboxed ones).
    pub fn materialize(&mut self, av: Av) -> V {
        match av {
            Av::Owned(v) => v,
            Av::Borrowed(v, _) => {
                self.f.incref(v);
                v
            }
            Av::Int(v) => {
                let st = self.state();
                self.f.box_int(v, st)
            }
            Av::Float(v) => self.f.box_float(v),
            Av::Bool(v) => self.f.box_bool(v),
            Av::Null => self.f.const_boxed(t().null.raw()),
        }
    }

    /// A Boxed word for `av` to lend to a helper; a word created here that
    /// owns a reference (a big int) goes to `temps`.
    pub fn word(&mut self, av: Av) -> V {
        match av {
            Av::Owned(v) | Av::Borrowed(v, _) => v,
            Av::Int(v) => {
                let st = self.state();
                let w = self.f.box_int(v, st);
                self.temps.push(w);
                w
            }
            Av::Float(v) => self.f.box_float(v),
            Av::Bool(v) => self.f.box_bool(v),
            Av::Null => self.f.const_boxed(t().null.raw()),
        }
    }

    /// Drops an entry the instruction consumed.
    pub fn drop_av(&mut self, av: Av) {
        if let Av::Owned(v) = av {
            self.decref(v);
        }
    }

    pub fn drop_temps(&mut self) {
        for v in std::mem::take(&mut self.temps) {
            self.decref(v);
        }
    }

    /// Releases a reference (which may free an object: see `safe_point`).
    pub fn decref(&mut self, v: V) {
        self.f.decref(v);
        self.freed = true;
    }

    /// Runs pending `__del__` methods if an object with one was freed, as the
    /// interpreter does between instructions (one byte load when none).
    pub(super) fn safe_point(&mut self) {
        self.freed = false;
        let p = self.f.const_boxed(crate::object::header::pending_finalizers_flag_address());
        let set = self.f.load_field(p, 0, Type::Bool);
        let (run, go) = (self.f.create_block(), self.f.create_block());
        self.f.branch(set, run, &[], go, &[]);
        self.f.switch_to_block(run);
        // `__del__` methods may look at this frame.
        let d = self.dirty.clone();
        self.write_back(&d);
        let ctx = self.f.vm_ctx();
        self.f.call_helper(self.h.safepoint, &[ctx], Some(Type::I64), None);
        self.f.jump(go, &[]);
        self.f.switch_to_block(go);
    }

    /// After code that may have changed fast slots or freed objects (a
    /// helper that ran an instruction on the frame): forget what this block
    /// knew about the slots and run finalizers at the next instruction.
    pub fn forget_slots(&mut self) {
        if !self.dirty.is_empty() {
            self.defer_broken = true;
        }
        self.known.clear();
        self.freed = true;
    }

    pub fn pop(&mut self) -> Av {
        self.stack.pop().expect("abstract stack underflow")
    }

    pub fn peek(&self, i: usize) -> Av {
        self.stack[self.stack.len() - i]
    }

    /// Pops `n` entries and drops them, deepest first (CPython's order for
    /// an instruction's operands, which `__del__` methods can observe).
    pub fn pop_drop(&mut self, n: usize) {
        let from = self.stack.len() - n;
        let popped: Vec<Av> = self.stack.drain(from..).collect();
        for av in popped {
            self.drop_av(av);
        }
    }

    // ----- control flow -----

    /// Ends the current block with a jump to the block at `ip`, passing the
    /// stack as owned words.
    pub fn jump_to(&mut self, ip: usize) {
        if self.freed {
            self.safe_point();
        }
        self.write_back_for_jump(ip);
        let stack = std::mem::take(&mut self.stack);
        let mut args: Vec<V> = stack.into_iter().map(|av| self.materialize(av)).collect();
        let target = self.block_for(ip);
        let owned: Vec<Av> = args.iter().map(|&v| Av::Owned(v)).collect();
        for (i, ty) in self.carried.get(&ip).cloned().unwrap_or_default() {
            let v = self.carried_value(i, ty, ip, &owned);
            args.push(v);
        }
        let e = self.entry_known.entry(ip).or_insert_with(|| (0, self.known.clone()));
        e.0 += 1;
        self.f.jump(target, &args);
    }

    /// Ends the current block with a two-way branch; each side first pops
    /// (and drops) its number of stack entries.
    pub fn branch(&mut self, cond: V, then_ip: usize, then_pop: usize, else_ip: usize, else_pop: usize) {
        let (tb, eb) = (self.f.create_block(), self.f.create_block());
        self.f.branch(cond, tb, &[], eb, &[]);
        let saved = std::mem::take(&mut self.stack);
        for (blk, ip, pop) in [(tb, then_ip, then_pop), (eb, else_ip, else_pop)] {
            self.f.switch_to_block(blk);
            self.stack = saved.clone();
            self.pop_drop(pop);
            self.jump_to(ip);
        }
    }

    /// Calls a word-returning fallible helper; the error exit has the state
    /// before the current instruction.
    pub fn call_word(&mut self, h: pyrite_jit::abi::HelperId, args: &[V]) -> V {
        self.call_fallible(h, args, Type::Boxed, None)
    }

    pub fn imm(&mut self, i: i64) -> V {
        self.f.const_i64(i)
    }

    /// Writes stack entries `from..` (positions) to their slots as words for
    /// a helper that reads them there.
    pub fn spill(&mut self, from: usize) {
        for pos in from..self.stack.len() {
            let av = self.stack[pos];
            let w = self.word(av);
            self.f.store_slot(self.base + pos as u32, w);
        }
    }

    // ----- locals -----

    fn load_fast(&mut self, i: u32) {
        if let Some(av) = self.known.get(&i).copied() {
            self.stack.push(av);
            return;
        }
        let w = self.f.load_slot(i);
        let predicted = self.spec.get(i as usize).copied().unwrap_or(Ty::Unknown);
        if matches!(predicted, Ty::Int | Ty::Float) {
            // Speculate: one guard here, unboxed for the rest of the block.
            // An empty slot fails the guard too (the interpreter then raises).
            let st = self.state();
            let av = if predicted == Ty::Int { Av::Int(self.f.guard_int(w, st)) } else { Av::Float(self.f.guard_float(w, st)) };
            self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Local(i));
            self.known.insert(i, av);
            self.stack.push(av);
            return;
        }
        let total_args = self.code.total_args() as u32;
        if i >= total_args || self.maybe_deleted[i as usize] {
            // Unbound check: an empty slot raises UnboundLocalError.
            self.raise_if_empty(w, self.h.unbound_local, i);
        }
        let av = Av::Borrowed(w, Some(i));
        self.known.insert(i, av);
        self.stack.push(av);
    }

    /// Slot `slot`, known to hold word `w`, was proven to hold the int or
    /// float `proven`: later loads in this block use the unboxed value.
    pub(super) fn prove_slot(&mut self, slot: u32, w: V, proven: Av) {
        if matches!(self.known.get(&slot), Some(Av::Borrowed(k, Some(s))) if *k == w && *s == slot) {
            self.known.insert(slot, proven);
        }
    }

    fn store_fast(&mut self, i: u32) {
        let av = self.pop();
        if self.defer && matches!((av, self.known.get(&i)), (Av::Float(_), Some(Av::Float(_)))) {
            // A float over a float: the slot can wait (`translate_deferred`).
            // Entries borrowing the slot hold an inline float word (no
            // reference to keep), which stays in the slot.
            self.known.insert(i, av);
            self.defer_store(i);
            return;
        }
        self.dirty.retain(|&d| d != i);
        // Entries borrowed from this slot get their own reference first.
        for k in 0..self.stack.len() {
            if let Av::Borrowed(v, Some(s)) = self.stack[k] {
                if s == i {
                    self.f.incref(v);
                    self.stack[k] = Av::Owned(v);
                }
            }
        }
        let new = self.materialize(av);
        if let Some(old_av @ (Av::Int(_) | Av::Float(_) | Av::Bool(_))) = self.known.get(&i).copied() {
            // The old word is an int, float or bool: floats and bools need
            // no release; an int may be a big int (beyond the inline range),
            // released here without a finalizer poll (ints have no `__del__`).
            if let Av::Int(_) = old_av {
                let old = self.f.load_slot(i);
                self.f.decref(old);
            }
            self.f.store_slot(i, new);
            let k = match av {
                Av::Int(_) | Av::Float(_) | Av::Bool(_) => av,
                _ => Av::Borrowed(new, Some(i)),
            };
            self.known.insert(i, k);
            return;
        }
        let old = self.f.load_slot(i);
        self.f.store_slot(i, new);
        let surely_bound = self.known.contains_key(&i) || (i < self.code.total_args() as u32 && !self.maybe_deleted[i as usize]);
        if surely_bound {
            self.decref(old);
        } else {
            self.decref_unless_empty(old);
        }
        let k = match av {
            Av::Int(_) | Av::Float(_) | Av::Bool(_) => av,
            _ => Av::Borrowed(new, Some(i)),
        };
        self.known.insert(i, k);
    }

    /// When word `w` (a slot's or a cell's content) is 0, calls helper
    /// `raise` with `(ctx, arg)`, which raises (its error exit leaves).
    pub(super) fn raise_if_empty(&mut self, w: V, raise: pyrite_jit::abi::HelperId, arg: u32) {
        let wi = self.f.word_to_i64(w);
        let z = self.f.const_i64(0);
        let empty = self.f.int_cmp(ir::Cmp::Eq, wi, z);
        let (bad, ok) = (self.f.create_block(), self.f.create_block());
        self.f.branch(empty, bad, &[], ok, &[]);
        self.f.switch_to_block(bad);
        let ctx = self.f.vm_ctx();
        let a = self.imm(arg as i64);
        self.call_word(raise, &[ctx, a]);
        let st = self.state();
        self.f.deopt(st);
        self.f.switch_to_block(ok);
    }

    /// Releases the reference of word `w` unless it is 0 (an empty slot or cell).
    pub(super) fn decref_unless_empty(&mut self, w: V) {
        let wi = self.f.word_to_i64(w);
        let z = self.f.const_i64(0);
        let empty = self.f.int_cmp(ir::Cmp::Eq, wi, z);
        let (dec, done) = (self.f.create_block(), self.f.create_block());
        self.f.branch(empty, done, &[], dec, &[]);
        self.f.switch_to_block(dec);
        self.decref(w);
        self.f.jump(done, &[]);
        self.f.switch_to_block(done);
    }

    fn load_const(&mut self, arg: u32) {
        let c = &self.consts[arg as usize];
        let av = if let Some(i) = c.as_small_int() {
            Av::Int(self.f.const_i64(i))
        } else if let Some(x) = c.as_float() {
            Av::Float(self.f.const_f64(x))
        } else {
            Av::Borrowed(self.f.const_boxed(c.raw()), None)
        };
        self.stack.push(av);
    }

    /// Translates one instruction; returns whether it ended the block.
    fn instr(&mut self, op: Op, arg: u32) -> Result<bool, String> {
        match op {
            Op::Nop => {}
            Op::PopTop => self.pop_drop(1),
            Op::PushNull => self.stack.push(Av::Null),
            Op::Copy => {
                let av = self.peek(arg as usize);
                let av = match av {
                    Av::Owned(v) => {
                        self.f.incref(v);
                        Av::Owned(v)
                    }
                    other => other,
                };
                self.stack.push(av);
            }
            Op::Swap => {
                let n = self.stack.len();
                self.stack.swap(n - 1, n - arg as usize);
            }
            Op::LoadConst => self.load_const(arg),
            Op::LoadFast => self.load_fast(arg),
            Op::StoreFast => self.store_fast(arg),
            Op::ReturnValue => {
                let av = self.pop();
                let v = self.materialize(av);
                let rest = self.stack.len();
                self.pop_drop(rest);
                self.f.ret(v);
                return Ok(true);
            }
            Op::Jump => {
                self.jump_to(arg as usize);
                return Ok(true);
            }
            Op::JumpBackward => {
                self.interrupt_check();
                self.jump_to(arg as usize);
                return Ok(true);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let av = self.pop();
                let mut snapshot = self.stack.clone();
                snapshot.push(av);
                let c = self.truth(av, &snapshot);
                self.drop_av(av);
                let next = self.ip + 1;
                if op == Op::PopJumpIfTrue {
                    self.branch(c, arg as usize, 0, next, 0);
                } else {
                    self.branch(c, next, 0, arg as usize, 0);
                }
                return Ok(true);
            }
            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                let av = self.pop();
                let w = self.word(av);
                let none = self.f.const_boxed(t().none.raw());
                let (wi, ni) = (self.f.word_to_i64(w), self.f.word_to_i64(none));
                let is_none = self.f.int_cmp(ir::Cmp::Eq, wi, ni);
                self.drop_av(av);
                self.drop_temps();
                let next = self.ip + 1;
                if op == Op::PopJumpIfNone {
                    self.branch(is_none, arg as usize, 0, next, 0);
                } else {
                    self.branch(is_none, next, 0, arg as usize, 0);
                }
                return Ok(true);
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let av = self.peek(1);
                let snapshot = self.stack.clone();
                let c = self.truth(av, &snapshot);
                let next = self.ip + 1;
                if op == Op::JumpIfTrueOrPop {
                    self.branch(c, arg as usize, 0, next, 1);
                } else {
                    self.branch(c, next, 1, arg as usize, 0);
                }
                return Ok(true);
            }
            Op::ForIter => {
                self.for_iter(arg as usize);
                return Ok(true);
            }
            Op::YieldValue => {
                let st = self.state();
                self.f.yield_exit(st);
                return Ok(true);
            }
            Op::Send => {
                self.send(arg as usize);
                return Ok(true);
            }
            Op::PushExcInfo | Op::PopExcept | Op::CheckExcMatch => self.exc_op(op),
            Op::RaiseVarargs | Op::Reraise => {
                // The helper always fails (its error exit unwinds); nothing
                // follows in this block.
                self.generic(op, arg)?;
                let st = self.state();
                self.f.deopt(st);
                return Ok(true);
            }
            _ => self.generic(op, arg)?,
        }
        Ok(false)
    }

    /// Ctrl-C check at a back-edge: one byte load; the helper raises.
    fn interrupt_check(&mut self) {
        let addr = crate::vm::interrupt::flag_address();
        let p = self.f.const_boxed(addr);
        let set = self.f.load_field(p, 0, Type::Bool);
        let (raise, go) = (self.f.create_block(), self.f.create_block());
        self.f.branch(set, raise, &[], go, &[]);
        self.f.switch_to_block(raise);
        // Signal handlers may look at this frame.
        let d = self.dirty.clone();
        self.write_back(&d);
        let ctx = self.f.vm_ctx();
        self.call_fallible(self.h.check_interrupt, &[ctx], Type::Boxed, None);
        self.f.jump(go, &[]);
        self.f.switch_to_block(go);
    }

    /// The truth of `av` as a Bool; `snapshot` is the stack for the error exit.
    pub(super) fn truth(&mut self, av: Av, snapshot: &[Av]) -> V {
        match av {
            Av::Bool(v) => v,
            Av::Int(v) => {
                let z = self.f.const_i64(0);
                self.f.int_cmp(ir::Cmp::Ne, v, z)
            }
            Av::Float(v) => {
                let z = self.f.const_f64(0.0);
                self.f.float_cmp(ir::Cmp::Ne, v, z)
            }
            Av::Null => self.f.const_bool(false),
            Av::Owned(w) | Av::Borrowed(w, _) => {
                // True / False inline, anything else through the helper.
                let join = self.f.create_block();
                let r = self.f.append_block_param(join, Type::Bool);
                let wi = self.f.word_to_i64(w);
                let tw = self.f.const_i64(t().true_.raw() as i64);
                let is_t = self.f.int_cmp(ir::Cmp::Eq, wi, tw);
                let (bt, nt) = (self.f.create_block(), self.f.create_block());
                self.f.branch(is_t, bt, &[], nt, &[]);
                self.f.switch_to_block(bt);
                let one = self.f.const_bool(true);
                self.f.jump(join, &[one]);
                self.f.switch_to_block(nt);
                let fw = self.f.const_i64(t().false_.raw() as i64);
                let is_f = self.f.int_cmp(ir::Cmp::Eq, wi, fw);
                let (bf, slow) = (self.f.create_block(), self.f.create_block());
                self.f.branch(is_f, bf, &[], slow, &[]);
                self.f.switch_to_block(bf);
                let zero = self.f.const_bool(false);
                self.f.jump(join, &[zero]);
                self.f.switch_to_block(slow);
                let r64 = self.truth_slow(w, snapshot);
                let z = self.f.const_i64(0);
                let b = self.f.int_cmp(ir::Cmp::Ne, r64, z);
                self.f.jump(join, &[b]);
                self.f.switch_to_block(join);
                r
            }
        }
    }
}
