//! Generator code enters at its resume points: generator code compiled
//! from ip 0 (`Options::resumes`) starts with a dispatch on the ip the
//! frame resumes at (`JitCtx::resume_ip`): 0 for its first run, else the
//! instruction after the YIELD_VALUE it suspended at, whose block then
//! takes the frame's stack (the sent value on top) from the slots as an
//! on-stack-replacement entry does. One compile serves every resumption,
//! and resuming needs no lookup by ip (`gen_entry`).

use std::mem::offset_of;

use pyrite_jit::ir::{Cmp, Type};

use super::helpers::JitCtx;
use super::translate::{Av, Tr};

impl Tr<'_> {
    /// Emits the dispatch to the resume points in the entry block (the
    /// current block); the ip-0 way is left current. Returns the resume
    /// points, in ip order.
    pub(super) fn dispatch_resumes(&mut self) -> Vec<u32> {
        let resumes = self.an.resumes.clone();
        if resumes.is_empty() {
            return Vec::new();
        }
        let ctx = self.f.vm_ctx();
        let cw = self.f.i64_to_word(ctx);
        let at = self.f.load_field(cw, offset_of!(JitCtx, resume_ip) as i32, Type::I64);
        for &(ip, depth) in &resumes {
            let (here, next) = (self.f.create_block(), self.f.create_block());
            let k = self.f.const_i64(i64::from(ip));
            let is = self.f.int_cmp(Cmp::Eq, at, k);
            self.f.branch(is, here, &[], next, &[]);
            self.f.switch_to_block(here);
            self.ip = ip as usize;
            self.known.clear();
            self.stack = (0..depth).map(|i| Av::Owned(self.f.load_slot(self.base + i))).collect();
            self.jump_to(ip as usize);
            self.f.switch_to_block(next);
        }
        self.ip = 0;
        self.known.clear();
        self.stack.clear();
        resumes.into_iter().map(|(ip, _)| ip).collect()
    }
}
