//! The `builtins` module: builtin functions (one file per family) and the
//! builtin names bound to types and exceptions.
//! OWNER: builtins helper.

use crate::vm::Vm;

/// Fills `vm.builtins` and registers native modules (`sys`, `math`, `time`).
pub fn install(vm: &mut Vm) {
    let _ = vm;
}
