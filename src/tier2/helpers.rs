//! The VM side of the JIT ABI: `extern "C"` helpers that compiled code calls
//! on slow paths, and the context they run in.
//!
//! Conventions (every helper):
//! - The first argument is the `JitCtx` pointer (the entry's `vm_ctx`).
//! - Value-word arguments are *borrowed*: the compiled code keeps its
//!   references and drops them after the call. Results are *owned*.
//! - Failure stores the Python exception in `JitCtx::err` and returns the
//!   error sentinel (`ERR_WORD` for word results, `0` where documented), and
//!   compiled code takes an error exit that unwinds in the interpreter.
//! - Helpers that take several stack values read them from the frame's
//!   stack slots (`base` is a slot index), where compiled code spilled them.
//!
//! This file and `frame.rs` are the only places tier 2 dereferences raw
//! pointers; each use has a `// SAFETY:` note.

use std::ffi::c_void;
use std::mem::ManuallyDrop;

use pyrite_jit::abi::{AbiType, HelperTable, Signature};

use super::layout::ERR_WORD;
use crate::bytecode::{CompareOp, Op};
use crate::vm::specialize;
use crate::error::{PyErr, PyResult};
use crate::object::*;
use crate::vm::frame::Frame;
use crate::vm::Vm;

#[path = "helpers_calls.rs"]
mod calls;
pub(super) use calls::before_call as before_call_at;
use calls::{h_call, h_call_builtin, h_call_known, h_native_exit};
#[path = "helpers_known.rs"]
mod known;
use known::{h_binary_op_rest, h_call_init, h_init_not_none, h_new_instance};

/// What compiled code's helpers can reach, for one activation.
pub struct JitCtx {
    /// The interpreter.
    pub vm: *mut Vm,
    /// The frame being run (its fast slots are `slots`; helpers use only its
    /// namespaces, code and value stack, never `fast`).
    pub frame: *mut Frame,
    /// The slot array compiled code runs on.
    pub slots: *mut u64,
    /// The exception of a failed helper.
    pub err: Option<PyErr>,
    /// Counter for `-X jit=stress`.
    pub stress: u32,
    /// The VM's depth when the context was made: native calls count their
    /// levels above it (`calls::native_exit`).
    pub depth: usize,
    /// Callee frames waiting for the frames of their native callers
    /// (`calls::native_exit`).
    pub waiting: Vec<super::calls::Waiting>,
    /// The ip the frame resumes at (its `ip` on entry): generator code
    /// compiled with its resume points dispatches on it (`translate_resume`).
    pub resume_ip: u64,
}

impl JitCtx {
    /// The context for running compiled code on frame `frame` (slot array
    /// `slots`).
    pub fn new(vm: &mut Vm, frame: &mut Frame, slots: *mut u64) -> JitCtx {
        let depth = vm.depth;
        let resume_ip = frame.ip as u64;
        JitCtx { vm: vm as *mut Vm, frame: frame as *mut Frame, slots, err: None, stress: 0, depth, waiting: Vec::new(), resume_ip }
    }
}

pub(super) fn cx<'a>(p: *mut c_void) -> &'a mut JitCtx {
    // SAFETY: compiled code passes back the `vm_ctx` it was entered with,
    // which `run.rs` made from a live `JitCtx` on its stack frame.
    unsafe { &mut *p.cast::<JitCtx>() }
}

impl JitCtx {
    pub(super) fn vm<'a>(&self) -> &'a mut Vm {
        // SAFETY: the VM outlives the compiled call; while compiled code
        // runs, nothing else holds a reference to it (run.rs passes it in
        // and does not touch it until the call returns).
        unsafe { &mut *self.vm }
    }
    pub(super) fn frame<'a>(&self) -> &'a mut Frame {
        // SAFETY: as for `vm`; helpers never touch `frame.fast`, whose
        // buffer compiled code uses as its slot array.
        unsafe { &mut *self.frame }
    }
    pub(super) fn slot(&self, i: u32) -> u64 {
        // SAFETY: `i` is a slot index inside the array `enter_compiled`
        // returned (the translator only uses indices below the code's
        // locals + cells + stack size).
        unsafe { self.slots.add(i as usize).read() }
    }
    /// The `n` slots from `base` as borrowed values (each holds a value's
    /// word, spilled by compiled code).
    fn slot_values(&self, base: u32, n: u32) -> &[Value] {
        // SAFETY: as for `slot`, for each of the `n` slots; each holds a
        // live value's (non-zero) word and `Value` is `repr(transparent)`
        // over it, and compiled code does not touch the slots while the
        // helper runs. The slice is read only: no reference count moves.
        unsafe { std::slice::from_raw_parts(self.slots.add(base as usize) as *const Value, n as usize) }
    }
    fn set_slot(&self, i: u32, w: u64) {
        // SAFETY: as for `slot`.
        unsafe { self.slots.add(i as usize).write(w) }
    }
    pub(super) fn fail(&mut self, e: PyErr) -> u64 {
        self.err = Some(e);
        ERR_WORD
    }
    pub(super) fn ret(&mut self, r: PyResult<Value>) -> u64 {
        match r {
            Ok(v) => v.into_raw(),
            Err(e) => self.fail(e),
        }
    }
    fn unit(&mut self, r: PyResult<()>) -> u64 {
        match r {
            Ok(()) => 1,
            Err(e) => self.fail(e),
        }
    }
}

/// A borrowed view of a Value word (not dropped).
pub(super) fn b(w: u64) -> ManuallyDrop<Value> {
    ManuallyDrop::new(Value::from_raw(w))
}

/// An owned copy of a borrowed Value word.
pub(super) fn own(w: u64) -> Value {
    (*b(w)).clone()
}

/// Name `i` of `code` (`co_names[i]`, interned).
pub(super) fn name_at<'a>(vm: &Vm, code: &'a crate::bytecode::Code, i: i64) -> &'a Value {
    &vm.const_values(code)[code.consts.len() + i as usize]
}

extern "C" fn h_dealloc(w: u64) {
    // SAFETY: compiled code calls this only for a heap object whose
    // refcount it just decremented to zero (see `free_at_zero`).
    unsafe { crate::object::header::free_at_zero(w as *const crate::object::header::Header) }
}

extern "C" fn h_box_big_int(i: i64) -> u64 {
    int_value(i).into_raw()
}

/// BINARY_OP `arg` at `ip`: a Python dunder the interpreter cached there
/// (BINARY_OP_PY) is called straight (`fastcall::binary_op_at`).
extern "C" fn h_binary_op(ctx: *mut c_void, a: u64, x: u64, arg: i64, ip: i64) -> u64 {
    // `+` of two exact tuples (or lists): the interpreter's concatenation
    // straight, without the generic operator's tests before it (such
    // operands never specialize the site).
    if arg == 0 || arg == crate::bytecode::opcodes::INPLACE_OFFSET as i64 {
        let (va, vx) = (b(a), b(x));
        let r = t();
        if crate::vm::iterate::is_exact(&va, &r.tuple) || crate::vm::iterate::is_exact(&va, &r.list) {
            if let Some(v) = crate::vm::numeric::concat_exact(&va, &vx, arg != 0) {
                return v.into_raw();
            }
        }
    }
    let c = cx(ctx);
    let vm = c.vm();
    let code = &*c.frame().code;
    let ip = ip as usize;
    let r = super::fastcall::binary_op_at(vm, &b(a), &b(x), arg as u32, &code.instrs[ip], &vm.caches(code)[ip]);
    c.ret(r)
}

/// BINARY_OP `+` whose left operand is borrowed from the local the next
/// instruction stores the result into: a str held only by that local grows
/// in place (`vm::str_append`), anything else is `h_binary_op`.
extern "C" fn h_binary_op_into_local(ctx: *mut c_void, a: u64, x: u64, arg: i64, ip: i64) -> u64 {
    if let Some(v) = crate::vm::str_append::append_to_sole_local(crate::object::registry::t(), &b(a), &b(x)) {
        return v.into_raw();
    }
    h_binary_op(ctx, a, x, arg, ip)
}

/// BINARY_OP (`compare` 0) or COMPARE_OP (`compare` 1) `arg` in code that
/// runs natively (no frame): computed when both operands are exactly ints,
/// floats or bools (no Python code runs), else `PENDING_WORD`, on which the
/// code leaves before the instruction and the interpreter runs it.
extern "C" fn h_num_op(ctx: *mut c_void, a: u64, x: u64, arg: i64, compare: i64) -> u64 {
    let c = cx(ctx);
    let r = t();
    let plain = |w: u64| {
        let tw = crate::vm::specialize::type_word(&b(w));
        tw == r.int.raw() || tw == r.float.raw() || tw == r.bool_.raw()
    };
    if !(plain(a) && plain(x)) {
        return super::layout::PENDING_WORD;
    }
    let res = if compare != 0 {
        let op = CompareOp::from_arg(arg as u32).expect("valid COMPARE_OP arg");
        c.vm().compare(&b(a), &b(x), op)
    } else {
        let (op, inplace) = crate::bytecode::BinaryOp::from_arg(arg as u32).expect("valid BINARY_OP arg");
        c.vm().binary_op(&b(a), &b(x), op, inplace)
    };
    c.ret(res)
}

extern "C" fn h_compare_op(ctx: *mut c_void, a: u64, x: u64, arg: i64) -> u64 {
    let c = cx(ctx);
    let op = CompareOp::from_arg(arg as u32).expect("valid COMPARE_OP arg");
    let r = c.vm().compare(&b(a), &b(x), op);
    c.ret(r)
}

/// Truth value: 0 or 1, `ERR_WORD` on error.
extern "C" fn h_truthy(ctx: *mut c_void, v: u64) -> u64 {
    let c = cx(ctx);
    match c.vm().truthy(&b(v)) {
        Ok(t) => t as u64,
        Err(e) => c.fail(e),
    }
}

extern "C" fn h_unary(ctx: *mut c_void, v: u64, kind: i64) -> u64 {
    let c = cx(ctx);
    let vm = c.vm();
    let r = match kind {
        0 => vm.unary_op(&b(v), "__neg__"),
        1 => vm.unary_op(&b(v), "__pos__"),
        2 => vm.unary_op(&b(v), "__invert__"),
        _ => vm.truthy(&b(v)).map(|t| vm.bool(!t)),
    };
    c.ret(r)
}

extern "C" fn h_contains(ctx: *mut c_void, item: u64, container: u64, invert: i64) -> u64 {
    let c = cx(ctx);
    let vm = c.vm();
    let r = vm.contains(&b(container), &b(item)).map(|r| vm.bool(r != (invert == 1)));
    c.ret(r)
}

extern "C" fn h_load_global(ctx: *mut c_void, arg: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let code = &*f.code;
    let name = name_at(vm, code, arg >> 1);
    let cache = &vm.caches(code)[ip as usize];
    let r = vm.load_global_cached(f, name, cache);
    c.ret(r)
}

/// Whether the frame's locals are its globals, an exact dict (module code).
fn module_level(f: &Frame) -> bool {
    f.locals.as_ref().is_some_and(|l| l.is(&f.globals)) && crate::vm::iterate::is_exact(&f.globals, &t().dict)
}

extern "C" fn h_load_name(ctx: *mut c_void, arg: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let code = &*f.code;
    let name = name_at(vm, code, arg);
    // Module level (locals are the globals): the globals' inline cache.
    let r = if module_level(f) {
        let cache = &vm.caches(code)[ip as usize];
        vm.load_global_cached(f, name, cache)
    } else {
        vm.load_name(f, name)
    };
    c.ret(r)
}

extern "C" fn h_store_name(ctx: *mut c_void, arg: i64, v: u64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let name = name_at(vm, &f.code, arg).clone();
    if module_level(f) {
        if let Some(d) = f.globals.downcast::<DictData>() {
            d.set_str(name, own(v));
            return 1;
        }
    }
    let r = match f.locals.clone() {
        Some(l) => vm.mapping_set(&l, name, own(v)),
        None => Err(crate::object::exception::system_error("no locals found when storing a name")),
    };
    c.unit(r)
}

extern "C" fn h_store_global(ctx: *mut c_void, arg: i64, v: u64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let name = name_at(vm, &f.code, arg).clone();
    f.globals.downcast::<DictData>().expect("globals").set_str(name, own(v));
    1
}

// Attribute helpers share the interpreter's inline caches and quickened
// forms (src/vm/specialize.rs): the instruction at `ip` is specialized and
// its cache filled the same way, so compiled code gets the same fast paths.

extern "C" fn h_load_attr(ctx: *mut c_void, obj: u64, arg: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let code = &*f.code;
    let name = name_at(vm, code, arg);
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    let o = b(obj);
    if instr.op.get() == Op::LoadAttrInstance {
        if let Some(v) = vm.load_attr_instance_any(&o, cache, name) {
            return v.into_raw();
        }
        specialize::back_off(instr, cache);
    } else if instr.op.get() == Op::LoadAttrModule {
        if let Some(v) = specialize::load_attr_module(&o, cache) {
            return v.into_raw();
        }
        specialize::back_off(instr, cache);
    } else if specialize::should_specialize(cache) {
        vm.specialize_load_attr(instr, cache, &o, name);
    }
    let r = vm.getattr(&o, name);
    c.ret(r)
}

extern "C" fn h_store_attr(ctx: *mut c_void, obj: u64, arg: i64, v: u64, ip: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let code = &*f.code;
    let name = name_at(vm, code, arg);
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    let o = b(obj);
    let mut v = own(v);
    if instr.op.get() == Op::StoreAttrInstance {
        match vm.store_attr_instance_any(&o, cache, name, v) {
            Ok(()) => return 1,
            Err(back) => {
                specialize::back_off(instr, cache);
                v = back;
            }
        }
    } else if specialize::should_specialize(cache) {
        vm.specialize_store_attr(instr, cache, &o, name);
    }
    let r = vm.setattr(&o, name, Some(v));
    c.unit(r)
}

/// LOAD_METHOD: writes the two results (method and self, or NULL and the
/// attribute) into slots `out` and `out + 1` as owned words; returns 1.
extern "C" fn h_load_method(ctx: *mut c_void, obj: u64, arg: i64, out: i64, ip: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let code = &*f.code;
    let name = name_at(vm, code, arg);
    let (instr, cache) = (&code.instrs[ip as usize], &vm.caches(code)[ip as usize]);
    let o = b(obj);
    if instr.op.get() == Op::LoadMethodCached {
        if let Some(m) = vm.load_method_cached_any(&o, cache, name) {
            c.set_slot(out as u32, m.into_raw());
            c.set_slot(out as u32 + 1, own(obj).into_raw());
            return 1;
        }
        specialize::back_off(instr, cache);
    } else if instr.op.get() == Op::LoadMethodModule {
        if let Some(v) = specialize::load_attr_module(&o, cache) {
            c.set_slot(out as u32, t().null.clone().into_raw());
            c.set_slot(out as u32 + 1, v.into_raw());
            return 1;
        }
        specialize::back_off(instr, cache);
    } else if specialize::should_specialize(cache) {
        vm.specialize_load_method(instr, cache, &o, name);
    }
    match vm.load_method(&o, name) {
        Ok((Some(meth), true)) => {
            c.set_slot(out as u32, meth.into_raw());
            c.set_slot(out as u32 + 1, own(obj).into_raw());
            1
        }
        Ok((Some(attr), false)) => {
            c.set_slot(out as u32, t().null.clone().into_raw());
            c.set_slot(out as u32 + 1, attr.into_raw());
            1
        }
        Ok((None, _)) => unreachable!("load_method returns a value or an error"),
        Err(e) => c.fail(e),
    }
}

/// `i` as an index into a sequence of length `n` (negative from the end).
fn seq_index(i: i64, n: usize) -> Option<usize> {
    let j = if i < 0 { i + n as i64 } else { i };
    (0..n as i64).contains(&j).then_some(j as usize)
}

extern "C" fn h_getitem(ctx: *mut c_void, obj: u64, key: u64) -> u64 {
    let (o, k) = (b(obj), b(key));
    // Exact lists and tuples with a small-int index: no dispatch.
    if let Some(i) = k.as_small_int() {
        {
            if crate::vm::iterate::is_exact(&o, &t().list) {
                let l = o.downcast::<ListData>().expect("list").0.borrow();
                if let Some(j) = seq_index(i, l.len()) {
                    return l[j].clone().into_raw();
                }
            } else if crate::vm::iterate::is_exact(&o, &t().tuple) {
                let tu = o.downcast::<TupleData>().expect("tuple");
                if let Some(j) = seq_index(i, tu.0.len()) {
                    return tu.0[j].clone().into_raw();
                }
            }
        }
    }
    // `seq[a:b]` of an exact list or tuple: the interpreter's fused slice.
    if let Some(sl) = k.downcast::<SliceData>() {
        if sl.step.is(&t().none) {
            if let Some(v) = crate::vm::seq_fuse::slice_exact(&o, &sl.start, &sl.stop) {
                return v.into_raw();
            }
        }
    }
    let c = cx(ctx);
    let r = c.vm().getitem(&o, &k);
    c.ret(r)
}

extern "C" fn h_setitem(ctx: *mut c_void, obj: u64, key: u64, v: u64) -> u64 {
    let (o, k) = (b(obj), b(key));
    if let Some(i) = k.as_small_int() {
        {
            if crate::vm::iterate::is_exact(&o, &t().list) {
                let old = {
                    let mut l = o.downcast::<ListData>().expect("list").0.borrow_mut();
                    seq_index(i, l.len()).map(|j| std::mem::replace(&mut l[j], own(v)))
                };
                if old.is_some() {
                    return 1;
                }
            }
        }
    }
    let c = cx(ctx);
    let r = c.vm().setitem(&o, own(key), own(v));
    c.unit(r)
}

extern "C" fn h_delitem(ctx: *mut c_void, obj: u64, key: u64) -> u64 {
    let c = cx(ctx);
    let r = c.vm().delitem(&b(obj), &b(key));
    c.unit(r)
}

/// BUILD_TUPLE (kind 0) / BUILD_LIST (kind 1) / BUILD_SET (kind 2) from
/// `n` slots at `base` (borrowed), each built at its final size without an
/// intermediate vector; `ERR_WORD` when a set item is unhashable.
extern "C" fn h_build(ctx: *mut c_void, base: i64, n: i64, kind: i64) -> u64 {
    let c = cx(ctx);
    let v = match kind {
        0 => crate::object::tuple::tuple_from_slice(c.slot_values(base as u32, n as u32)),
        1 => alloc(&t().list, ListData::new(c.slot_values(base as u32, n as u32).to_vec()), None),
        _ => {
            let vm = c.vm();
            let s = vm.set();
            let sd = s.downcast::<SetData>().expect("set");
            if let Err(e) = (0..n as u32).try_for_each(|i| sd.add(vm, own(c.slot(base as u32 + i)))) {
                return c.fail(e);
            }
            s
        }
    };
    v.into_raw()
}

extern "C" fn h_list_append(ctx: *mut c_void, list: u64, v: u64) -> u64 {
    let _ = ctx;
    b(list).downcast::<ListData>().expect("list").0.borrow_mut().push(own(v));
    1
}

/// SET_ADD: 1, or `ERR_WORD` (unhashable item).
extern "C" fn h_set_add(ctx: *mut c_void, set: u64, v: u64) -> u64 {
    let c = cx(ctx);
    let r = b(set).downcast::<SetData>().expect("set").add(c.vm(), own(v));
    c.unit(r)
}

/// MAKE_FUNCTION with flags `fl`, its operands in the slots from `base`
/// (borrowed; the code object last): the new function.
extern "C" fn h_make_function(ctx: *mut c_void, base: i64, fl: i64) -> u64 {
    let c = cx(ctx);
    let f = c.frame();
    let (globals, builtins) = (f.globals.clone(), f.builtins.clone());
    let mut top = base as u32 + 1 + (fl as u32 & 0xf).count_ones();
    let r = c.vm().new_function(&globals, &builtins, fl as u32, || {
        top -= 1;
        own(c.slot(top))
    });
    c.ret(r)
}

/// MAP_ADD: 1, or `ERR_WORD` (unhashable key).
extern "C" fn h_map_add(ctx: *mut c_void, dict: u64, k: u64, v: u64) -> u64 {
    let c = cx(ctx);
    let r = b(dict).downcast::<DictData>().expect("dict").set_item(c.vm(), own(k), own(v));
    c.unit(r)
}

/// BUILD_SLICE: the slice (`step` 0 means None).
extern "C" fn h_build_slice(ctx: *mut c_void, start: u64, stop: u64, step: u64) -> u64 {
    let c = cx(ctx);
    let step = if step == 0 { c.vm().none() } else { own(step) };
    alloc(&t().slice, SliceData { start: own(start), stop: own(stop), step }, None).into_raw()
}

extern "C" fn h_get_iter(ctx: *mut c_void, v: u64) -> u64 {
    let c = cx(ctx);
    let r = c.vm().iter(&b(v));
    c.ret(r)
}

/// FOR_ITER: the next item (owned), 0 when exhausted, `ERR_WORD` on error.
extern "C" fn h_for_iter(ctx: *mut c_void, it: u64) -> u64 {
    let c = cx(ctx);
    let it = b(it);
    let step = match it.downcast::<crate::object::generator::GeneratorData>() {
        Some(gd) => c.vm().gen_next(gd),
        None => c.vm().next(&it),
    };
    match step {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) => 0,
        Err(e) => c.fail(e),
    }
}

/// The next item of a `range`, list or tuple iterator as an owned Value
/// word, 0 when a range is exhausted, or 1 when the iterator is of another
/// kind or at a step the interpreter's generic path handles.
extern "C" fn h_range_next(it: u64) -> u64 {
    match crate::vm::fastpaths::iter_step(&b(it)) {
        Some(Some(v)) => v.into_raw(),
        Some(None) => 0,
        None => 1,
    }
}

/// UNPACK_SEQUENCE: writes `n` owned items to slots `out..` (first item on
/// top, i.e. at the highest slot); returns 1.
extern "C" fn h_unpack(ctx: *mut c_void, seq: u64, n: i64, out: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    debug_assert!(f.stack.is_empty());
    match vm.unpack_sequence(f, own(seq), n as usize) {
        Ok(()) => {
            for (i, v) in f.stack.drain(..).enumerate() {
                c.set_slot(out as u32 + i as u32, v.into_raw());
            }
            1
        }
        Err(e) => {
            f.stack.clear();
            c.fail(e)
        }
    }
}

/// FORMAT_VALUE: `spec` is 0 when absent.
extern "C" fn h_format(ctx: *mut c_void, v: u64, spec: u64, conv: i64) -> u64 {
    let c = cx(ctx);
    let vm = c.vm();
    let r = (|| {
        let v = own(v);
        let v = match conv {
            1 => vm.to_str(&v)?,
            2 => vm.repr(&v)?,
            3 => vm.ascii(&v)?,
            _ => v,
        };
        let spec = if spec == 0 { None } else { Some(own(spec)) };
        vm.format(&v, spec.as_ref())
    })();
    c.ret(r)
}

/// BUILD_STRING from `n` str slots at `base`.
extern "C" fn h_build_string(ctx: *mut c_void, base: i64, n: i64) -> u64 {
    let c = cx(ctx);
    let mut s = String::new();
    for i in 0..n as u32 {
        let w = c.slot(base as u32 + i);
        s.push_str(crate::object::str::as_str(&b(w)).expect("BUILD_STRING of strs"));
    }
    c.vm().str(s).into_raw()
}

extern "C" fn h_load_deref(ctx: *mut c_void, arg: i64) -> u64 {
    let c = cx(ctx);
    let (vm, f) = (c.vm(), c.frame());
    let cell = cell_word(c, f, arg);
    match b(cell).downcast::<CellData>().and_then(|cd| cd.0.get()) {
        Some(v) => v.into_raw(),
        None => {
            let code = f.code.clone();
            let e = vm.unbound_deref(&code, arg as usize);
            c.fail(e)
        }
    }
}

fn cell_word(c: &JitCtx, f: &Frame, arg: i64) -> u64 {
    c.slot((f.code.nlocals() + arg as usize) as u32)
}

/// Runs one of the eval loop's less frequent instructions
/// ([`crate::vm::eval_rare`]) at `ip` on the frame: the `depth` stack
/// entries compiled code spilled (owned) at slot `base` move to the frame's
/// value stack, the instruction runs there, and the resulting stack moves
/// back to the slots. Returns 1; on error `ERR_WORD`, leaving on the frame's
/// value stack what the instruction left (the error exit's own frame state
/// has an empty stack, so unwinding sees exactly the interpreter's stack).
extern "C" fn h_exec(ctx: *mut c_void, ip: i64, base: i64, depth: i64) -> u64 {
    let c = cx(ctx);
    let f = c.frame();
    for i in 0..depth {
        f.stack.push(Value::from_raw(c.slot((base + i) as u32)));
    }
    let code = f.code.clone();
    let op = super::analysis::op_at(&code, ip as usize);
    f.lasti = ip as usize;
    match c.vm().exec_rare(f, op, code.instrs[ip as usize].arg) {
        Ok(()) => {
            for (i, v) in f.stack.drain(..).enumerate() {
                c.set_slot(base as u32 + i as u32, v.into_raw());
            }
            1
        }
        Err(e) => c.fail(e),
    }
}

/// An error raised at instruction `ip` and caught by a handler in compiled
/// code (`translate_exc`), as the interpreter's unwinding treats it: the
/// pending exception normalized (its `__context__` set), with this frame's
/// traceback entry unless the instruction re-raises (RERAISE, bare
/// `raise`); returned owned. With `exec` set the instruction ran on the
/// frame's value stack (`h_exec`): its first `keep` entries move to slots
/// `base..` (owned) and the rest are released.
extern "C" fn h_catch(ctx: *mut c_void, ip: i64, base: i64, keep: i64, exec: i64) -> u64 {
    let c = cx(ctx);
    let f = c.frame();
    let err = c.err.take().unwrap_or_else(|| crate::object::exception::system_error("compiled code caught an error that was not set"));
    f.lasti = ip as usize;
    let code = f.code.clone();
    let op = super::analysis::op_at(&code, ip as usize);
    let reraise = op == Op::Reraise || (op == Op::RaiseVarargs && code.instrs[ip as usize].arg == 0);
    let vm = c.vm();
    let exc = vm.normalize(err);
    if !reraise {
        vm.add_traceback(&exc, f);
    }
    if exec != 0 {
        let mut stack = std::mem::take(&mut f.stack);
        stack.truncate(keep as usize);
        let mut items = stack.into_iter();
        for i in 0..keep {
            // The compiler guarantees `keep` entries; None keeps the slot a
            // valid word if it did not.
            let v = items.next().unwrap_or_else(|| vm.none());
            c.set_slot((base + i) as u32, v.into_raw());
        }
    }
    exc.into_raw()
}

/// PUSH_EXC_INFO: `exc` (borrowed) becomes the exception being handled;
/// returns the previous one (None when there was none), owned.
extern "C" fn h_push_exc_info(ctx: *mut c_void, exc: u64) -> u64 {
    let vm = cx(ctx).vm();
    let prev = vm.handled_exc.replace(own(exc)).unwrap_or_else(|| vm.none());
    prev.into_raw()
}

/// POP_EXCEPT: the exception being handled goes back to `prev` (an owned
/// word, None for no exception). Returns 0.
extern "C" fn h_pop_except(ctx: *mut c_void, prev: u64) -> i64 {
    let vm = cx(ctx).vm();
    let p = Value::from_raw(prev);
    let new = if vm.is_none(&p) { None } else { Some(p) };
    let old = std::mem::replace(&mut vm.handled_exc, new);
    drop(old);
    0
}

/// CHECK_EXC_MATCH: 1 if `exc` matches the `except` operand `ty`, else 0;
/// `ERR_WORD` (TypeError) for an operand that is not an exception class.
extern "C" fn h_exc_match(ctx: *mut c_void, exc: u64, ty: u64) -> u64 {
    let c = cx(ctx);
    match c.vm().exception_matches(&b(exc), &b(ty)) {
        Ok(m) => m as u64,
        Err(e) => c.fail(e),
    }
}

/// SEND: `recv.send(v)` (or `next`); writes the yielded value (returns 1)
/// or the return value (returns 2) into slot `out`, owned; `ERR_WORD` on
/// error.
extern "C" fn h_send(ctx: *mut c_void, recv: u64, v: u64, out: i64) -> u64 {
    let c = cx(ctx);
    match c.vm().send(&b(recv), own(v)) {
        Ok(Ok(y)) => {
            c.set_slot(out as u32, y.into_raw());
            1
        }
        Ok(Err(r)) => {
            c.set_slot(out as u32, r.into_raw());
            2
        }
        Err(e) => c.fail(e),
    }
}

/// Raises UnboundLocalError for local `arg`; always returns `ERR_WORD`.
extern "C" fn h_unbound_local(ctx: *mut c_void, arg: i64) -> u64 {
    let c = cx(ctx);
    let name = c.frame().code.varnames[arg as usize].clone();
    c.fail(crate::vm::names::unbound_local(&name))
}

/// Ctrl-C check at loop back-edges: 1, or `ERR_WORD` with KeyboardInterrupt.
extern "C" fn h_check_interrupt(ctx: *mut c_void) -> u64 {
    let c = cx(ctx);
    if crate::vm::interrupt::take_interrupt() {
        return c.fail(PyErr::new_empty(&t().named("KeyboardInterrupt")));
    }
    1
}

/// A safe point in compiled code: runs the `__del__` methods of objects
/// freed so far (compiled code calls this when the pending flag is set).
extern "C" fn h_safepoint(ctx: *mut c_void) -> u64 {
    let c = cx(ctx);
    c.vm().run_finalizers();
    1
}

/// `-X jit=stress`: 1 when compiled code should leave now (every few calls).
extern "C" fn h_stress(ctx: *mut c_void) -> i64 {
    let c = cx(ctx);
    c.stress = c.stress.wrapping_add(1);
    (c.stress % 5 == 0) as i64
}

/// Ids of the helpers in the table built by [`helper_table`].
#[derive(Clone, Copy, Debug)]
#[allow(missing_docs)]
pub struct Helpers {
    /// The first of the math kernels' helpers (see `math_kernels`).
    pub math_kernels: pyrite_jit::abi::HelperId,
    pub binary_op: pyrite_jit::abi::HelperId,
    pub binary_op_into_local: pyrite_jit::abi::HelperId,
    pub tuple_add_one: pyrite_jit::abi::HelperId,
    pub slice_subscr: pyrite_jit::abi::HelperId,
    pub compare_op: pyrite_jit::abi::HelperId,
    pub truthy: pyrite_jit::abi::HelperId,
    pub unary: pyrite_jit::abi::HelperId,
    pub contains: pyrite_jit::abi::HelperId,
    pub load_global: pyrite_jit::abi::HelperId,
    pub load_name: pyrite_jit::abi::HelperId,
    pub store_name: pyrite_jit::abi::HelperId,
    pub store_global: pyrite_jit::abi::HelperId,
    pub load_attr: pyrite_jit::abi::HelperId,
    pub store_attr: pyrite_jit::abi::HelperId,
    pub load_method: pyrite_jit::abi::HelperId,
    pub load_attr_nf: pyrite_jit::abi::HelperId,
    pub load_method_nf: pyrite_jit::abi::HelperId,
    pub store_attr_nf: pyrite_jit::abi::HelperId,
    pub truthy_nf: pyrite_jit::abi::HelperId,
    pub getitem: pyrite_jit::abi::HelperId,
    pub setitem: pyrite_jit::abi::HelperId,
    pub delitem: pyrite_jit::abi::HelperId,
    pub call: pyrite_jit::abi::HelperId,
    pub call_known: pyrite_jit::abi::HelperId,
    pub call_builtin: pyrite_jit::abi::HelperId,
    pub native_exit: pyrite_jit::abi::HelperId,
    pub new_instance: pyrite_jit::abi::HelperId,
    pub call_init: pyrite_jit::abi::HelperId,
    pub init_not_none: pyrite_jit::abi::HelperId,
    pub binary_op_rest: pyrite_jit::abi::HelperId,
    pub num_op: pyrite_jit::abi::HelperId,
    pub build: pyrite_jit::abi::HelperId,
    pub list_append: pyrite_jit::abi::HelperId,
    pub get_iter: pyrite_jit::abi::HelperId,
    pub for_iter: pyrite_jit::abi::HelperId,
    pub range_next: pyrite_jit::abi::HelperId,
    pub set_has_int: pyrite_jit::abi::HelperId,
    pub set_update: pyrite_jit::abi::HelperId,
    pub call_comp: pyrite_jit::abi::HelperId,
    pub builtin_len: pyrite_jit::abi::HelperId,
    pub unpack: pyrite_jit::abi::HelperId,
    pub format: pyrite_jit::abi::HelperId,
    pub build_string: pyrite_jit::abi::HelperId,
    pub load_deref: pyrite_jit::abi::HelperId,
    pub unbound_local: pyrite_jit::abi::HelperId,
    pub exec: pyrite_jit::abi::HelperId,
    pub catch: pyrite_jit::abi::HelperId,
    pub push_exc_info: pyrite_jit::abi::HelperId,
    pub pop_except: pyrite_jit::abi::HelperId,
    pub exc_match: pyrite_jit::abi::HelperId,
    pub send: pyrite_jit::abi::HelperId,
    pub set_add: pyrite_jit::abi::HelperId,
    pub make_function: pyrite_jit::abi::HelperId,
    pub map_add: pyrite_jit::abi::HelperId,
    pub build_slice: pyrite_jit::abi::HelperId,
    pub check_interrupt: pyrite_jit::abi::HelperId,
    pub stress: pyrite_jit::abi::HelperId,
    pub safepoint: pyrite_jit::abi::HelperId,
}

/// Builds the helper table and the ids the translator uses.
pub fn helper_table() -> (HelperTable, Helpers) {
    use AbiType::{Ptr, Word, I64};
    let mut t = HelperTable::new();
    let w = |p: &[AbiType]| Signature::new(p, Some(Word)).fallible(ERR_WORD);
    let plain = |p: &[AbiType], r: AbiType| Signature::new(p, Some(r));
    t.add(pyrite_jit::abi::HELPER_DEALLOC, h_dealloc as *const u8, Signature::new(&[Word], None));
    t.add(pyrite_jit::abi::HELPER_BOX_BIG_INT, h_box_big_int as *const u8, Signature::new(&[I64], Some(Word)).fallible(0));
    let h = Helpers {
        binary_op: t.add("binary_op", h_binary_op as *const u8, w(&[Ptr, Word, Word, I64, I64])),
        binary_op_into_local: t.add("binary_op_into_local", h_binary_op_into_local as *const u8, w(&[Ptr, Word, Word, I64, I64])),
        slice_subscr: t.add("slice_subscr", super::translate_fused::h_slice_subscr as *const u8, w(&[Ptr, Word, Word, Word])),
        tuple_add_one: t.add("tuple_add_one", super::translate_fused::h_tuple_add_one as *const u8, w(&[Ptr, Word, Word, I64, I64, I64])),
        compare_op: t.add("compare_op", h_compare_op as *const u8, w(&[Ptr, Word, Word, I64])),
        truthy: t.add("truthy", h_truthy as *const u8, Signature::new(&[Ptr, Word], Some(I64)).fallible(ERR_WORD)),
        unary: t.add("unary", h_unary as *const u8, w(&[Ptr, Word, I64])),
        contains: t.add("contains", h_contains as *const u8, w(&[Ptr, Word, Word, I64])),
        load_global: t.add("load_global", h_load_global as *const u8, w(&[Ptr, I64, I64])),
        load_name: t.add("load_name", h_load_name as *const u8, w(&[Ptr, I64, I64])),
        store_name: t.add("store_name", h_store_name as *const u8, w(&[Ptr, I64, Word])),
        store_global: t.add("store_global", h_store_global as *const u8, w(&[Ptr, I64, Word])),
        load_attr: t.add("load_attr", h_load_attr as *const u8, w(&[Ptr, Word, I64, I64])),
        store_attr: t.add("store_attr", h_store_attr as *const u8, w(&[Ptr, Word, I64, Word, I64])),
        load_method: t.add("load_method", h_load_method as *const u8, w(&[Ptr, Word, I64, I64, I64])),
        load_attr_nf: t.add("load_attr_nf", super::helpers_frameless::h_load_attr_nf as *const u8, w(&[Ptr, Word, I64, I64, I64])),
        load_method_nf: t.add("load_method_nf", super::helpers_frameless::h_load_method_nf as *const u8, w(&[Ptr, Word, I64, I64, I64])),
        store_attr_nf: t.add("store_attr_nf", super::helpers_frameless::h_store_attr_nf as *const u8, w(&[Ptr, Word, I64, Word, I64, I64])),
        truthy_nf: t.add("truthy_nf", super::helpers_frameless::h_truthy_nf as *const u8, Signature::new(&[Ptr, Word], Some(I64)).fallible(ERR_WORD)),
        getitem: t.add("getitem", h_getitem as *const u8, w(&[Ptr, Word, Word])),
        setitem: t.add("setitem", h_setitem as *const u8, w(&[Ptr, Word, Word, Word])),
        delitem: t.add("delitem", h_delitem as *const u8, w(&[Ptr, Word, Word])),
        call: t.add("call", h_call as *const u8, w(&[Ptr, I64, I64, Word, I64])),
        call_known: t.add("call_known", h_call_known as *const u8, w(&[Ptr, I64, I64, I64, I64])),
        call_builtin: t.add("call_builtin", h_call_builtin as *const u8, w(&[Ptr, I64, I64, I64])),
        num_op: t.add("num_op", h_num_op as *const u8, w(&[Ptr, Word, Word, I64, I64])),
        native_exit: t.add("native_exit", h_native_exit as *const u8, w(&[Ptr, Ptr, I64, Word, I64, I64])),
        new_instance: t.add("new_instance", h_new_instance as *const u8, plain(&[Ptr, Word], Word)),
        call_init: t.add("call_init", h_call_init as *const u8, w(&[Ptr, Word, I64, I64, I64, I64])),
        init_not_none: t.add("init_not_none", h_init_not_none as *const u8, w(&[Ptr, Word])),
        binary_op_rest: t.add("binary_op_rest", h_binary_op_rest as *const u8, w(&[Ptr, Word, Word, I64])),
        build: t.add("build", h_build as *const u8, w(&[Ptr, I64, I64, I64])),
        list_append: t.add("list_append", h_list_append as *const u8, w(&[Ptr, Word, Word])),
        get_iter: t.add("get_iter", h_get_iter as *const u8, w(&[Ptr, Word])),
        for_iter: t.add("for_iter", h_for_iter as *const u8, w(&[Ptr, Word])),
        range_next: t.add("range_next", h_range_next as *const u8, plain(&[Word], I64)),
        builtin_len: t.add("builtin_len", super::translate_builtins::h_builtin_len as *const u8, plain(&[Word], I64)),
        call_comp: t.add("call_comp", super::translate_comp::h_call_comp as *const u8, w(&[Ptr, I64, I64, Word, I64])),
        set_update: t.add("set_update", super::translate_sets::h_set_update as *const u8, plain(&[Word, Word, Word, I64], I64)),
        set_has_int: t.add("set_has_int", super::translate_sets::h_set_has_int as *const u8, plain(&[Word, I64], I64)),
        unpack: t.add("unpack", h_unpack as *const u8, w(&[Ptr, Word, I64, I64])),
        format: t.add("format", h_format as *const u8, w(&[Ptr, Word, Word, I64])),
        build_string: t.add("build_string", h_build_string as *const u8, w(&[Ptr, I64, I64])),
        load_deref: t.add("load_deref", h_load_deref as *const u8, w(&[Ptr, I64])),
        unbound_local: t.add("unbound_local", h_unbound_local as *const u8, w(&[Ptr, I64])),
        exec: t.add("exec", h_exec as *const u8, Signature::new(&[Ptr, I64, I64, I64], Some(I64)).fallible(ERR_WORD)),
        catch: t.add("catch", h_catch as *const u8, plain(&[Ptr, I64, I64, I64, I64], Word)),
        push_exc_info: t.add("push_exc_info", h_push_exc_info as *const u8, plain(&[Ptr, Word], Word)),
        pop_except: t.add("pop_except", h_pop_except as *const u8, plain(&[Ptr, Word], I64)),
        exc_match: t.add("exc_match", h_exc_match as *const u8, Signature::new(&[Ptr, Word, Word], Some(I64)).fallible(ERR_WORD)),
        send: t.add("send", h_send as *const u8, Signature::new(&[Ptr, Word, Word, I64], Some(I64)).fallible(ERR_WORD)),
        set_add: t.add("set_add", h_set_add as *const u8, w(&[Ptr, Word, Word])),
        make_function: t.add("make_function", h_make_function as *const u8, w(&[Ptr, I64, I64])),
        map_add: t.add("map_add", h_map_add as *const u8, w(&[Ptr, Word, Word, Word])),
        build_slice: t.add("build_slice", h_build_slice as *const u8, w(&[Ptr, Word, Word, Word])),
        check_interrupt: t.add("check_interrupt", h_check_interrupt as *const u8, w(&[Ptr])),
        stress: t.add("stress", h_stress as *const u8, plain(&[Ptr], I64)),
        safepoint: t.add("safepoint", h_safepoint as *const u8, plain(&[Ptr], I64)),
        math_kernels: math_kernels(&mut t),
    };
    (t, h)
}

/// Adds the math module's float kernels (`math::FLOAT_KERNELS`, in their
/// order, so kernel `i` is helper `first + i`) and gives the first's id.
fn math_kernels(t: &mut HelperTable) -> pyrite_jit::abi::HelperId {
    let sig = Signature::new(&[AbiType::F64], Some(AbiType::F64));
    let ids: Vec<_> = crate::stdlib::math::FLOAT_KERNELS.iter().map(|k| t.add(&format!("math_{}", k.name), k.kernel as *const u8, sig.clone())).collect();
    debug_assert!(ids.windows(2).all(|w| w[1].0 == w[0].0 + 1));
    ids[0]
}

/// Runs compiled code on the frame whose slot array is `ctx.slots` and
/// gives back its raw result word: a Value word, or an exit status that
/// `CompiledCode::finish_exit` must finish (once).
#[inline(always)]
pub fn call_compiled_raw(code: &pyrite_jit::CompiledCode, ctx: &mut JitCtx) -> u64 {
    let slots = ctx.slots;
    // SAFETY: as for `call_compiled`.
    unsafe { (code.entry())(slots, (ctx as *mut JitCtx).cast::<c_void>()) }
}

/// Runs compiled code on the frame whose slot array is `ctx.slots`.
#[inline]
pub fn call_compiled(code: &pyrite_jit::CompiledCode, ctx: &mut JitCtx) -> pyrite_jit::ExitStatus {
    let slots = ctx.slots;
    // SAFETY: `slots` is the frame's slot array from `enter_compiled`, with
    // room for the code's locals, cells and whole stack (the IR's
    // `num_slots`); `ctx` outlives the call; `code` is alive for the call.
    unsafe { code.call(slots, (ctx as *mut JitCtx).cast::<c_void>()) }
}
