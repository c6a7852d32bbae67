//! range: builtin type methods (in progress).

/// Installs the methods.
pub fn install() {}
