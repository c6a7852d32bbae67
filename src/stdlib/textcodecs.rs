//! `_textcodecs`: a private native module telling the Python `codecs`
//! module which text encodings `str.encode` / `bytes.decode` know and their
//! canonical names (CPython's `codecs.lookup(name).name`), so the encoding
//! tables live in one place (`types::str_codecs`).

use crate::error::PyResult;
use crate::object::*;
use crate::vm::Vm;

/// `canonical_name(encoding)`: the canonical name of a text encoding Pyrite
/// implements natively, or None.
fn canonical_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("canonical_name").positional(1, 1)?;
    let name = vm.str_string(&p[0])?;
    Ok(match crate::types::str_codecs::canonical_name(&name) {
        Some(c) => vm.str(c),
        None => vm.none(),
    })
}

/// Creates the module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let m = crate::vm::import::new_module(vm, "_textcodecs");
    let d = m.downcast::<ModuleData>().expect("module").dict.clone();
    let dd = d.downcast::<DictData>().expect("dict");
    let v = vm.builtin_fn("canonical_name", canonical_name);
    dd.set_str(vm.name("canonical_name"), v);
    Ok(m)
}
