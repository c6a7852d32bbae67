//! Polymorphic attribute sites in compiled code: the type guards of a
//! LOAD_ATTR / STORE_ATTR / LOAD_METHOD fast path (`translate_attrs`) as an
//! inline chain over the site's entries, when the interpreter has kept
//! earlier entries for it (`InlineCache::poly`, see `vm::specialize`).
//!
//! A site that sees a few classes (subclasses sharing methods, say) has the
//! cache words of the last type it was re-keyed to in its main entry and
//! those of up to three other types in its `poly` entries. Each entry is
//! guard words (type address, type epoch) plus the words the body needs
//! (shape, index, value), in the same layout. The chain compares the
//! object's type and the thread's type epoch with each entry in turn, main
//! entry first, and passes the matching entry's address to one shared body
//! (the shape/index guards and the load or store, which read that entry's
//! words instead of the main entry's). No match takes the helper, which
//! runs the interpreter's miss logic (it may re-key the site or add an
//! entry; the chain reads the entries at run time, so it follows without
//! recompiling).
//!
//! The entries' box is made on a site's first re-keying and lives as long
//! as the code object (it is never replaced), so its address is compiled
//! in. A site compiled before it has one gets the monomorphic guards of
//! `translate_attrs::instance_guards`.
//!
//! Guards, in order (any failure calls the helper):
//! 1. the object is a heap object (pointer tag);
//! 2. the instruction's op byte is the specialized form, and (when `plain`)
//!    the type's instances keep their extension at `PLAIN_EXT_OFFSET`
//!    (one folded compare);
//! 3. for some entry, its `key` is the object's type address and its
//!    `key2` the current type epoch: that entry's class-side facts hold.

use pyrite_jit::ir::{Block, Cmp, Type};

use super::translate::{Tr, V};
use crate::bytecode::{InlineCache, Op};

impl Tr<'_> {
    /// The addresses of the current site's entries (main first), if it has
    /// earlier ones when the code is compiled.
    fn site_entries(&self) -> Option<Vec<u64>> {
        let cache = &self.code.inline_caches()[self.ip];
        let poly = cache.poly.get()?;
        let mut all = vec![cache as *const InlineCache as u64];
        all.extend(poly.iter().map(|e| e as *const InlineCache as u64));
        Some(all)
    }

    /// The guards of an instance-attribute fast path for object word `w`
    /// at the current instruction, specialized as `form` (see the module
    /// docs): the chain over the site's entries, or the monomorphic guards
    /// when it has only its main entry. Returns the matching entry's
    /// address and the object's type pointer.
    pub(super) fn site_guards(&mut self, w: V, form: Op, plain: bool, slow: Block) -> (V, V) {
        let Some(entries) = self.site_entries() else {
            return self.instance_guards(w, form, plain, slow);
        };
        let (diff, ty) = self.head_guards(w, form, plain, slow);
        let zero = self.imm(0);
        self.eq_or_slow(diff, zero, slow);
        let tyi = self.f.word_to_i64(ty);
        let epoch = self.type_epoch();
        let matched = self.f.create_block();
        let ca = self.f.append_block_param(matched, Type::Boxed);
        let last = entries.len() - 1;
        for (i, addr) in entries.into_iter().enumerate() {
            let e = self.f.const_boxed(addr);
            let d = self.entry_diff(e, tyi, epoch);
            let hit = self.f.int_cmp(Cmp::Eq, d, zero);
            let next = if i == last { slow } else { self.f.create_block() };
            self.f.branch(hit, matched, &[e], next, &[]);
            if i != last {
                self.f.switch_to_block(next);
            }
        }
        self.f.switch_to_block(matched);
        (ca, ty)
    }
}
