//! The two instructions of `except*` (PEP 654), as CPython 3.11 runs them:
//! CHECK_EG_MATCH splits the exception being handled by one clause's type,
//! PREP_RERAISE_STAR computes what the statement re-raises. The group
//! logic itself lives in `types/exception_group.rs`.

use crate::bytecode::Op;
use crate::error::PyResult;
use crate::object::*;
use crate::types::exception_group::{eg_match, prep_reraise_star};

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// Runs CHECK_EG_MATCH or PREP_RERAISE_STAR on `f`.
    pub fn exec_except_star(&mut self, f: &mut Frame, op: Op) -> PyResult<()> {
        match op {
            Op::CheckEgMatch => {
                let ty = f.pop();
                let exc = f.pop();
                let (rest, matched) = eg_match(self, &exc, &ty)?;
                if !self.is_none(&matched) {
                    // The clause body handles the matched part (what
                    // `sys.exception()` shows and what chains as context).
                    self.handled_exc = Some(matched.clone());
                }
                f.push(rest);
                f.push(matched);
            }
            _ => {
                let list = f.pop();
                let orig = f.pop();
                let excs = list.downcast::<ListData>().map(|l| l.0.borrow().clone()).unwrap_or_default();
                let r = prep_reraise_star(self, &orig, &excs)?;
                f.push(r);
            }
        }
        Ok(())
    }
}
