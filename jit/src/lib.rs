//! `pyrite-jit`: Pyrite's tier-2 backend. It compiles a small typed SSA IR
//! (`ir`) to native code with Cranelift and knows the VM only through
//! `abi::VmLayout` (value encoding, object offsets) and `abi::HelperTable`
//! (`extern "C"` helpers). It does not depend on the VM crate.
//!
//! Flow: the VM builds an `ir::Function` from hot bytecode (guards carry a
//! `deopt::FrameState`), calls `JitCompiler::compile`, and runs the returned
//! `CompiledCode` on the frame's slot array. The result is a Value word or
//! an exit status (`abi::ExitStatus`): on an exit the frame has been written
//! back and the interpreter resumes at the exit's ip.
//!
//! Invariants: the JIT never raises. It declines (`JitError`) at compile
//! time, or takes an exit at run time; no Python-level condition becomes a
//! machine trap. `unsafe` lives only in `code.rs` and `abi.rs`.

pub mod abi;
mod check;
pub mod code;
pub mod deopt;
pub mod ir;
mod lower;

use std::str::FromStr;
use std::sync::atomic::AtomicU32;
use std::time::Duration;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::UserFuncName;
use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, Linkage, Module, ModuleReloc};

pub use abi::{ExitStatus, HelperTable, VmLayout};
pub use code::CompiledCode;

/// Why the JIT declined to compile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JitError {
    /// The IR is malformed (types, arity, exits).
    InvalidIr(String),
    /// The layout or helper table is unusable.
    Layout(String),
    /// The target or a construct is not supported.
    Unsupported(String),
    /// The Cranelift verifier rejected the lowered code.
    Verifier(String),
    /// Code generation or module failure.
    Codegen(String),
}

impl std::fmt::Display for JitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JitError::InvalidIr(s) => write!(f, "invalid JIT IR: {s}"),
            JitError::Layout(s) => write!(f, "bad VM layout: {s}"),
            JitError::Unsupported(s) => write!(f, "unsupported: {s}"),
            JitError::Verifier(s) => write!(f, "verifier: {s}"),
            JitError::Codegen(s) => write!(f, "codegen: {s}"),
        }
    }
}

impl std::error::Error for JitError {}

/// Compiler options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JitOptions {
    /// Run the Cranelift verifier (always on in debug builds).
    pub verify: bool,
    /// Keep the CLIF text of compiled functions (`--jit-dump`).
    pub dump_clif: bool,
    /// Optimize (`opt_level=speed`) rather than compile fast (`none`).
    pub optimize: bool,
    /// Exits that write back the same values share one write-back block
    /// (each keeps its own status): fewer instructions for Cranelift.
    pub share_exits: bool,
}

impl Default for JitOptions {
    fn default() -> JitOptions {
        JitOptions { verify: cfg!(debug_assertions), dump_clif: false, optimize: true, share_exits: true }
    }
}

/// CPU time of the calling thread so far (zero if the clock is not
/// available). Compile times are measured with it so that they do not count
/// the time other processes had the CPU on a loaded machine.
pub fn thread_cpu_time() -> Duration {
    match nix::time::clock_gettime(nix::time::ClockId::CLOCK_THREAD_CPUTIME_ID) {
        Ok(t) => Duration::new(t.tv_sec().max(0) as u64, t.tv_nsec().clamp(0, 999_999_999) as u32),
        Err(_) => Duration::ZERO,
    }
}

/// A stopwatch on the thread's CPU time.
#[derive(Clone, Copy, Debug)]
pub struct CpuTimer(Duration);

impl CpuTimer {
    /// Starts now.
    pub fn start() -> CpuTimer {
        CpuTimer(thread_cpu_time())
    }

    /// CPU time since `start`.
    pub fn elapsed(&self) -> Duration {
        thread_cpu_time().saturating_sub(self.0)
    }
}

/// Time spent in each phase of the last `JitCompiler::compile`
/// (`--jit-stats` breakdown), in thread CPU time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PhaseTimes {
    /// IR checks (`check.rs`).
    pub check: Duration,
    /// Lowering to CLIF (`lower.rs`).
    pub lower: Duration,
    /// Cranelift: verifier (if on), optimizations, register allocation,
    /// emission.
    pub codegen: Duration,
    /// Module bookkeeping: declaring, copying the code into executable
    /// memory and finalizing it.
    pub module: Duration,
}

impl PhaseTimes {
    /// Adds `other` phase by phase.
    pub fn add(&mut self, other: &PhaseTimes) {
        self.check += other.check;
        self.lower += other.lower;
        self.codegen += other.codegen;
        self.module += other.module;
    }
}

/// Compiles IR functions for the host (or, without executing, for another
/// target).
pub struct JitCompiler {
    layout: VmLayout,
    helpers: HelperTable,
    options: JitOptions,
    isa: OwnedTargetIsa,
    dealloc: abi::HelperId,
    box_big_int: abi::HelperId,
    last_phases: PhaseTimes,
}

impl std::fmt::Debug for JitCompiler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JitCompiler").field("target", &self.isa.triple().to_string()).field("options", &self.options).finish()
    }
}

fn flags(options: &JitOptions) -> Result<settings::Flags, JitError> {
    let mut fb = settings::builder();
    let set = |fb: &mut settings::Builder, k: &str, v: &str| fb.set(k, v).map_err(|e| JitError::Codegen(format!("setting {k}: {e}")));
    set(&mut fb, "opt_level", if options.optimize { "speed" } else { "none" })?;
    set(&mut fb, "enable_verifier", if options.verify || cfg!(debug_assertions) { "true" } else { "false" })?;
    set(&mut fb, "is_pic", "false")?;
    set(&mut fb, "use_colocated_libcalls", "false")?;
    Ok(settings::Flags::new(fb))
}

fn codegen_err(e: &cranelift_codegen::CodegenError) -> JitError {
    match e {
        cranelift_codegen::CodegenError::Verifier(v) => JitError::Verifier(v.to_string()),
        other => JitError::Codegen(other.to_string()),
    }
}

impl JitCompiler {
    /// A compiler for the host with default options.
    pub fn new(layout: VmLayout, helpers: HelperTable) -> Result<JitCompiler, JitError> {
        JitCompiler::with_options(layout, helpers, JitOptions::default())
    }

    /// A compiler for the host. Fails if the layout is inconsistent, the
    /// mandatory helpers (`abi::HELPER_DEALLOC`, `abi::HELPER_BOX_BIG_INT`)
    /// are missing, or the host is not supported.
    pub fn with_options(layout: VmLayout, helpers: HelperTable, options: JitOptions) -> Result<JitCompiler, JitError> {
        layout.validate().map_err(JitError::Layout)?;
        let find = |n: &str| helpers.find(n).ok_or_else(|| JitError::Layout(format!("missing helper `{n}`")));
        let (dealloc, box_big_int) = (find(abi::HELPER_DEALLOC)?, find(abi::HELPER_BOX_BIG_INT)?);
        let builder = cranelift_native::builder().map_err(|e| JitError::Unsupported(e.to_string()))?;
        let isa = builder.finish(flags(&options)?).map_err(|e| JitError::Codegen(e.to_string()))?;
        Ok(JitCompiler { layout, helpers, options, isa, dealloc, box_big_int, last_phases: PhaseTimes::default() })
    }

    /// The options.
    pub fn options(&self) -> &JitOptions {
        &self.options
    }

    /// The phase times of the last `compile` (successful or not).
    pub fn last_phases(&self) -> &PhaseTimes {
        &self.last_phases
    }

    /// The helper table.
    pub fn helpers(&self) -> &HelperTable {
        &self.helpers
    }

    fn env(&self, call_conv: isa::CallConv) -> lower::LowerEnv<'_> {
        lower::LowerEnv {
            layout: &self.layout,
            helpers: &self.helpers,
            call_conv,
            dealloc: self.dealloc,
            box_big_int: self.box_big_int,
            share_exits: self.options.share_exits,
        }
    }

    fn lower_for(&self, f: &ir::Function, isa: &dyn isa::TargetIsa) -> Result<cranelift_codegen::ir::Function, JitError> {
        check::check(f, &self.helpers)?;
        let mut func = cranelift_codegen::ir::Function::new();
        self.lower_into(f, isa, &mut func, &mut FunctionBuilderContext::new())?;
        Ok(func)
    }

    /// Lowers checked `f` into `func` (cleared first, its allocations kept).
    fn lower_into(
        &self,
        f: &ir::Function,
        isa: &dyn isa::TargetIsa,
        func: &mut cranelift_codegen::ir::Function,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), JitError> {
        let cc = isa.default_call_conv();
        func.clear();
        func.name = UserFuncName::user(0, 0);
        func.signature = lower::entry_signature(cc);
        lower::lower_function(&self.env(cc), f, func, fctx, isa.frontend_config())
    }

    /// The CLIF text of `f` as lowered for the host (`--jit-dump`), before
    /// Cranelift's optimizations.
    pub fn clif_text(&self, f: &ir::Function) -> Result<String, JitError> {
        Ok(self.lower_for(f, &*self.isa)?.display().to_string())
    }

    /// Compiles `f` for the host. The phase times are in `last_phases`.
    pub fn compile(&mut self, f: &ir::Function) -> Result<CompiledCode, JitError> {
        self.last_phases = PhaseTimes::default();
        let t = CpuTimer::start();
        check::check(f, &self.helpers)?;
        self.last_phases.check = t.elapsed();
        let t = CpuTimer::start();
        let counters: Box<[AtomicU32]> = (0..f.exits.len()).map(|_| AtomicU32::new(0)).collect();
        // Fresh contexts per compile: keeping them (cleared) between
        // compiles saved under 1% of compile time but kept their largest
        // buffers alive, which raised peak RSS by 1-3 MiB on the benches.
        let mut ctx = Context::new();
        self.lower_into(f, &*self.isa, &mut ctx.func, &mut FunctionBuilderContext::new())?;
        let clif = self.options.dump_clif.then(|| ctx.func.display().to_string());
        self.last_phases.lower = t.elapsed();
        let t = CpuTimer::start();
        let compiled = ctx.compile(&*self.isa, &mut ControlPlane::default()).map(|_| ()).map_err(|e| codegen_err(&e.inner));
        self.last_phases.codegen = t.elapsed();
        compiled?;
        let compiled = ctx.compiled_code().ok_or_else(|| JitError::Codegen("no compiled code".into()))?;
        let t = CpuTimer::start();
        let code_size = compiled.code_info().total_size as usize;
        let alignment = u64::from(compiled.buffer.alignment);
        let mut module = JITModule::new(JITBuilder::with_isa(self.isa.clone(), default_libcall_names()));
        let id = module
            .declare_function(&f.name, Linkage::Local, &ctx.func.signature)
            .map_err(|e| JitError::Codegen(e.to_string()))?;
        let relocs: Vec<ModuleReloc> = compiled.buffer.relocs().iter().map(|r| ModuleReloc::from_mach_reloc(r, &ctx.func, id)).collect();
        // Nothing is finalized on an error: dropping the module leaves no
        // callable code behind.
        module
            .define_function_bytes(id, alignment, compiled.code_buffer(), &relocs)
            .map_err(|e| JitError::Codegen(e.to_string()))?;
        module.finalize_definitions().map_err(|e| JitError::Codegen(e.to_string()))?;
        let entry = module.get_finalized_function(id);
        let exits = f
            .exits
            .iter()
            .map(|x| code::ExitInfo {
                ip: x.state.ip,
                stack_depth: x.state.stack_depth,
                reason: x.reason,
                summary: x.state.summary(),
            })
            .collect();
        let unboxed = f
            .exits
            .iter()
            .map(|x| {
                x.state
                    .slots
                    .iter()
                    .enumerate()
                    .filter_map(|(i, s)| match s {
                        deopt::ValueSource::Int(_) => Some((i as u32, code::RawKind::Int)),
                        deopt::ValueSource::Float(_) => Some((i as u32, code::RawKind::Float)),
                        deopt::ValueSource::Bool(_) => Some((i as u32, code::RawKind::Bool)),
                        _ => None,
                    })
                    .collect()
            })
            .collect();
        let big = self.helpers.get(self.box_big_int).map_or(std::ptr::null(), |h| h.ptr);
        let code = CompiledCode::new(module, entry, counters, exits, unboxed, big, self.layout, code_size, f.name.clone(), clif);
        self.last_phases.module = t.elapsed();
        Ok(code)
    }

    /// Compiles `f` for `triple` (e.g. `"aarch64-unknown-linux-gnu"`) without
    /// executing it; returns the machine code bytes. Proves a backend accepts
    /// the IR. Helper and counter addresses are the host's.
    pub fn compile_for_target(&self, f: &ir::Function, triple: &str) -> Result<Vec<u8>, JitError> {
        let t = target_lexicon::Triple::from_str(triple).map_err(|e| JitError::Unsupported(format!("{triple}: {e}")))?;
        let isa = isa::lookup(t)
            .map_err(|e| JitError::Unsupported(format!("{triple}: {e}")))?
            .finish(flags(&self.options)?)
            .map_err(|e| JitError::Codegen(e.to_string()))?;
        let func = self.lower_for(f, &*isa)?;
        let mut ctx = Context::for_function(func);
        let code = ctx.compile(&*isa, &mut ControlPlane::default()).map_err(|e| codegen_err(&e.inner))?;
        Ok(code.code_buffer().to_vec())
    }
}
