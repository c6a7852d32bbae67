//! Methods of the builtin types, one file per type family, each with an
//! `install()` that adds its methods to the type's namespace.

/// Installs every builtin type's methods (once per process).
pub fn install_all() {
    list::install();
    tuple::install();
    dict::install();
    set::install();
    range::install();
    slice::install();
    iterators::install();
}
pub mod dict;
pub mod iterators;
pub mod list;
pub mod range;
pub mod set;
pub mod slice;
pub mod tuple;
