//! Tier 2: hot code to native code through `pyrite-jit` (DESIGN §5).
//!
//! - Hotness: each code object counts calls and loop back-edges
//!   (`CodeJit::hot`). Past the threshold a function call compiles the whole
//!   function (entry ip 0) and a back-edge compiles the loop it jumps to as
//!   an on-stack-replacement entry that takes the live stack from the frame.
//! - Running: `enter` moves the frame's value stack into its slot array and
//!   calls the code. A return ends the frame; a deopt exit leaves the frame
//!   written back at the exit's ip and the interpreter goes on there (the
//!   next back-edge may re-enter compiled code); an error exit has an
//!   exception pending that unwinds in the interpreter.
//! - Stability: exit counters per site. An int fast path that keeps
//!   overflowing is generalized by recompiling without it; an entry whose
//!   exits dominate is given up; a code object that recompiles too often is
//!   blacklisted.

pub mod analysis;
pub mod calls;
pub mod config;
pub mod fastcall;
pub mod helpers;
mod helpers_frameless;
pub mod infer;
pub mod layout;
pub mod translate;
mod translate_attr_poly;
mod translate_attrs;
mod translate_attrs_frameless;
mod translate_builtins;
mod translate_carried;
mod translate_cells;
mod translate_comp;
mod translate_deferred;
mod translate_exc;
mod translate_globals;
mod translate_iter;
mod translate_methods;
mod translate_modattr;
mod translate_inline;
mod translate_native;
mod translate_known_class;
mod translate_known_dunder;
mod translate_ops;
mod translate_resume;
mod translate_sets;
mod translate_fused;
mod translate_subscr;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};

use pyrite_jit::deopt::DeoptReason;
use pyrite_jit::{CompiledCode, ExitStatus, JitCompiler, JitOptions};

pub use config::{JitConfig, JitMode};
use helpers::{Helpers, JitCtx};

use crate::error::PyErr;
use crate::object::Value;
use crate::vm::frame::Frame;
use crate::vm::Vm;

/// Recompiles of one code object before it is blacklisted.
const MAX_RECOMPILES: u32 = 6;
/// Exits at one overflow site before the site is generalized.
const HOT_OVERFLOW_EXITS: u32 = 16;
/// Exits at one other site (with at least as many as half the entries)
/// before the entry is given up.
const HOT_EXITS: u32 = 500;

/// One compiled entry point.
pub struct Compiled {
    /// The machine code.
    pub code: CompiledCode,
    /// Per exit, the stack positions holding borrowed words.
    pub borrowed: Vec<Vec<u32>>,
    /// Exits of speculation guards and what they speculated on.
    pub spec_sites: std::collections::HashMap<u32, translate::SpecSite>,
    /// Times entered.
    pub entries: Cell<u64>,
    /// Dropped from its code's entries (a recompile or giving up): call
    /// sites that cached it (`calls::DirectSite`) look the entry up again.
    pub retired: Cell<bool>,
    /// The caches of the CALL sites compiled for a known callee (their
    /// addresses are in the code).
    // Boxed: compiled code holds each site's address.
    #[allow(clippy::vec_box)]
    pub direct_sites: Vec<Box<calls::DirectSite>>,
    /// Whether the code may run natively (`calls::runs_native`): compiled
    /// callers may run it on a stack area of theirs, with no `Frame`.
    pub native: bool,
    /// The machine code's entry address, where the code itself loads it to
    /// call itself natively (`translate_native`).
    pub self_entry: Cell<u64>,
    /// The callees the code calls natively (`translate_native`): it holds
    /// their code and entry so that the words it compares and the entry
    /// address it calls stay theirs.
    pub native_callees: Vec<(Rc<crate::bytecode::Code>, Rc<Compiled>)>,
    /// The code of the callees this code inlined (`translate_inline`):
    /// kept alive, so the code words its guards compare stay theirs.
    pub inlined: Vec<Rc<crate::bytecode::Code>>,
    /// The globals and builtins dicts compiled in (global loads read their
    /// entries in place): the code is entered only from frames running with
    /// these very dicts, and holding them keeps those addresses valid.
    pub globals: Value,
    /// See `globals`.
    pub builtins: Value,
    /// Whether the code was compiled for a frame whose locals are its
    /// globals (LOAD_NAME then reads the globals in place).
    pub locals_are_globals: bool,
    /// Generator code from ip 0: the resume points it also enters at, in
    /// ip order (`translate_resume`).
    pub resumes: Vec<u32>,
}

impl Compiled {
    /// Whether frame `f` may run this code (the namespaces it was compiled for).
    fn fits(&self, f: &Frame) -> bool {
        self.globals.is(&f.globals) && self.builtins.is(&f.builtins) && (!self.locals_are_globals || locals_are_globals(f))
    }
}

/// Whether `f` runs module code (its locals mapping is its globals dict).
fn locals_are_globals(f: &Frame) -> bool {
    f.locals.as_ref().is_some_and(|l| l.is(&f.globals))
}

/// An entry point of a code object: compiled, or declined.
pub struct Entry {
    /// Bytecode index the entry starts at.
    pub ip: u32,
    /// The code, or `None` if compiling was declined or given up.
    pub compiled: Option<Rc<Compiled>>,
}

/// Per-code-object JIT state (a field of `Code`).
#[derive(Default)]
pub struct CodeJit {
    /// Calls plus back-edges seen by the interpreter.
    pub hot: Cell<u32>,
    /// Entry points tried so far.
    pub entries: RefCell<Vec<Entry>>,
    /// Instructions whose int fast path or int speculation is disabled
    /// (they overflowed or saw other types).
    pub generalized: RefCell<Vec<u32>>,
    /// Locals whose type is not speculated on (their guards failed).
    pub unspeculated: RefCell<Vec<u32>>,
    /// Instructions whose frameless slow path exited too often: code
    /// translated frameless keeps the frame helper there.
    pub framed: RefCell<Vec<u32>>,
    /// Recompiles so far.
    pub recompiles: Cell<u32>,
    /// Recompiles so far to call a callee natively that was not compiled
    /// (or not native) when this code was (`upgrade_for_native_callee`).
    pub upgrades: Cell<u32>,
    /// Never compile this code again.
    pub blacklisted: Cell<bool>,
    /// One plus the ip of the entry last found declined (0: none): a loop
    /// whose entry was declined (a `for` over a generator, say) runs its
    /// back-edges in the interpreter at the cost of one compare in [`enter`].
    pub declined_at: Cell<u32>,
    /// Generator code: its ip-0 entry, which enters at the resume points
    /// too (`resume`); cleared when the entries are dropped.
    pub gen_entry: RefCell<Option<Rc<Compiled>>>,
}

impl std::fmt::Debug for CodeJit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeJit").field("hot", &self.hot.get()).field("entries", &self.entries.borrow().len()).finish()
    }
}

/// Statistics for `--jit-stats`.
#[derive(Default)]
pub struct Stats {
    /// Functions (entry ip 0) compiled.
    pub functions: u32,
    /// Loops (OSR entries) compiled.
    pub loops: u32,
    /// Declined compiles.
    pub declined: u32,
    /// Recompiles after hot exits.
    pub recompiles: u32,
    /// Total compile time (wall clock, without `setup`).
    pub compile_time: Duration,
    /// Total compile time in thread CPU time (without `setup`): what
    /// `compile_time` is on an idle machine.
    pub compile_cpu: Duration,
    /// Creating the compiler (once per VM, at the first compile; CPU time).
    pub setup: Duration,
    /// Of `compile_time`: translating bytecode to JIT IR.
    pub translate: Duration,
    /// Of `compile_time`: the backend's phases.
    pub phases: pyrite_jit::PhaseTimes,
    /// Entries into compiled code.
    pub entered: u64,
}

/// The JIT state of one VM.
pub struct JitState {
    /// Options.
    pub cfg: JitConfig,
    compiler: Option<(JitCompiler, Helpers)>,
    /// Statistics.
    pub stats: Stats,
    /// Every compiled entry (for the statistics at exit).
    all: Vec<(String, Rc<Compiled>)>,
}

impl JitState {
    /// The state for the process-wide configuration.
    pub fn new() -> JitState {
        JitState { cfg: config::current(), compiler: None, stats: Stats::default(), all: Vec::new() }
    }

    /// Whether compiled code may run at all.
    #[inline(always)]
    pub fn enabled(&self) -> bool {
        self.cfg.mode != JitMode::Off
    }

    fn threshold(&self) -> u32 {
        match self.cfg.mode {
            JitMode::Eager | JitMode::Stress => 1,
            _ => self.cfg.threshold,
        }
    }
}

impl Default for JitState {
    fn default() -> JitState {
        JitState::new()
    }
}

/// What happened when the VM tried compiled code.
pub enum Entered {
    /// Nothing ran (not hot, declined): interpret on.
    No,
    /// Compiled code ran and left at `frame.ip` (stack written back).
    Deopt,
    /// The frame returned this value.
    Return(Value),
    /// An exception is pending at `frame.lasti`.
    Error(PyErr),
    /// The generator frame yielded this value (suspended at `frame.ip`).
    Yield(Value),
}

/// Called when a frame starts (ip 0) or a back-edge jumps to `ip` (the
/// frame's `ip` is already `ip`): counts, compiles when hot, runs compiled
/// code when there is some. Code the JIT declined (a generator resuming,
/// say) costs one flag test here.
#[inline(always)]
pub fn enter(vm: &mut Vm, f: &mut Frame, ip: u32) -> Entered {
    let cj = &f.code.jit;
    if cj.blacklisted.get() || cj.declined_at.get() == ip.wrapping_add(1) {
        return Entered::No;
    }
    enter_counted(vm, f, ip)
}

/// [`enter`] for code not declined yet.
#[inline(never)]
fn enter_counted(vm: &mut Vm, f: &mut Frame, ip: u32) -> Entered {
    let code = f.code.clone();
    let cj = &code.jit;
    // Coroutines and async generators are always left to the interpreter
    // (their await/async-for instructions are not compiled).
    let is_async = code.flags & (crate::bytecode::code::flags::COROUTINE | crate::bytecode::code::flags::ASYNC_GENERATOR) != 0;
    if code.is_generator() && (is_async || !vm.jit.cfg.compiles_generators()) {
        cj.blacklisted.set(true);
        vm.jit.stats.declined += 1;
        if vm.jit.cfg.log {
            eprintln!("jit: declined {}: generator code (compiled with -X jit-generators)", code.qualname);
        }
        return Entered::No;
    }
    let n = cj.hot.get().saturating_add(1);
    cj.hot.set(n);
    if n < vm.jit.threshold() {
        return Entered::No;
    }
    if ip != 0 && code.is_generator() {
        // A generator resuming (or a back-edge to a resume point, the same
        // state): its ip-0 entry enters there (`translate_resume`).
        if let Some(c) = resume_entry(vm, f, ip) {
            return if c.fits(f) { run(vm, f, &c) } else { Entered::No };
        }
    }
    if ip == 0 && code.is_generator() {
        if let Some(c) = resume_entry(vm, f, 0) {
            return if c.fits(f) { run(vm, f, &c) } else { Entered::No };
        }
        cj.declined_at.set(1);
        return Entered::No;
    }
    let found = cj.entries.borrow().iter().find(|e| e.ip == ip).map(|e| e.compiled.clone());
    let compiled = match found {
        Some(Some(c)) if c.fits(f) => c,
        Some(Some(_)) => return Entered::No,
        Some(None) => {
            cj.declined_at.set(ip.wrapping_add(1));
            return Entered::No;
        }
        None => match compile(vm, f, ip) {
            Some(c) => c,
            None => {
                cj.declined_at.set(ip.wrapping_add(1));
                return Entered::No;
            }
        },
    };
    run(vm, f, &compiled)
}

/// The plain functions the cells of frame `f` hold now (`None` for any
/// other content), in cell order.
fn cell_functions(f: &Frame) -> Vec<Option<Value>> {
    let n = f.code.nlocals();
    (0..f.code.ncells())
        .map(|i| {
            let cell = f.fast.get(n + i)?.as_ref()?;
            let v = cell.downcast::<crate::object::bodies::CellData>()?.0.get()?;
            calls::plain_function(&v).is_some().then_some(v)
        })
        .collect()
}

/// The ip-0 entry of generator code running in `f` if it enters at resume
/// point `ip`, compiled first if the code has no ip-0 entry yet.
fn resume_entry(vm: &mut Vm, f: &Frame, ip: u32) -> Option<Rc<Compiled>> {
    let found = f.code.jit.entries.borrow().iter().find(|e| e.ip == 0).map(|e| e.compiled.clone());
    let c = match found {
        Some(c) => c?,
        None => compile(vm, f, 0)?,
    };
    *f.code.jit.gen_entry.borrow_mut() = Some(c.clone());
    (ip == 0 || c.resumes.binary_search(&ip).is_ok()).then_some(c)
}

/// Runs the generator frame `f`, starting (ip 0) or resumed at `f.ip`
/// (its sent value pushed), in compiled code when there is some: first
/// the code's cached ip-0 entry (`CodeJit::gen_entry`), which enters at
/// its resume points, with no counting or lookup; else as [`enter`].
#[inline(always)]
pub fn resume(vm: &mut Vm, f: &mut Frame) -> Entered {
    // Generator code the JIT leaves alone (the default): one flag test.
    if f.code.jit.blacklisted.get() {
        return Entered::No;
    }
    resume_compiled(vm, f)
}

/// [`resume`] for generator code not blacklisted.
#[inline(never)]
fn resume_compiled(vm: &mut Vm, f: &mut Frame) -> Entered {
    let ip = f.ip as u32;
    let hit = match &*f.code.jit.gen_entry.borrow() {
        Some(c) if (ip == 0 || c.resumes.binary_search(&ip).is_ok()) && c.fits(f) => Some(c.clone()),
        _ => None,
    };
    match hit {
        Some(c) => run(vm, f, &c),
        None => enter(vm, f, ip),
    }
}

fn compile(vm: &mut Vm, f: &Frame, ip: u32) -> Option<Rc<Compiled>> {
    let code = f.code.clone();
    let name = format!("{}@{ip}", code.qualname);
    if ip != 0 && vm.jit.cfg.mode != JitMode::Stress && loops_over_generator(&code, ip) && loop_body_calls(&code, ip) {
        // Compiled code resumes the generator as the interpreter does
        // (`gen_next`), but its calls go through the generic `h_call`, which
        // costs more than the interpreter's inline calls: such a loop (the
        // generators bench's `co.send(v)` loop, nqueens' brute force) ran
        // 6-9% slower compiled. A loop without calls gains (the pipeline's
        // consumer loop: 2% fewer instructions).
        vm.jit.stats.declined += 1;
        if vm.jit.cfg.log {
            eprintln!("jit: declined {name}: loop over a generator with calls in its body (left to the interpreter)");
        }
        code.jit.entries.borrow_mut().push(Entry { ip, compiled: None });
        return None;
    }
    if vm.jit.compiler.is_none() {
        // A one-time cost of the VM, not of the function: counted apart.
        let t0 = pyrite_jit::CpuTimer::start();
        let (table, h) = helpers::helper_table();
        let opts = JitOptions { dump_clif: vm.jit.cfg.dump.is_some(), ..JitOptions::default() };
        let made = JitCompiler::with_options(layout::vm_layout(), table, opts);
        vm.jit.stats.setup += t0.elapsed();
        match made {
            Ok(c) => vm.jit.compiler = Some((c, h)),
            Err(e) => {
                vm.jit.stats.declined += 1;
                if vm.jit.cfg.log {
                    eprintln!("jit: declined {name}: {e}");
                }
                code.jit.entries.borrow_mut().push(Entry { ip, compiled: None });
                return None;
            }
        }
    }
    let t0 = Instant::now();
    let cpu0 = pyrite_jit::CpuTimer::start();
    let consts = vm.const_values(&code);
    // Generator code from ip 0 enters at its resume points too; compiled
    // when a resumed frame got hot, it takes the types of the arguments
    // only (the other locals are unbound at ip 0).
    let resumes_at_0 = ip == 0 && code.is_generator();
    let depth = if resumes_at_0 { 0 } else { f.stack.len() as u32 };
    let seeded = if resumes_at_0 && f.ip != 0 { code.total_args() } else { code.nlocals() };
    let range_is_builtin = vm.load_global(f, &vm.name("range")).is_ok_and(|r| r.is(&crate::object::t().range));
    let mut translate_time = Duration::ZERO;
    // The entry's allocation, made first: the code calls itself natively
    // through its `self_entry` (see `translate::Options::own`).
    let mut slot = Rc::<Compiled>::new_uninit();
    let own = if ip == 0 && calls::may_run_native(&code) { slot.as_ptr().cast::<Compiled>() } else { std::ptr::null() };
    let result = (|| -> Result<Compiled, String> {
        let (compiler, h) = vm.jit.compiler.as_mut().expect("compiler was just created");
        let generalized = code.jit.generalized.borrow().clone();
        let unspeculated = code.jit.unspeculated.borrow().clone();
        let framed = code.jit.framed.borrow().clone();
        let opts = translate::Options {
            stress: vm.jit.cfg.mode == JitMode::Stress,
            generalized: &generalized,
            unspeculated: &unspeculated,
            framed: &framed,
            seed: f.fast.iter().take(code.nlocals()).enumerate().map(|(i, v)| if i < seeded { infer::Ty::of(v.as_ref()) } else { infer::Ty::Unknown }).collect(),
            stack_seed: if resumes_at_0 { Vec::new() } else { f.stack.iter().map(live_stack_ty).collect() },
            cell_functions: cell_functions(f),
            range_is_builtin,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals_are_globals: locals_are_globals(f),
            own,
            frameless: false,
            resumes: resumes_at_0,
        };
        let tt = pyrite_jit::CpuTimer::start();
        let mut tr = translate::translate(&code, consts, ip as usize, depth, h, &opts);
        // Code that would run natively but for the slow paths that need
        // the frame: those become exits.
        if let Ok(t) = &tr {
            if !own.is_null() && !t.native && t.frame_slow > 0 && calls::frame_helpers(&t.func, h) == t.frame_slow {
                let opts = translate::Options { frameless: true, ..opts.clone() };
                // Kept when it runs natively (a slow path may still need
                // the frame: a site generalized after hot exits).
                let nf = translate::translate(&code, consts, ip as usize, depth, h, &opts);
                if nf.as_ref().map_or(true, |t| t.native) {
                    tr = nf;
                }
            }
        }
        // Calling itself natively needs code that runs natively.
        if tr.as_ref().is_ok_and(|t| !t.native && t.own_calls > 0) {
            let opts = translate::Options { own: std::ptr::null(), ..opts };
            tr = translate::translate(&code, consts, ip as usize, depth, h, &opts);
        }
        translate_time = tt.elapsed();
        let tr = tr?;
        let dump = vm.jit.cfg.dump.as_deref().is_some_and(|d| d == &*code.name || d == &*code.qualname);
        if dump {
            eprintln!("=== JIT IR of {}@{ip}\n{:#?}", code.qualname, tr.func.blocks);
        }
        let cc = compiler.compile(&tr.func);
        vm.jit.stats.phases.add(compiler.last_phases());
        let cc = cc.map_err(|e| e.to_string())?;
        if dump {
            eprintln!("=== CLIF of {}@{ip}\n{}", code.qualname, cc.clif().unwrap_or(""));
        }
        Ok(Compiled {
            code: cc,
            borrowed: tr.borrowed,
            spec_sites: tr.spec_sites,
            entries: Cell::new(0),
            retired: Cell::new(false),
            direct_sites: tr.direct_sites,
            // Generator code is never called (its frame is resumed).
            native: tr.native && !code.is_generator(),
            self_entry: Cell::new(0),
            native_callees: tr.native_callees,
            inlined: tr.inlined,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals_are_globals: locals_are_globals(f),
            resumes: tr.resumes,
        })
    })();
    // Everything the compile allocated for itself is dropped by now.
    crate::allocator::release_after_burst();
    let dt = t0.elapsed();
    vm.jit.stats.compile_time += dt;
    let cpu = cpu0.elapsed();
    vm.jit.stats.compile_cpu += cpu;
    vm.jit.stats.translate += translate_time;
    match result {
        Ok(c) => {
            if ip == 0 {
                vm.jit.stats.functions += 1;
            } else {
                vm.jit.stats.loops += 1;
            }
            if vm.jit.cfg.log {
                eprintln!(
                    "jit: compiled {name} ({} bytes, {} exits, {:.0} us, {:.0} us CPU){}{}",
                    c.code.code_size(),
                    c.code.exits().len(),
                    dt.as_secs_f64() * 1e6,
                    cpu.as_secs_f64() * 1e6,
                    if c.native { ", runs natively" } else { "" },
                    match c.inlined.len() {
                        0 => String::new(),
                        n => format!(", {n} call(s) inlined"),
                    }
                );
            }
            if vm.jit.cfg.perf_map {
                write_perf_map(&c.code, &name);
            }
            c.self_entry.set(c.code.entry() as usize as u64);
            Rc::get_mut(&mut slot).expect("the entry's allocation is not shared yet").write(c);
            // SAFETY: written just above.
            let c = unsafe { slot.assume_init() };
            vm.jit.all.push((name, c.clone()));
            code.jit.entries.borrow_mut().push(Entry { ip, compiled: Some(c.clone()) });
            Some(c)
        }
        Err(reason) => {
            vm.jit.stats.declined += 1;
            if vm.jit.cfg.log {
                eprintln!("jit: declined {name}: {reason}");
            }
            code.jit.entries.borrow_mut().push(Entry { ip, compiled: None });
            None
        }
    }
}

pub use calls::call_direct;

/// Whether the loop entered at `ip` is a `for` over a generator (its
/// FOR_ITER was specialized to FOR_ITER_GEN by the interpreter).
fn loops_over_generator(code: &crate::bytecode::Code, ip: u32) -> bool {
    code.instrs.get(ip as usize).is_some_and(|i| i.op.get() == crate::bytecode::Op::ForIterGen)
}

/// Whether the body of the `for` loop whose FOR_ITER is at `ip` (up to the
/// FOR_ITER's exit target) makes a call.
fn loop_body_calls(code: &crate::bytecode::Code, ip: u32) -> bool {
    use crate::bytecode::Op;
    let end = code.instrs.get(ip as usize).map_or(0, |i| i.arg as usize).min(code.instrs.len());
    // Sites the interpreter made CALL_BUILTIN are cheap compiled too
    // (`h_call_builtin` calls the cached native function).
    (ip as usize + 1..end).any(|i| matches!(analysis::op_at(code, i), Op::Call | Op::CallKw | Op::CallFunctionEx) && code.instrs[i].op.get() != Op::CallBuiltin)
}

/// The predicted type of a live stack entry (a range iterator matters).
fn live_stack_ty(v: &Value) -> infer::Ty {
    if crate::vm::fastpaths::iter_is(v, crate::bytecode::Op::ForIterRange) {
        infer::Ty::RangeIter
    } else {
        infer::Ty::of(Some(v))
    }
}

fn run(vm: &mut Vm, f: &mut Frame, c: &Rc<Compiled>) -> Entered {
    c.entries.set(c.entries.get() + 1);
    vm.jit.stats.entered += 1;
    let slots = f.enter_compiled();
    let mut ctx = JitCtx::new(vm, f, slots);
    let status = helpers::call_compiled(&c.code, &mut ctx);
    let err = ctx.err.take();
    settle(vm, f, c, status, err)
}

/// The frame `f` after compiled code `c` ran on it and gave `status` (with
/// the exception `err` of a failed helper): a return, or the frame written
/// back for the interpreter.
pub(super) fn settle(vm: &mut Vm, f: &mut Frame, c: &Rc<Compiled>, status: ExitStatus, err: Option<PyErr>) -> Entered {
    match status {
        ExitStatus::Return(w) => {
            f.leave_compiled(0, &[]);
            Entered::Return(Value::from_raw(w))
        }
        ExitStatus::Deopt { exit, ip } => {
            let info = &c.code.exits()[exit as usize];
            f.leave_compiled(info.stack_depth as usize, &c.borrowed[exit as usize]);
            if info.reason == DeoptReason::Yield {
                // YIELD_VALUE, as the interpreter runs it.
                let v = f.pop();
                f.lasti = ip as usize;
                f.ip = ip as usize + 1;
                return Entered::Yield(v);
            }
            f.ip = ip as usize;
            f.lasti = ip as usize;
            after_exit(vm, f, c, exit);
            Entered::Deopt
        }
        ExitStatus::Error { exit, ip } => {
            let info = &c.code.exits()[exit as usize];
            f.leave_compiled(info.stack_depth as usize, &c.borrowed[exit as usize]);
            f.lasti = ip as usize;
            f.ip = ip as usize + 1;
            let err = err.unwrap_or_else(|| crate::object::exception::memory_error("out of memory boxing an int"));
            Entered::Error(err)
        }
    }
}

/// Recompiles of one code object to call native callees.
const MAX_UPGRADES: u32 = 2;

/// A direct call site of compiled code of `code` (see `calls::DirectSite`)
/// found its callee's compiled entry runs natively, which it did not when
/// `code` was compiled (a loop and the methods it calls get hot together,
/// the loop often first): the code's entries are dropped so that the next
/// call or loop entry compiles it again, calling that callee natively. At
/// most `MAX_UPGRADES` times per code (a callee recompiled again and again
/// must not make its callers recompile as often).
pub fn upgrade_for_native_callee(vm: &mut Vm, code: &crate::bytecode::Code) {
    let cj = &code.jit;
    if cj.upgrades.get() >= MAX_UPGRADES || cj.blacklisted.get() || vm.jit.cfg.mode == JitMode::Stress {
        return;
    }
    cj.upgrades.set(cj.upgrades.get() + 1);
    vm.jit.stats.recompiles += 1;
    if vm.jit.cfg.log {
        eprintln!("jit: recompiling {} to call a native callee", code.qualname);
    }
    let mut entries = cj.entries.borrow_mut();
    for e in entries.iter().filter_map(|e| e.compiled.as_ref()) {
        e.retired.set(true);
    }
    entries.clear();
    cj.declined_at.set(0);
}

/// Exit bookkeeping: log, and react to hot exits.
fn after_exit(vm: &mut Vm, f: &Frame, c: &Rc<Compiled>, exit: u32) {
    let info = &c.code.exits()[exit as usize];
    let count = c.code.exit_count(exit);
    let code = f.code.clone();
    if vm.jit.cfg.log && count.is_power_of_two() {
        eprintln!("jit: exit #{exit} ({:?}) in {} taken {count} time(s): {}", info.reason, code.qualname, info.summary);
    }
    // A native callee's exit: counted at the callee.
    if vm.jit.cfg.mode == JitMode::Stress || info.reason == DeoptReason::CalleeExit {
        return;
    }
    let cj = &code.jit;
    let frameless = matches!(c.spec_sites.get(&exit), Some(translate::SpecSite::Frameless(_)));
    let spec_failed = (frameless || matches!(info.reason, DeoptReason::NotInt | DeoptReason::NotFloat)) && count >= HOT_OVERFLOW_EXITS;
    if spec_failed {
        match c.spec_sites.get(&exit) {
            Some(translate::SpecSite::Local(i)) => cj.unspeculated.borrow_mut().push(*i),
            Some(translate::SpecSite::ForIter(ip) | translate::SpecSite::Operand(ip)) => cj.generalized.borrow_mut().push(*ip),
            Some(translate::SpecSite::Frameless(ip)) => cj.framed.borrow_mut().push(*ip),
            None => {}
        }
    }
    let give_up = spec_failed || match info.reason {
        DeoptReason::Overflow | DeoptReason::NegativeShift | DeoptReason::ZeroDivision if count >= HOT_OVERFLOW_EXITS => {
            let mut g = cj.generalized.borrow_mut();
            if !g.contains(&info.ip) {
                g.push(info.ip);
            }
            true
        }
        _ => count >= HOT_EXITS && u64::from(count) * 2 >= c.entries.get(),
    };
    if !give_up {
        return;
    }
    // Drop every entry of this code so they recompile with what was learned;
    // too many recompiles blacklist the code.
    let n = cj.recompiles.get() + 1;
    cj.recompiles.set(n);
    vm.jit.stats.recompiles += 1;
    let generalize = spec_failed || matches!(info.reason, DeoptReason::Overflow | DeoptReason::NegativeShift | DeoptReason::ZeroDivision);
    if vm.jit.cfg.log {
        eprintln!("jit: {} {}@ip {} after {count} exits ({:?})", if generalize { "recompiling" } else { "giving up" }, code.qualname, info.ip, info.reason);
    }
    cj.gen_entry.replace(None);
    let mut entries = cj.entries.borrow_mut();
    for e in entries.iter().filter_map(|e| e.compiled.as_ref()) {
        if generalize || n > MAX_RECOMPILES || Rc::ptr_eq(e, c) {
            e.retired.set(true);
        }
    }
    if n > MAX_RECOMPILES {
        cj.blacklisted.set(true);
        entries.clear();
    } else if generalize {
        entries.clear();
        cj.declined_at.set(0);
    } else {
        for e in entries.iter_mut() {
            if e.compiled.as_ref().is_some_and(|x| Rc::ptr_eq(x, c)) {
                e.compiled = None;
            }
        }
    }
}

fn write_perf_map(c: &CompiledCode, name: &str) {
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = writeln!(file, "{:x} {:x} py::{name}", c.entry() as usize, c.code_size());
    }
}

/// Prints `--jit-stats` to stderr.
pub fn print_stats(vm: &Vm) {
    let s = &vm.jit.stats;
    let compiled = s.functions + s.loops;
    let mean_ms = |d: Duration| if compiled > 0 { d.as_secs_f64() * 1e3 / compiled as f64 } else { 0.0 };
    let mut exits: Vec<(String, u32, DeoptReason, u64)> = Vec::new();
    for (name, c) in &vm.jit.all {
        for (i, e) in c.code.exits().iter().enumerate() {
            let n = if e.reason == DeoptReason::Yield { 0 } else { c.code.exit_count(i as u32) as u64 };
            if n > 0 {
                exits.push((name.clone(), e.ip, e.reason, n));
            }
        }
    }
    exits.sort_by_key(|e| std::cmp::Reverse(e.3));
    let total: u64 = exits.iter().map(|e| e.3).sum();
    eprintln!("jit-stats: mode={:?} threshold={}", vm.jit.cfg.mode, vm.jit.cfg.threshold);
    eprintln!("jit-stats: compiled {} functions, {} loops; declined {}; recompiles {}", s.functions, s.loops, s.declined, s.recompiles);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    eprintln!(
        "jit-stats: compile time {:.2} ms total, {:.3} ms mean per compile; CPU time {:.2} ms total, {:.3} ms mean per compile",
        ms(s.compile_time),
        mean_ms(s.compile_time),
        ms(s.compile_cpu),
        mean_ms(s.compile_cpu)
    );
    let p = &s.phases;
    let rest = s.compile_cpu.saturating_sub(s.translate + p.check + p.lower + p.codegen + p.module);
    eprintln!(
        "jit-stats: phases (CPU ms total): translate {:.2}, check {:.2}, lower {:.2}, cranelift {:.2}, module {:.2}, other {:.2}; compiler setup {:.2} (once, not in the mean)",
        ms(s.translate),
        ms(p.check),
        ms(p.lower),
        ms(p.codegen),
        ms(p.module),
        ms(rest),
        ms(s.setup)
    );
    eprintln!("jit-stats: entries into compiled code {}; exits taken {total}", s.entered);
    for (name, ip, reason, n) in exits.iter().take(10) {
        eprintln!("jit-stats:   exit {name} ip={ip} {reason:?}: {n}");
    }
}
