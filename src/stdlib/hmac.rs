//! The `hmac` module (RFC 2104) over the `hashlib` algorithms: `new`,
//! `HMAC` objects (`update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size`, `block_size`), the one-shot `digest`, and
//! `compare_digest`, with CPython's messages. `digestmod` may be a name, a
//! `hashlib` constructor, or any callable returning a `hashlib` hash object.

use std::sync::OnceLock;

use crate::error::PyResult;
use crate::object::exception::{not_implemented_error, type_error, value_error};
use crate::object::registry::{add_getset, add_method, new_builtin_subtype, t};
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::hashlib::{data_of, hex, hmac_keyed, with_hash, Hasher};

/// A keyed HMAC computation: the running inner hash and the keyed outer one.
#[derive(Clone)]
struct Mac {
    inner: Hasher,
    outer: Hasher,
}

impl Mac {
    fn digest(&self) -> Vec<u8> {
        let mut o = self.outer.clone();
        o.update(&self.inner.digest());
        o.digest()
    }
}

struct MacState(Mac);

impl NativeState for MacState {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// The hash algorithm `digestmod` designates, fresh.
fn algorithm(vm: &mut Vm, digestmod: Option<&Value>) -> PyResult<Hasher> {
    let dm = match digestmod {
        Some(v) if !(vm.is_none(v) || as_str(v) == Some("")) => v.clone(),
        _ => return Err(type_error("Missing required parameter 'digestmod'.")),
    };
    if let Some(name) = as_str(&dm) {
        return Hasher::by_name(&name.to_ascii_lowercase())
            .filter(|h| !h.is_xof())
            .ok_or_else(|| value_error(format!("unsupported hash type {}", name)));
    }
    let made = vm.call(&dm, &[])?;
    match with_hash(vm, &made, |h| h.clone()) {
        Ok(h) if !h.is_xof() => Ok(h),
        Ok(_) => Err(value_error("hmac: extendable-output hashes cannot be used")),
        Err(_) => Err(not_implemented_error("hmac: digestmod must name or build a hashlib hash object")),
    }
}

fn key_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesData>() {
        return Ok(b.0.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayData>() {
        return Ok(b.0.borrow().clone());
    }
    Err(type_error(format!("key: expected bytes or bytearray, but got '{}'", vm.type_name(v))))
}

fn start(vm: &mut Vm, key: &Value, msg: Option<&Value>, digestmod: Option<&Value>) -> PyResult<Mac> {
    let key = key_of(vm, key)?;
    let proto = algorithm(vm, digestmod)?;
    let (inner, outer) = hmac_keyed(&proto, &key);
    let mut mac = Mac { inner, outer };
    if let Some(m) = msg.filter(|m| !vm.is_none(m)) {
        mac.inner.update(&data_of(m)?);
    }
    Ok(mac)
}

static INSTALLED: OnceLock<()> = OnceLock::new();

fn hmac_type() -> Value {
    INSTALLED.get_or_init(|| {
        let ty = new_builtin_subtype::<StateData>("HMAC", "hmac.HMAC", "hmac", &t().object, 0);
        add_method(&ty, "__new__", m_new, BuiltinKind::StaticMethod);
        add_method(&ty, "update", m_update, BuiltinKind::Method);
        add_method(&ty, "digest", m_digest, BuiltinKind::Method);
        add_method(&ty, "hexdigest", m_hexdigest, BuiltinKind::Method);
        add_method(&ty, "copy", m_copy, BuiltinKind::Method);
        add_getset(&ty, "name", g_name, None);
        add_getset(&ty, "digest_size", g_digest_size, None);
        add_getset(&ty, "block_size", g_block_size, None);
    });
    t().named("hmac.HMAC")
}

fn wrap(mac: Mac) -> Value {
    alloc(&hmac_type(), StateData::new(MacState(mac)), None)
}

fn with_mac<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Mac) -> R) -> PyResult<R> {
    v.downcast::<StateData>()
        .and_then(|s| s.with_mut::<MacState, R>(|m| f(&mut m.0)))
        .ok_or_else(|| type_error(format!("descriptor requires a 'hmac.HMAC' object but received a '{}'", vm.type_name(v))))
}

/// `HMAC(key, msg=None, digestmod='')` (the class; `cls` first).
fn m_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("HMAC").bind(&["cls", "key", "msg", "digestmod"], 2)?;
    let none = vm.none();
    let mac = start(vm, a[1].as_ref().unwrap_or(&none), a[2].as_ref(), a[3].as_ref())?;
    Ok(wrap(mac))
}

/// `hmac.new(key, msg=None, digestmod='')`
fn h_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("new").bind(&["key", "msg", "digestmod"], 1)?;
    let none = vm.none();
    let mac = start(vm, a[0].as_ref().unwrap_or(&none), a[1].as_ref(), a[2].as_ref())?;
    Ok(wrap(mac))
}

/// `hmac.digest(key, msg, digest)`
fn h_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("digest").bind(&["key", "msg", "digest"], 3)?;
    let none = vm.none();
    let mac = start(vm, a[0].as_ref().unwrap_or(&none), a[1].as_ref(), a[2].as_ref())?;
    Ok(vm.bytes(mac.digest()))
}

fn m_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.parser("update").bind(&["self", "msg"], 2)?;
    let none = vm.none();
    let data = data_of(a[1].as_ref().unwrap_or(&none))?;
    with_mac(vm, a[0].as_ref().unwrap_or(&none), |m| m.inner.update(&data))?;
    Ok(vm.none())
}

fn self_only<'a>(args: &Args<'a>, name: &'a str) -> PyResult<&'a Value> {
    let p = args.parser(name).positional(1, 1)?;
    Ok(&p[0])
}

fn m_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_only(&args, "digest")?;
    let d = with_mac(vm, s, |m| m.digest())?;
    Ok(vm.bytes(d))
}

fn m_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_only(&args, "hexdigest")?;
    let d = with_mac(vm, s, |m| m.digest())?;
    Ok(vm.str(hex(&d)))
}

fn m_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = self_only(&args, "copy")?;
    let m = with_mac(vm, s, |m| m.clone())?;
    Ok(wrap(m))
}

fn g_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_mac(vm, v, |m| m.inner.name())?;
    Ok(vm.str(format!("hmac-{}", n)))
}

fn g_digest_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_mac(vm, v, |m| m.inner.digest_size())?;
    Ok(vm.int(n as i64))
}

fn g_block_size(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = with_mac(vm, v, |m| m.inner.block_size())?;
    Ok(vm.int(n as i64))
}

/// `compare_digest(a, b)`: equality of two ASCII strs or two bytes-like
/// values, in time independent of where they differ.
fn h_compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("compare_digest").positional(2, 2)?;
    let (a, b) = match (as_str(&p[0]), as_str(&p[1])) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        (None, None) => match (crate::types::bytes::bytes_of(&p[0]), crate::types::bytes::bytes_of(&p[1])) {
            (Some(x), Some(y)) => (x, y),
            _ => {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    vm.type_name(&p[0]),
                    vm.type_name(&p[1])
                )))
            }
        },
        (Some(_), None) | (None, Some(_)) => {
            let other = if as_str(&p[0]).is_some() { &p[1] } else { &p[0] };
            if crate::types::bytes::bytes_of(other).is_some() {
                return Err(type_error("a bytes-like object is required, not 'str'"));
            }
            return Err(type_error(format!(
                "unsupported operand types(s) or combination of types: '{}' and '{}'",
                vm.type_name(&p[0]),
                vm.type_name(&p[1])
            )));
        }
    };
    let mut diff = (a.len() != b.len()) as u8;
    for (i, x) in a.iter().enumerate() {
        diff |= x ^ b.get(i).copied().unwrap_or(!*x);
    }
    Ok(vm.bool(diff == 0))
}

/// Creates the `hmac` module.
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let ty = hmac_type();
    let m = crate::vm::import::new_module(vm, "hmac");
    let d = m.downcast::<ModuleData>().map(|md| md.dict.clone()).ok_or_else(|| type_error("module expected"))?;
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("dict expected"))?;
    let fns: &[(&'static str, NativeFn)] = &[("new", h_new), ("digest", h_digest), ("compare_digest", h_compare_digest)];
    for (name, f) in fns {
        let v = vm.builtin_fn(name, *f);
        dd.set_str(vm.name(name), v);
    }
    dd.set_str(vm.name("HMAC"), ty);
    dd.set_str(vm.name("digest_size"), vm.none());
    Ok(m)
}
