//! The object model: the `Value` word, heap object headers, type objects,
//! the registry of builtin types, and one file per builtin layout.

pub mod bodies;
pub mod dict;
pub mod exception;
pub mod generator;
pub mod hashing;
pub mod header;
pub mod iter;
pub mod registry;
pub mod set;
pub mod str;
pub mod typeobj;
pub mod value;

pub use bodies::*;
pub use dict::DictData;
pub use exception::ExceptionData;
pub use header::{alloc, InstanceExt, Kind, Obj, ObjData, ValueCell};
pub use registry::t;
pub use set::SetData;
pub use typeobj::TypeData;
pub use value::Value;
