//! Methods of the builtin types, one file per type family, each with an
//! `install()` that adds its methods to the type's namespace.

/// Installs every builtin type's methods (once per process).
pub fn install_all() {
    str::install();
    bytes::install();
}
pub mod bytes;
pub mod str;
pub mod str_methods;
pub mod str_split;
pub mod strformat;
