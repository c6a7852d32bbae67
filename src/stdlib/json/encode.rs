//! The JSON encoder behind `json.dumps` / `JSONEncoder.encode`: walks the
//! value tree once and appends to one `String`, with CPython's output for
//! every option (indent, separators, sort_keys, ensure_ascii, allow_nan,
//! skipkeys, default, check_circular) and CPython's error messages.

use std::collections::HashSet;
use std::fmt::Write;

use crate::builtins::reflect::id_of;
use crate::error::PyResult;
use crate::object::exception::{recursion_error, type_error, value_error};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

/// How many container levels may still be entered before `RecursionError`:
/// like CPython, what is left of the recursion limit at the current Python
/// depth (capped so the Rust stack always suffices).
pub fn depth_budget(vm: &Vm) -> usize {
    vm.recursion_limit.saturating_sub(vm.depth).min(100_000)
}

/// Encoder options, as normalised by the Python layer.
pub struct Options {
    /// `default(o)` for unsupported objects (None: raise TypeError).
    pub default: Option<Value>,
    /// Skip dict keys that are not str/int/float/bool/None.
    pub skipkeys: bool,
    /// Escape every non-ASCII character as `\uXXXX`.
    pub ensure_ascii: bool,
    /// Detect reference cycles (else they hit the depth limit).
    pub check_circular: bool,
    /// Write NaN/Infinity instead of raising ValueError.
    pub allow_nan: bool,
    /// Sort dict items by key.
    pub sort_keys: bool,
    /// The indent unit, or None for single-line output.
    pub indent: Option<String>,
    /// Separator between items (`", "` / `","`).
    pub item_sep: String,
    /// Separator between a key and its value (`": "`).
    pub key_sep: String,
}

/// An encoding in progress.
pub struct Encoder {
    opts: Options,
    out: String,
    markers: HashSet<i64>,
    depth: usize,
    max_depth: usize,
    level: usize,
    /// Chunk boundaries (offsets into `out`) when producing `iterencode`'s
    /// pieces: the places CPython's iterating encoder starts a new chunk.
    cuts: Option<Vec<usize>>,
}

/// Appends `s` as a JSON string literal (with quotes).
pub fn write_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            '\u{8}' => Some("\\b"),
            '\u{c}' => Some("\\f"),
            _ => None,
        };
        let plain = esc.is_none() && c >= ' ' && (!ensure_ascii || c <= '~');
        if plain {
            continue;
        }
        out.push_str(&s[start..i]);
        start = i + c.len_utf8();
        if let Some(e) = esc {
            out.push_str(e);
            continue;
        }
        let cp = c as u32;
        if cp >= 0x10000 {
            let v = cp - 0x10000;
            let _ = write!(out, "\\u{:04x}\\u{:04x}", 0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
        } else {
            let _ = write!(out, "\\u{:04x}", cp);
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// The text of an int value, if `v` is an int but not a bool (ValueError
/// past the int/str digit limit, like `int.__repr__`).
fn int_text(v: &Value) -> PyResult<Option<String>> {
    if let Some(i) = v.as_small_int() {
        return Ok(Some(i.to_string()));
    }
    if v.is(&t().true_) || v.is(&t().false_) {
        return Ok(None);
    }
    match v.downcast::<IntData>() {
        Some(b) => crate::types::int::int_to_decimal(&b.0).map(Some),
        None => Ok(None),
    }
}

/// The f64 of a float value (exact float or subclass).
fn float_of(v: &Value) -> Option<f64> {
    v.as_float().or_else(|| v.downcast::<FloatData>().map(|f| f.0))
}

impl Encoder {
    /// A fresh encoder with `opts`, allowed `max_depth` nested containers.
    pub fn new(opts: Options, max_depth: usize) -> Encoder {
        Encoder { opts, out: String::new(), markers: HashSet::new(), depth: 0, max_depth, level: 0, cuts: None }
    }

    /// Encodes `v` and returns the JSON text.
    pub fn run(mut self, vm: &mut Vm, v: &Value) -> PyResult<String> {
        self.value(vm, v)?;
        Ok(self.out)
    }

    /// Encodes `v` and returns the text in the chunks `iterencode` yields.
    pub fn run_chunks(mut self, vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
        self.cuts = Some(Vec::new());
        self.value(vm, v)?;
        let mut cuts = self.cuts.take().unwrap_or_default();
        cuts.push(self.out.len());
        let mut chunks = Vec::with_capacity(cuts.len());
        let mut start = 0;
        for c in cuts {
            if c > start {
                chunks.push(self.out[start..c].to_string());
                start = c;
            }
        }
        Ok(chunks)
    }

    fn cut(&mut self) {
        if let Some(c) = &mut self.cuts {
            c.push(self.out.len());
        }
    }

    fn float_text(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::numfmt::float_repr(x));
        }
        if !self.opts.allow_nan {
            return Err(value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, v: &Value) -> PyResult<Option<i64>> {
        if self.depth >= self.max_depth {
            return Err(recursion_error("maximum recursion depth exceeded while encoding a JSON object"));
        }
        self.depth += 1;
        if !self.opts.check_circular {
            return Ok(None);
        }
        let id = id_of(v);
        if !self.markers.insert(id) {
            return Err(value_error("Circular reference detected"));
        }
        Ok(Some(id))
    }

    fn leave(&mut self, marker: Option<i64>) {
        self.depth -= 1;
        if let Some(id) = marker {
            self.markers.remove(&id);
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let r = t();
        if vm.is_none(v) {
            self.out.push_str("null");
        } else if v.is(&r.true_) {
            self.out.push_str("true");
        } else if v.is(&r.false_) {
            self.out.push_str("false");
        } else if let Some(s) = as_str(v) {
            write_str(&mut self.out, s, self.opts.ensure_ascii);
        } else if let Some(s) = int_text(v)? {
            self.out.push_str(&s);
        } else if let Some(x) = float_of(v) {
            let s = self.float_text(x)?;
            self.out.push_str(&s);
        } else if let Some(l) = v.downcast::<ListData>() {
            let items = l.0.borrow().clone();
            self.array(vm, v, &items)?;
        } else if let Some(tp) = v.downcast::<TupleData>() {
            let items = tp.0.to_vec();
            self.array(vm, v, &items)?;
        } else if let Some(d) = v.downcast::<DictData>() {
            let items = match own_items(vm, v)? {
                Some(pairs) => pairs,
                None => d.items(),
            };
            self.object(vm, v, items)?;
        } else {
            self.fallback(vm, v)?;
        }
        Ok(())
    }

    fn fallback(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let Some(default) = self.opts.default.clone() else {
            return Err(type_error(format!("Object of type {} is not JSON serializable", vm.type_name(v))));
        };
        let marker = self.enter(v)?;
        self.cut();
        let replacement = vm.call(&default, std::slice::from_ref(v))?;
        let r = self.value(vm, &replacement);
        self.leave(marker);
        r
    }

    fn array(&mut self, vm: &mut Vm, v: &Value, items: &[Value]) -> PyResult<()> {
        self.cut();
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let marker = self.enter(v)?;
        self.level += 1;
        self.out.push('[');
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                self.cut();
                let sep = std::mem::take(&mut self.opts.item_sep);
                self.out.push_str(&sep);
                self.opts.item_sep = sep;
            }
            self.newline();
            self.value(vm, it)?;
        }
        self.level -= 1;
        self.cut();
        self.newline();
        self.cut();
        self.out.push(']');
        self.leave(marker);
        Ok(())
    }

    /// The JSON key text for dict key `k`, or None to skip it.
    fn key_text(&self, vm: &Vm, k: &Value) -> PyResult<Option<String>> {
        let r = t();
        if let Some(s) = as_str(k) {
            return Ok(Some(s.to_string()));
        }
        if let Some(x) = float_of(k) {
            return self.float_text(x).map(Some);
        }
        if k.is(&r.true_) {
            return Ok(Some("true".into()));
        }
        if k.is(&r.false_) {
            return Ok(Some("false".into()));
        }
        if vm.is_none(k) {
            return Ok(Some("null".into()));
        }
        if let Some(s) = int_text(k)? {
            return Ok(Some(s));
        }
        if self.opts.skipkeys {
            return Ok(None);
        }
        Err(type_error(format!("keys must be str, int, float, bool or None, not {}", vm.type_name(k))))
    }

    fn object(&mut self, vm: &mut Vm, v: &Value, mut items: Vec<(Value, Value)>) -> PyResult<()> {
        self.cut();
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let marker = self.enter(v)?;
        if self.opts.sort_keys {
            items = sort_items(vm, items)?;
        }
        self.level += 1;
        self.out.push('{');
        // Like CPython's indenting encoder, the first line break comes
        // before any key is looked at (so skipped keys still leave it).
        self.cut();
        self.newline();
        let mut first = true;
        for (k, val) in &items {
            let Some(key) = self.key_text(vm, k)? else { continue };
            if !first {
                self.cut();
                let sep = std::mem::take(&mut self.opts.item_sep);
                self.out.push_str(&sep);
                self.opts.item_sep = sep;
                self.newline();
            }
            first = false;
            self.cut();
            write_str(&mut self.out, &key, self.opts.ensure_ascii);
            self.cut();
            let sep = std::mem::take(&mut self.opts.key_sep);
            self.out.push_str(&sep);
            self.opts.key_sep = sep;
            self.cut();
            self.value(vm, val)?;
        }
        self.level -= 1;
        self.cut();
        self.newline();
        self.cut();
        self.out.push('}');
        self.leave(marker);
        Ok(())
    }
}

/// Items sorted like `sorted(d.items())` (keys compared with `<`).
fn sort_items(vm: &mut Vm, items: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let tuples: Vec<Value> = items.into_iter().map(|(k, v)| vm.tuple(vec![k, v])).collect();
    let list = vm.list(tuples);
    crate::types::list::sort_list(vm, &list, None, false)?;
    let sorted = list.downcast::<ListData>().map(|l| l.0.borrow().clone()).unwrap_or_default();
    Ok(sorted
        .iter()
        .filter_map(|tp| tp.downcast::<TupleData>().map(|t| (t.0[0].clone(), t.0[1].clone())))
        .collect())
}

/// The pairs of a dict subclass that defines its own `items()` (as CPython's
/// encoder asks `PyMapping_Items`, e.g. an OrderedDict's order), or None.
fn own_items(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    let ty = vm.type_of(v);
    let heap = ty.downcast::<TypeData>().is_some_and(|td| td.has_flag(crate::object::typeobj::tflags::HEAPTYPE));
    if !heap || vm.type_lookup(&ty, "items").is_none_or(|f| f.downcast::<BuiltinData>().is_some()) {
        return Ok(None);
    }
    let view = vm.call_method0(v, "items")?;
    let mut pairs = Vec::new();
    for pair in vm.collect(&view)? {
        let kv = vm.collect(&pair)?;
        if kv.len() != 2 {
            return Err(type_error("items must return 2-tuples"));
        }
        let mut it = kv.into_iter();
        pairs.push((it.next().expect("2"), it.next().expect("2")));
    }
    Ok(Some(pairs))
}
