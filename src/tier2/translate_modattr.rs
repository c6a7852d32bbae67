//! Module attributes in compiled code: `m.name` and `m.name(...)` where `m`
//! is a global bound to a module (`math.sqrt(x)`), at sites the
//! interpreter has specialized as `LOAD_ATTR_MODULE` / `LOAD_METHOD_MODULE`.
//!
//! The module's namespace entry is read in place, like a global
//! (`translate_globals`), under guards that also prove the addresses
//! compiled in are still valid (any failure takes the helper, which runs
//! the instruction as the interpreter would; never an exit):
//! 1. the globals dict's keys version is unchanged (the globals dict lives
//!    as long as the compiled code, `Compiled::globals`), so the global's
//!    value word is where it was;
//! 2. that global still holds the module seen at compile time, so the
//!    module (and its namespace dict, a field it never changes) is alive;
//! 3. the object is that module (usually the very value just loaded);
//! 4. the module dict's keys version is unchanged, so the attribute's entry
//!    is where it was; its value word is read at each execution, so
//!    rebinding `m.name` is seen at once.

use pyrite_jit::ir::{Block, Cmp, Type};

use super::translate::{Tr, V};
use crate::bytecode::Op;
use crate::object::{DictData, ModuleData};

/// The addresses a module-attribute fast path reads (see the module docs).
pub(super) struct ModSite {
    /// Globals dict keys-version counter and its value at compile time.
    globals_version: (*const u64, u64),
    /// The global's value word.
    global_slot: *const u64,
    /// The module's address.
    module: u64,
    /// Module dict keys-version counter and its value at compile time.
    module_version: (*const u64, u64),
    /// The attribute's value word.
    value: *const u64,
}

impl Tr<'_> {
    /// The fast-path addresses when the current instruction has the
    /// specialized form `form`, follows a LOAD_GLOBAL of a module, and its
    /// cache names that module and an entry of its dict.
    pub(super) fn module_site(&self, form: Op) -> Option<ModSite> {
        if self.ip == 0 || self.code.instrs[self.ip].op.get() != form {
            return None;
        }
        let prev = &self.code.instrs[self.ip - 1];
        if prev.op.get().generic() != Op::LoadGlobal || prev.arg & 1 != 0 {
            return None;
        }
        let gname = &self.consts[self.code.consts.len() + (prev.arg >> 1) as usize];
        let g = self.opts.globals.downcast::<DictData>()?;
        let gix = g.name_index(gname)?;
        let m = g.value_at(gix)?;
        let cache = &self.code.inline_caches()[self.ip];
        if m.raw() != cache.key.get() {
            return None;
        }
        let md = m.downcast::<ModuleData>()?.dict.downcast::<DictData>()?;
        if md.keys_version() != cache.key2.get() {
            return None;
        }
        Some(ModSite {
            globals_version: (g.keys_version_ptr(), g.keys_version()),
            global_slot: g.value_ptr(gix)?,
            module: m.raw(),
            module_version: (md.keys_version_ptr(), md.keys_version()),
            value: md.value_ptr(cache.index.get() as usize)?,
        })
    }

    /// Emits the guards of `site` for object word `w` (failures go to
    /// `slow`) and returns the attribute's value word (borrowed).
    pub(super) fn module_attr_guards(&mut self, w: V, site: &ModSite, slow: Block) -> V {
        let counter = |t: &mut Self, (ptr, version): (*const u64, u64), slow: Block| {
            let p = t.f.const_boxed(ptr as u64);
            let now = t.f.load_field(p, 0, Type::I64);
            let want = t.f.const_i64(version as i64);
            t.guard_eq(now, want, slow);
        };
        counter(self, site.globals_version, slow);
        let gp = self.f.const_boxed(site.global_slot as u64);
        let held = self.f.load_field(gp, 0, Type::I64);
        let module = self.f.const_i64(site.module as i64);
        self.guard_eq(held, module, slow);
        let wi = self.f.word_to_i64(w);
        self.guard_eq(wi, module, slow);
        counter(self, site.module_version, slow);
        let vp = self.f.const_boxed(site.value as u64);
        self.f.load_field(vp, 0, Type::Boxed)
    }

    /// Goes on in a new block when `a == b` (I64s), else to `slow`.
    fn guard_eq(&mut self, a: V, b: V, slow: Block) {
        let same = self.f.int_cmp(Cmp::Eq, a, b);
        let next = self.f.create_block();
        self.f.branch(same, next, &[], slow, &[]);
        self.f.switch_to_block(next);
    }
}
