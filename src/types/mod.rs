//! Methods of the builtin types, one file per type family, each with an
//! `install()` that adds its methods to the type's namespace.

pub mod complex;
pub mod float;
pub mod int;

/// Installs every builtin type's methods (once per process).
pub fn install_all() {
    int::install();
    float::install();
    complex::install();
}
