//! Subscripting (`a[i]`, `a[i] = v`, `del a[i]`), membership (`in`),
//! sequence unpacking, the `*`/`**` unpacking helpers of calls and displays,
//! and the `match` statement's structural tests.
//! OWNER: numeric/ops helper.

use crate::error::PyResult;
use crate::object::Value;

use super::frame::Frame;
use super::Vm;

impl Vm {
    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let _ = (obj, key);
        todo!("getitem")
    }
    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        let _ = (obj, key, v);
        todo!("setitem")
    }
    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        let _ = (obj, key);
        todo!("delitem")
    }
    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let _ = (container, item);
        todo!("contains")
    }
    /// UNPACK_SEQUENCE: pushes exactly `n` items, first on top.
    pub fn unpack_sequence(&mut self, f: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
        let _ = (f, seq, n);
        todo!("unpack_sequence")
    }
    /// UNPACK_EX: `before` items, a list of the rest, `after` items; first on top.
    pub fn unpack_ex(&mut self, f: &mut Frame, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let _ = (f, seq, before, after);
        todo!("unpack_ex")
    }
    /// LIST_EXTEND (for `[*a, *b]` and `f(*a)`): TypeError `Value after * must be an iterable, not int` style messages.
    pub fn list_extend_for_unpack(&mut self, list: &Value, it: &Value) -> PyResult<()> {
        let _ = (list, it);
        todo!("list_extend_for_unpack")
    }
    /// DICT_UPDATE / DICT_MERGE (`func` given: duplicate keys are an error naming it).
    pub fn dict_update_for_unpack(&mut self, d: &Value, m: &Value, func: Option<&Value>) -> PyResult<()> {
        let _ = (d, m, func);
        todo!("dict_update_for_unpack")
    }
    /// MATCH_MAPPING
    pub fn match_mapping(&self, v: &Value) -> bool {
        let _ = v;
        todo!("match_mapping")
    }
    /// MATCH_SEQUENCE
    pub fn match_sequence(&self, v: &Value) -> bool {
        let _ = v;
        todo!("match_sequence")
    }
    /// MATCH_KEYS: tuple of values for `keys`, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let _ = (subject, keys);
        todo!("match_keys")
    }
    /// MATCH_CLASS: tuple of matched attributes, or None.
    pub fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult<Value> {
        let _ = (subject, cls, npos, names);
        todo!("match_class")
    }
}
