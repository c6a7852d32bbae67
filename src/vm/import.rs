//! The import system: `import a.b.c`, `from x import y`, relative imports,
//! packages, `sys.path` search, `sys.modules` caching, native modules.
//! OWNER: builtins helper.

use crate::error::PyResult;
use crate::object::Value;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// IMPORT_NAME.
    pub fn import_name(&mut self, f: &Frame, name: &str, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let _ = (f, name, fromlist, level);
        todo!("import_name")
    }
    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        let _ = (module, name);
        todo!("import_from")
    }
    /// IMPORT_STAR.
    pub fn import_star(&mut self, f: &mut Frame, module: &Value) -> PyResult<()> {
        let _ = (f, module);
        todo!("import_star")
    }
}
