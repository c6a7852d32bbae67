//! `_re` scanners: the lazy state behind `Pattern.scanner()`,
//! `finditer` and `sub` with a callable replacement. A scanner keeps the
//! program, the subject and the position reached; each `_re.step` runs one
//! `match` or `search` from there, so nothing past the returned match is
//! ever examined.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::*;
use crate::vm::Vm;

use super::engine::{Matcher, Mode};
use super::native::{clamp, found_tuple, keyboard_interrupt, with_prog};

/// The subject as the matcher sees it, converted once.
enum Text {
    /// ASCII str or bytes: read in place from the held object.
    InPlace,
    /// A non-ASCII str by code points.
    Wide(Vec<u32>),
    /// A snapshot of a bytearray.
    Owned(Vec<u8>),
}

struct ScanState {
    prog: Value,
    subject: Value,
    text: Text,
    pos: usize,
    endpos: usize,
    must_advance: bool,
    done: bool,
}

impl NativeState for ScanState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.prog);
        visit(&self.subject);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn scanner_type() -> Value {
    static INSTALLED: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    INSTALLED.get_or_init(|| {
        crate::object::registry::new_builtin_subtype::<StateData>("Scanner", "_re.Scanner", "_re", &crate::object::registry::t().object, 0);
    });
    crate::object::registry::t().named("_re.Scanner")
}

/// `_re.scanner(program, string, pos, endpos)`: a new scanner object.
pub(super) fn r_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("scanner").positional(4, 4)?;
    let is_bytes = with_prog(vm, &p[0], |c| c.is_bytes)?;
    let subject = p[1].clone();
    let (text, len) = if let Some(s) = subject.downcast::<StrData>() {
        if is_bytes {
            return Err(type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.is_ascii() {
            (Text::InPlace, s.s.len())
        } else {
            let w: Vec<u32> = s.s.chars().map(|c| c as u32).collect();
            let n = w.len();
            (Text::Wide(w), n)
        }
    } else if let Some(b) = subject.downcast::<BytesData>() {
        (Text::InPlace, b.0.len())
    } else if let Some(b) = subject.downcast::<ByteArrayData>() {
        let v = b.0.borrow().clone();
        let n = v.len();
        (Text::Owned(v), n)
    } else {
        return Err(type_error(format!("expected string or bytes-like object, got '{}'", vm.type_name(&subject))));
    };
    if !is_bytes && subject.downcast::<StrData>().is_none() {
        return Err(type_error("cannot use a string pattern on a bytes-like object"));
    }
    let pos = clamp(vm, &p[2], len)?;
    let endpos = clamp(vm, &p[3], len)?;
    let st = ScanState { prog: p[0].clone(), subject, text, pos, endpos, must_advance: false, done: false };
    Ok(alloc(&scanner_type(), StateData::new(st), None))
}

/// Runs one step of `st` over `text`.
fn step_over<C: Copy + Into<u32>>(c: &super::native::Compiled, st: &mut ScanState, text: &[C], mode: Mode) -> (Option<super::engine::Found>, bool) {
    let mut m = Matcher::new(&c.prog, text, st.endpos);
    let f = m.find(st.pos, mode, st.must_advance);
    match &f {
        Some(f) => {
            st.must_advance = f.caps[1] == f.caps[0];
            st.pos = f.caps[1];
        }
        None => st.done = true,
    }
    (f, m.interrupted())
}

/// `_re.step(scanner, mode)` with mode 0 match, 2 search: the next flat
/// match tuple, or None (and None forever after) when there is no match.
pub(super) fn r_step(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("step").positional(2, 2)?;
    let mode = if vm.index_to_i64(&p[1], "mode")? == 0 { Mode::Match } else { Mode::Search };
    let Some(sd) = p[0].downcast::<StateData>() else {
        return Err(type_error("step: expected a scanner"));
    };
    let res = sd.with_mut::<ScanState, PyResult<(Option<super::engine::Found>, bool)>>(|st| {
        if st.done {
            return Ok((None, false));
        }
        let prog = st.prog.clone();
        let subject = st.subject.clone();
        with_prog(vm, &prog, |c| match std::mem::replace(&mut st.text, Text::InPlace) {
            Text::InPlace => {
                let bytes: &[u8] = match (subject.downcast::<StrData>(), subject.downcast::<BytesData>()) {
                    (Some(s), _) => s.s.as_bytes(),
                    (_, Some(b)) => &b.0,
                    _ => &[],
                };
                step_over(c, st, bytes, mode)
            }
            Text::Wide(w) => {
                let r = step_over(c, st, &w, mode);
                st.text = Text::Wide(w);
                r
            }
            Text::Owned(o) => {
                let r = step_over(c, st, &o, mode);
                st.text = Text::Owned(o);
                r
            }
        })
    });
    let (found, stopped) = match res {
        Some(r) => r?,
        None => return Err(type_error("step: expected a scanner")),
    };
    if stopped {
        return Err(keyboard_interrupt());
    }
    Ok(match found {
        Some(f) => found_tuple(vm, &f),
        None => vm.none(),
    })
}
