//! Code objects' constants as runtime values: materialized once per code
//! object (constants, then names) for the eval loop's LOAD_CONST and the
//! name-indexed instructions.

use crate::bytecode::Const;
use crate::object::*;

use super::Vm;

impl Vm {
    /// Materializes a code object's constants and names (once per code).
    pub fn const_values<'c>(&self, code: &'c crate::bytecode::Code) -> &'c [Value] {
        code.const_values.get_or_init(|| {
            let mut v: Vec<Value> = code.consts.iter().map(|c| self.const_value(c)).collect();
            v.extend(code.names.iter().map(|n| self.name(n)));
            v.into_boxed_slice()
        })
    }

    /// The runtime value of a constant.
    pub fn const_value(&self, c: &Const) -> Value {
        match c {
            Const::None => self.none(),
            Const::Bool(b) => self.bool(*b),
            Const::Int(i) => self.int(*i),
            Const::BigInt(b) => self.bigint(b.clone()),
            Const::Float(f) => Value::float(*f),
            Const::Complex(re, im) => alloc(&t().complex, ComplexData { re: *re, im: *im }, None),
            Const::Str(s) => {
                if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.name(s)
                } else {
                    self.str(&**s)
                }
            }
            Const::Bytes(b) => self.bytes(b.to_vec()),
            Const::Tuple(items) => self.tuple(items.iter().map(|c| self.const_value(c)).collect()),
            Const::FrozenSet(items) => {
                // As CPython's compiler: the frozenset of the items in source
                // order, then (merge_consts_recursive) rebuilt from that one's
                // iteration order, which is the table a constant set display
                // or `x in {...}` sees.
                let first = SetData::new();
                for c in items.iter() {
                    let item = self.const_value(c);
                    // Constants are hashable builtins: hashing cannot run Python code or fail.
                    let h = crate::vm::convert::native_hash(&item).expect("constant is hashable");
                    first.add_native(item, h);
                }
                let rebuilt = SetData::new();
                first.with_table(|t| {
                    for (h, item) in t.entries() {
                        rebuilt.add_native(item.clone(), h);
                    }
                });
                alloc(&t().frozenset, rebuilt, None)
            }
            Const::Ellipsis => t().ellipsis.clone(),
            Const::Code(code) => alloc(&t().code, CodeData(code.clone()), None),
        }
    }
}
