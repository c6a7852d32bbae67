//! Locals carried across blocks: the int and float locals predicted at a
//! block start arrive there unboxed, as block parameters after the stack
//! (`Tr::block_for` adds them, `Tr::jump_to` passes them,
//! `Tr::translate_block` makes them known), instead of being reloaded from
//! the frame and guarded again in every block.

use super::infer::Ty;
use super::translate::{Av, SpecSite, Tr, V};

impl Tr<'_> {
    /// The locals the block at `ip` carries (see `carried_locals`).
    pub(super) fn carried_at(&mut self, ip: usize) -> Vec<(u32, Ty)> {
        self.block_for(ip);
        self.carried.get(&ip).cloned().unwrap_or_default()
    }

    /// The fast locals the block at `ip` receives unboxed: those predicted
    /// int or float there (and speculated on), loaded somewhere, never
    /// deleted. Every way in guards them, so the block needs no guard.
    pub(super) fn carried_locals(&self, ip: usize) -> Vec<(u32, Ty)> {
        let Some(Some(types)) = self.types.at_block.get(ip) else { return Vec::new() };
        types
            .iter()
            .enumerate()
            .filter(|&(i, ty)| {
                matches!(ty, Ty::Int | Ty::Float)
                    && self.loaded.get(i).copied().unwrap_or(false)
                    && !self.maybe_deleted[i]
                    && !self.opts.unspeculated.contains(&(i as u32))
            })
            .map(|(i, ty)| (i as u32, *ty))
            .collect()
    }

    /// Local `i` unboxed as `ty` for a jump to `ip` (with stack `stack`):
    /// what this block knows, or the slot's word guarded (a failing guard
    /// resumes at `ip`; the slots are up to date there, but for the
    /// stale locals the frame state lists).
    pub(super) fn carried_value(&mut self, i: u32, ty: Ty, ip: usize, stack: &[Av]) -> V {
        match (self.known.get(&i).copied(), ty) {
            (Some(Av::Int(v)), Ty::Int) | (Some(Av::Float(v)), Ty::Float) => return v,
            _ => {}
        }
        let w = match self.known.get(&i).copied() {
            Some(Av::Borrowed(w, Some(s))) if s == i => w,
            _ => self.f.load_slot(i),
        };
        let st = self.state_at(ip, stack);
        let v = if ty == Ty::Int { self.f.guard_int(w, st) } else { self.f.guard_float(w, st) };
        self.spec_sites.insert(self.f.exits.len() as u32 - 1, SpecSite::Local(i));
        v
    }
}
