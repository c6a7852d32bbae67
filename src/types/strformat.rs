//! String formatting: `repr` of str, `format(str, spec)`, printf-style
//! `str % args`, and the `str.format` / `str.format_map` grammar.

use num_bigint::BigInt;

use crate::error::{PyErr, PyResult};
use crate::numfmt::percent::{self, Count, Segment};
use crate::numfmt::{format_spec, ExcKind, NumError};
use crate::object::bodies::{FloatData, IntData, StrData};
use crate::object::exception::{
    index_error, key_error_msg, overflow_error, type_error, value_error, zero_division_error,
};
use crate::object::registry::{add_method, t};
use crate::object::str::as_str;
use crate::object::{Args, BuiltinKind, TupleData, Value};
use crate::vm::Vm;

use super::str::self_str;

/// Converts a numfmt error into the Python exception it stands for.
pub fn num_err(e: NumError) -> PyErr {
    match e.kind {
        ExcKind::ValueError => value_error(e.msg),
        ExcKind::OverflowError => overflow_error(e.msg),
        ExcKind::ZeroDivisionError => zero_division_error(e.msg),
        ExcKind::TypeError => type_error(e.msg),
        ExcKind::NotImplementedError => crate::object::exception::not_implemented_error(e.msg),
    }
}

fn push_escaped(out: &mut String, c: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if c.is_ascii() => out.push(c),
        c if !ascii_only && crate::unicode::is_printable(c) => out.push(c),
        c => {
            let u = c as u32;
            if u < 0x100 {
                out.push_str(&format!("\\x{:02x}", u));
            } else if u < 0x10000 {
                out.push_str(&format!("\\u{:04x}", u));
            } else {
                out.push_str(&format!("\\U{:08x}", u));
            }
        }
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if c == quote {
            out.push('\\');
            out.push(c);
        } else {
            push_escaped(&mut out, c, ascii_only);
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` with CPython's quote choice and escapes.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: like `repr` but every non-ASCII char escaped.
pub fn str_ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// Escapes the non-ASCII characters of an arbitrary repr text (for `ascii(obj)`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c, true);
        }
    }
    out
}

/// `format(s, spec)` for a str value.
pub fn format_str_value(vm: &mut Vm, s: &str, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return Ok(vm.str(s));
    }
    let f = format_spec::parse_format_spec(spec, "str").map_err(num_err)?;
    let r = format_spec::format_str(s, &f, "str").map_err(num_err)?;
    Ok(vm.str(r))
}

fn big_of(v: &Value) -> Option<BigInt> {
    if let Some(i) = v.as_small_int() {
        return Some(BigInt::from(i));
    }
    v.downcast::<IntData>().map(|d| d.0.clone())
}

fn float_of(v: &Value) -> Option<f64> {
    v.as_float().or_else(|| v.downcast::<FloatData>().map(|d| d.0))
}

fn percent_int_arg(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = big_of(v) {
        return Ok(b);
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if let Some(x) = float_of(v) {
        if decimal {
            return crate::numfmt::arith::f64_to_bigint(x).map_err(num_err);
        }
        return Err(type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(v))));
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call(&m, &[])?;
        if let Some(b) = big_of(&r) {
            return Ok(b);
        }
    }
    if decimal {
        if let Some(m) = vm.lookup_special(v, "__int__") {
            let r = vm.call(&m, &[])?;
            if let Some(b) = big_of(&r) {
                return Ok(b);
            }
        }
        return Err(type_error(format!("%{} format: a real number is required, not {}", conv, vm.type_name(v))));
    }
    Err(type_error(format!("%{} format: an integer is required, not {}", conv, vm.type_name(v))))
}

fn percent_float_arg(vm: &mut Vm, v: &Value, bytes_mode: bool) -> PyResult<f64> {
    if let Some(x) = float_of(v) {
        return Ok(x);
    }
    if let Some(b) = big_of(v) {
        return crate::numfmt::arith::bigint_to_f64(&b)
            .ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = vm.lookup_special(v, name) {
            let r = vm.call(&m, &[])?;
            if let Some(x) = float_of(&r) {
                return Ok(x);
            }
            if let Some(b) = big_of(&r) {
                return crate::numfmt::arith::bigint_to_f64(&b)
                    .ok_or_else(|| overflow_error("int too large to convert to float"));
            }
        }
    }
    if bytes_mode {
        return Err(type_error(format!("float argument required, not {}", vm.type_name(v))));
    }
    Err(type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// `template % args` (printf-style formatting).
pub fn percent_format(vm: &mut Vm, template: &str, args: &Value) -> PyResult<Value> {
    let out = percent_core(vm, template, args, false)?;
    Ok(vm.str(out))
}

/// `bytes % args` / `bytearray % args` (CPython's `_PyBytes_FormatEx`):
/// returns the formatted bytes.
pub fn bytes_percent_format(vm: &mut Vm, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let t: String = template.iter().map(|&b| b as char).collect();
    let out = percent_core(vm, &t, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// Latin-1 view of a bytes-like value for bytes `%s`/`%b` (calls `__bytes__`).
fn bytes_arg_latin1(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let to_s = |b: &[u8]| b.iter().map(|&b| b as char).collect::<String>();
    if let Some(b) = super::bytes::bytes_of(v) {
        return Ok(to_s(&b));
    }
    if let Some(m) = vm.lookup_special(v, "__bytes__") {
        let r = vm.call(&m, &[])?;
        return match r.downcast::<crate::object::bodies::BytesData>() {
            Some(b) => Ok(to_s(&b.0)),
            None => Err(type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r)))),
        };
    }
    if &*vm.type_name(v) == "memoryview" {
        let b = vm.getattr_str(v, "tobytes")?;
        let r = vm.call(&b, &[])?;
        if let Some(b) = super::bytes::bytes_of(&r) {
            return Ok(to_s(&b));
        }
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        vm.type_name(v)
    )))
}

/// The byte for bytes `%c`: an int in range(256) or a length-1 bytes.
fn bytes_char_arg(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(b) = super::bytes::bytes_of(v) {
        if b.len() == 1 {
            return Ok(b[0] as char);
        }
    } else if let Some(b) = big_of(v) {
        return match u8::try_from(b) {
            Ok(u) => Ok(u as char),
            Err(_) => Err(overflow_error("%c arg not in range(256)")),
        };
    } else if vm.lookup_special(v, "__index__").is_some() {
        let b = percent_int_arg(vm, v, 'x')?;
        return match u8::try_from(b) {
            Ok(u) => Ok(u as char),
            Err(_) => Err(overflow_error("%c arg not in range(256)")),
        };
    }
    Err(type_error("%c requires an integer in range(256) or a single byte"))
}

/// The shared printf engine; in `bytes_mode` the template and result are
/// latin-1 views of bytes.
fn percent_core(vm: &mut Vm, template: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let tuple: Option<Vec<Value>> = args.downcast::<TupleData>().map(|t| t.0.to_vec());
    let is_mapping = tuple.is_none()
        && args.downcast::<StrData>().is_none()
        && !(bytes_mode && super::bytes::bytes_of(args).is_some())
        && vm.lookup_special(args, "__getitem__").is_some();
    let positional: Vec<Value> = match &tuple {
        Some(v) => v.clone(),
        None => vec![args.clone()],
    };
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut out = String::with_capacity(template.len());
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        if *argi < positional.len() {
            *argi += 1;
            Ok(positional[*argi - 1].clone())
        } else {
            Err(type_error("not enough arguments for format string"))
        }
    };
    for seg in percent::parse_percent(template, is_mapping) {
        let spec = match seg.map_err(num_err)? {
            Segment::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            Segment::Conversion(c) => c,
        };
        let star = |vm: &mut Vm, v: Value| -> PyResult<i64> {
            match big_of(&v).and_then(|b| i64::try_from(b).ok()) {
                Some(i) => Ok(i),
                None => {
                    if big_of(&v).is_some() {
                        Err(overflow_error("Python int too large to convert to C ssize_t"))
                    } else {
                        let _ = vm;
                        Err(type_error("* wants int"))
                    }
                }
            }
        };
        let sw = if spec.width == Count::Star { Some(star(vm, next_arg(&mut argi)?)?) } else { None };
        let sp = if spec.precision == Count::Star { Some(star(vm, next_arg(&mut argi)?)?) } else { None };
        let value = match &spec.key {
            Some(k) => {
                used_mapping = true;
                let key = if bytes_mode {
                    vm.bytes(k.chars().map(|c| c as u32 as u8).collect())
                } else {
                    vm.str(k.as_str())
                };
                vm.getitem(args, &key)?
            }
            None => {
                if is_mapping {
                    used_mapping = true;
                    args.clone()
                } else {
                    next_arg(&mut argi)?
                }
            }
        };
        if let Some(e) = spec.unsupported_error() {
            if !(bytes_mode && spec.conv == 'b') {
                return Err(num_err(e));
            }
        }
        let r = spec.resolve(sw, sp);
        let piece = match spec.conv {
            's' | 'b' if bytes_mode => {
                let s = bytes_arg_latin1(vm, &value)?;
                percent::percent_str(&s, &r, 's')
            }
            'r' | 'a' if bytes_mode => {
                let s = vm.repr_string(&value)?;
                percent::percent_str(&ascii_escape(&s), &r, 'a')
            }
            'c' if bytes_mode => {
                let ch = bytes_char_arg(vm, &value)?;
                percent::percent_char(ch, &r)
            }
            's' => {
                let s = vm.str_string(&value)?;
                percent::percent_str(&s, &r, 's')
            }
            'r' => {
                let s = vm.repr_string(&value)?;
                percent::percent_str(&s, &r, 'r')
            }
            'a' => {
                let s = vm.repr_string(&value)?;
                percent::percent_str(&ascii_escape(&s), &r, 'a')
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = percent_int_arg(vm, &value, spec.conv)?;
                if matches!(spec.conv, 'd' | 'i' | 'u') && b.bits() > 2000 {
                    super::int::int_to_decimal(&b)?;
                }
                percent::percent_int(&b, &r, spec.conv).map_err(num_err)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = percent_float_arg(vm, &value, bytes_mode)?;
                percent::percent_float(x, &r, spec.conv)
            }
            'c' => {
                let ch = if let Some(s) = as_str(&value) {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(type_error("%c requires int or char")),
                    }
                } else if let Some(b) = big_of(&value) {
                    percent::percent_char_from_int(&b).map_err(num_err)?
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                percent::percent_char(ch, &r)
            }
            _ => return Err(value_error("unsupported format character")),
        };
        out.push_str(&piece);
    }
    if argi < positional.len() && !is_mapping {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {} formatting", what)));
    }
    let _ = used_mapping;
    Ok(out)
}

/// Where `str.format` finds named fields.
enum Named<'a> {
    Kw(Args<'a>),
    Map(Value),
}

struct Fmt<'a> {
    pos: &'a [Value],
    named: Named<'a>,
    auto: Option<bool>,
    next: usize,
}

impl Fmt<'_> {
    fn lookup_arg(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if name.is_empty() {
            if self.auto == Some(false) {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            self.auto = Some(true);
            let i = self.next;
            self.next += 1;
            return self.positional(i);
        }
        if name.bytes().all(|b| b.is_ascii_digit()) {
            if self.auto == Some(true) {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            self.auto = Some(false);
            let i: usize = name.parse().map_err(|_| value_error("Too many decimal digits in format string"))?;
            return self.positional(i);
        }
        match &self.named {
            Named::Kw(a) => match a.kw(name) {
                Some(v) => Ok(v.clone()),
                None => Err(key_error_msg(name.to_string())),
            },
            Named::Map(m) => {
                let m = m.clone();
                let k = vm.str(name);
                vm.getitem(&m, &k)
            }
        }
    }

    fn positional(&self, i: usize) -> PyResult<Value> {
        self.pos.get(i).cloned().ok_or_else(|| {
            index_error(format!("Replacement index {} out of range for positional args tuple", i))
        })
    }

    fn field(&mut self, vm: &mut Vm, field: &str) -> PyResult<Value> {
        let end = field.find(['.', '[']).unwrap_or(field.len());
        let mut obj = self.lookup_arg(vm, &field[..end])?;
        let mut rest = &field[end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let e = r.find(['.', '[']).unwrap_or(r.len());
                let name = &r[..e];
                if name.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = vm.getattr_str(&obj, name)?;
                rest = &r[e..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(e) = r.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key = &r[..e];
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => vm.int(i),
                    _ => vm.str(key),
                };
                obj = vm.getitem(&obj, &k)?;
                rest = &r[e + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
                }
            } else {
                return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(obj)
    }

    fn run(&mut self, vm: &mut Vm, template: &str, depth: usize) -> PyResult<String> {
        if depth > 2 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::with_capacity(template.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // find the matching '}'
            let start = i + 1;
            let mut j = start;
            let mut level = 1;
            let mut in_bracket = false;
            while j < chars.len() {
                match chars[j] {
                    '[' if level == 1 => in_bracket = true,
                    ']' if level == 1 => in_bracket = false,
                    '{' if !in_bracket => level += 1,
                    '}' if !in_bracket => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if start >= chars.len() { "Single '{' encountered in format string" } else { "expected '}' before end of string" }));
            }
            let inner: String = chars[start..j].iter().collect();
            i = j + 1;
            // split field name / conversion / spec (brackets protect ':' and '!')
            let mut name_end = inner.len();
            let mut br = false;
            for (k, ch) in inner.char_indices() {
                match ch {
                    '[' => br = true,
                    ']' => br = false,
                    ':' | '!' if !br => {
                        name_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let name = &inner[..name_end];
            let mut rest = &inner[name_end..];
            let mut conv = None;
            if let Some(r) = rest.strip_prefix('!') {
                let mut it = r.chars();
                let cc = it.next();
                let after = it.as_str();
                match cc {
                    None => return Err(value_error("end of string while looking for conversion specifier")),
                    Some(ch) => {
                        if !after.is_empty() && !after.starts_with(':') {
                            return Err(value_error("expected ':' after conversion specifier"));
                        }
                        conv = Some(ch);
                        rest = after;
                    }
                }
            }
            let spec = rest.strip_prefix(':').unwrap_or("");
            let mut obj = self.field(vm, name)?;
            match conv {
                None => {}
                Some('r') => obj = vm.repr(&obj)?,
                Some('s') => obj = vm.to_str(&obj)?,
                Some('a') => obj = vm.ascii(&obj)?,
                Some(ch) => return Err(value_error(format!("Unknown conversion specifier {}", ch))),
            }
            let spec = if spec.contains('{') { self.run(vm, spec, depth + 1)? } else { spec.to_string() };
            let r = if spec.is_empty() {
                if let Some(s) = as_str(&obj) {
                    out.push_str(s);
                    continue;
                }
                vm.format(&obj, None)?
            } else {
                let sv = vm.str(spec);
                vm.format(&obj, Some(&sv))?
            };
            match as_str(&r) {
                Some(s) => out.push_str(s),
                None => return Err(type_error("__format__ must return a str")),
            }
        }
        Ok(out)
    }
}

/// `template.format(*args, **kwargs)`: `args.pos()` are the positional
/// fields and the keywords the named ones.
pub fn str_format(vm: &mut Vm, template: &str, args: Args) -> PyResult<Value> {
    let mut f = Fmt { pos: args.pos(), named: Named::Kw(args), auto: None, next: 0 };
    let s = f.run(vm, template, 0)?;
    Ok(vm.str(s))
}

fn m_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "format")?;
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    str_format(vm, &d.s, rest)
}

fn m_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = self_str(vm, &args, "format_map")?;
    let p = args.parser("format_map").positional(2, 2)?;
    let mut f = Fmt { pos: &[], named: Named::Map(p[1].clone()), auto: None, next: 0 };
    let s = f.run(vm, &d.s, 0)?;
    Ok(vm.str(s))
}

/// Registers `format` and `format_map` on `str`.
pub fn install(ty: &Value) {
    add_method(ty, "format", m_format, BuiltinKind::Method);
    add_method(ty, "format_map", m_format_map, BuiltinKind::Method);
    let _ = t();
}
