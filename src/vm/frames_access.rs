//! TEMPORARY: access to the running frame's namespaces for `globals()`,
//! `locals()`, `exec`/`eval` and `import`. The frame-stack owner replaces
//! these with the real thing; until then they answer `__main__`'s dict.

use crate::object::{DictData, ModuleData, Value};

use super::Vm;

impl Vm {
    /// The globals dict of the innermost running frame.
    pub fn current_globals(&mut self) -> Value {
        let main = self.modules.downcast::<DictData>().and_then(|d| d.get_str("__main__"));
        match main.as_ref().and_then(|m| m.downcast::<ModuleData>()) {
            Some(m) => m.dict.clone(),
            None => self.dict(),
        }
    }
    /// The locals mapping of the innermost frame, if it has one.
    pub fn current_locals(&mut self) -> Option<Value> {
        None
    }
}
