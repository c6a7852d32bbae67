//! Operating-system and data modules written in Python for Pyrite and
//! embedded in the binary: `os`, `posixpath` (`os.path`), `io`, `datetime` (with `_dtcore`),
//! `tempfile`, `shutil`, `pathlib`, `csv`, `fnmatch`, `stat`, `glob` (sources in `pysrc/`).

use crate::error::PyResult;
use crate::object::Value;
use crate::vm::Vm;

/// The embedded Python source of module `name`, if it is one of these.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "os" => include_str!("pysrc/os.py"),
        "posixpath" => include_str!("pysrc/posixpath.py"),
        "io" => include_str!("pysrc/io.py"),
        "datetime" => include_str!("pysrc/datetime.py"),
        "_dtcore" => include_str!("pysrc/_dtcore.py"),
        "tempfile" => include_str!("pysrc/tempfile.py"),
        "shutil" => include_str!("pysrc/shutil.py"),
        "pathlib" => include_str!("pysrc/pathlib.py"),
        "csv" => include_str!("pysrc/csv.py"),
        "fnmatch" => include_str!("pysrc/fnmatch.py"),
        "stat" => include_str!("pysrc/stat.py"),
        "glob" => include_str!("pysrc/glob.py"),
        _ => return None,
    })
}

/// Creates module `name` from its embedded source.
pub fn make(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let src = source(name).unwrap_or("");
    super::pymod::module_from_source(vm, name, src)
}
