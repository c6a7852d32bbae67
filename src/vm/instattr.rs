//! Instance attributes kept inline (shape + values array, see
//! `object::shape`) until something needs the real `__dict__`.
//!
//! An instance of a user class with a `__dict__` starts with no dict and no
//! shape. Stores of exact-str names append to its values array and move it
//! along the shape tree; loads find the name's position in the shape.
//! The first request for the dict itself (`obj.__dict__`, `vars`, `dir`,
//! a deletion, a non-str name, too many attributes) materializes it: a real
//! dict with the same items in the same order, which from then on is the only
//! storage (the object never goes back to inline attributes).

use crate::object::header::Header;
use crate::object::shape::Shape;
use crate::object::*;

use super::Vm;

/// The instance extension of `h` if its attributes are inline (or it has
/// none yet): a user-class instance with a `__dict__` slot that holds no
/// dict. Instances of user exception classes qualify too: their dict lives
/// in `ExceptionData::dict`, and `exception_dict` (the only place that makes
/// it) also points the extension's slot at it, so a dict-backed exception
/// never looks inline here or to compiled code.
#[inline(always)]
pub fn inline_ext(h: &Header) -> Option<&InstanceExt> {
    let ext = h.ext()?;
    (h.type_data().has_dict && ext.dict.is_none()).then_some(ext)
}

/// The `__dict__` of an exception (`ExceptionData::dict`), made on first
/// use. For an instance of a user subclass, the attributes it kept inline
/// so far move into the new dict (same order), and its extension's dict
/// slot holds the same dict from then on (see `inline_ext`).
pub fn exception_dict(h: &Header, e: &ExceptionData) -> Value {
    if let Some(d) = e.dict.get() {
        return d;
    }
    let d = alloc(&t().dict, DictData::new(), None);
    if let Some(ext) = h.ext() {
        move_inline_into(ext, &d);
        ext.dict.set(Some(d.clone()));
    }
    e.dict.set(Some(d.clone()));
    d
}

/// Whether `name` is an exact `str` (only those are kept inline: a str
/// subclass key must survive as itself in the dict).
#[inline(always)]
pub fn exact_str(name: &Value) -> bool {
    name.as_header().is_some_and(|h| h.type_ptr() as u64 == t().str_.raw())
}

/// Looks `name` up among `obj`'s inline attributes: `Some(found)` when the
/// object's attributes are inline, `None` when its dict must be used.
#[inline]
pub fn inline_get(obj: &Value, name: &Value) -> Option<Option<Value>> {
    let ext = inline_ext(obj.as_header()?)?;
    if !exact_str(name) {
        return None;
    }
    Some(ext.attrs.shape().and_then(|s| s.find(name)).and_then(|i| ext.attrs.get(i)))
}

/// Stores `name = v` inline; gives `v` back when the object's attributes
/// are not inline or cannot stay inline (the caller then uses the dict,
/// which materializes it).
#[inline]
pub fn inline_set(obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
    let Some(ext) = obj.as_header().and_then(inline_ext) else { return Err(v) };
    if !exact_str(name) {
        return Err(v);
    }
    let shape = ext.attrs.shape().unwrap_or_else(Shape::root);
    if let Some(i) = shape.find(name) {
        drop(ext.attrs.replace(i, v));
        return Ok(());
    }
    match shape.add(name) {
        Some(next) => {
            ext.attrs.push(next, v);
            Ok(())
        }
        None => Err(v),
    }
}

/// The instance `__dict__` of `obj` if it has one, or has inline attributes
/// (moved into a real dict first: `exception_dict` for exceptions);
/// `None` when it has no attributes at all (no dict is made for it). For
/// reads: attribute lookups, and native code that reads an instance's
/// attributes as a dict.
pub fn existing_dict(vm: &Vm, obj: &Value) -> Option<Value> {
    let h = obj.as_header()?;
    let inline_any = |h: &Header| h.ext().is_some_and(|x| x.dict.is_none() && x.attrs.shape().is_some_and(|s| !s.is_empty()));
    match h.type_data().kind {
        Kind::Function => h.downcast::<FunctionData>()?.dict.get(),
        Kind::Module => Some(h.downcast::<ModuleData>()?.dict.clone()),
        Kind::Exception => {
            let e = h.downcast::<ExceptionData>()?;
            (e.dict.get().is_some() || inline_any(h)).then(|| exception_dict(h, e))
        }
        _ => {
            let ext = h.ext()?;
            if let Some(d) = ext.dict.get() {
                return Some(d);
            }
            let inline = inline_ext(h)?;
            inline_any(h).then(|| vm.materialize_dict(inline))
        }
    }
}

impl Vm {
    /// Builds the real dict of an object whose attributes are inline (same
    /// items, same order) and makes it the object's storage.
    pub(crate) fn materialize_dict(&self, ext: &InstanceExt) -> Value {
        let d = self.dict();
        move_inline_into(ext, &d);
        ext.dict.set(Some(d.clone()));
        d
    }
}

/// Moves `ext`'s inline attributes (if any) into the new dict `d`, in
/// their order; the object has none inline afterwards.
fn move_inline_into(ext: &InstanceExt, d: &Value) {
    if let Some((shape, vals)) = ext.attrs.take_all() {
        let dd = d.downcast::<DictData>().expect("dict");
        for (n, v) in shape.names().iter().zip(vals) {
            dd.set_name(n.clone(), v);
        }
    }
}
