//! The object model: the `Value` word, heap object headers, type objects and
//! one file per builtin type.

pub mod header;
pub mod typeobj;
pub mod value;

pub use header::{InstanceExt, Kind, Obj, ObjData, ValueCell};
pub use typeobj::TypeData;
pub use value::Value;
