//! Iteration and code builtins: `iter`, `next`, `sorted`, `all`, `any`,
//! `__import__`, `exec`, `eval`, `compile`.

use std::rc::Rc;

use crate::bytecode::Code;
use crate::error::{PyErr, PyResult};
use crate::object::exception::{type_error, value_error};
use crate::object::iter::IterState;
use crate::object::str::as_str;
use crate::object::*;
use crate::vm::Vm;

use super::def;
use super::pending::{compile_source, run_code, CompileMode};

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("iter").positional(1, 2)?;
    if p.len() == 1 {
        return vm.iter(&p[0]);
    }
    if !super::reflect::is_callable(vm, &p[0]) {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    Ok(vm.iterator("callable_iterator", IterState::Callable { func: p[0].clone(), sentinel: p[1].clone() }))
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("next").positional(1, 2)?;
    let it = &p[0];
    let is_iter = matches!(crate::object::registry::kind_of(it), Some(Kind::Iter | Kind::Generator)) || {
        let ty = vm.type_of(it);
        vm.type_lookup(&ty, "__next__").is_some()
    };
    if !is_iter {
        return Err(type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    let stop = |vm: &mut Vm, value: Option<Value>| -> PyResult<Value> {
        if let Some(d) = p.get(1) {
            return Ok(d.clone());
        }
        let si = t().named("StopIteration");
        match value {
            // `_PyGen_SetStopIterationValue`: the return value is the exception's argument.
            Some(v) if !vm.is_none(&v) => match vm.call(&si, &[v]) {
                Ok(e) => Err(PyErr::from_object(e)),
                Err(e) => Err(e),
            },
            _ => Err(PyErr::new_empty(&si)),
        }
    };
    if it.downcast::<crate::object::generator::GeneratorData>().is_some() {
        let none = vm.none();
        return match vm.gen_send(it, none)? {
            Ok(v) => Ok(v),
            Err(ret) => stop(vm, Some(ret)),
        };
    }
    if it.downcast::<crate::object::iter::IterData>().is_none() {
        // A user `__next__`: its StopIteration (with its args) propagates
        // unless there is a default.
        if let Some(m) = vm.lookup_special(it, "__next__") {
            return match vm.call(&m, &[]) {
                Ok(v) => Ok(v),
                Err(e) if p.len() > 1 && vm.is_stop_iteration(&e) => Ok(p[1].clone()),
                Err(e) => Err(e),
            };
        }
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => stop(vm, None),
    }
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let npos = args.pos().len();
    if npos != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {npos}")));
    }
    let items = vm.collect(&args.all[0])?;
    let list = vm.list(items);
    // `list.sort` checks the keywords (as CPython's sorted() does).
    let mut all = Vec::with_capacity(args.all.len());
    all.push(list.clone());
    all.extend_from_slice(&args.all[1..]);
    crate::types::list::sort(vm, Args { all: &all, kwnames: args.kwnames })?;
    Ok(list)
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("all").positional(1, 1)?;
    let it = vm.iter(&p[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = args.parser("any").positional(1, 1)?;
    let it = vm.iter(&p[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(vm.bool(true));
        }
    }
    Ok(vm.bool(false))
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("__import__").bind(&["name", "globals", "locals", "fromlist", "level"], 1)?;
    let name = b[0].clone().unwrap_or_else(|| vm.none());
    let Some(n) = as_str(&name) else { return Err(type_error(format!("module name must be str, not {}", vm.type_name(&name)))) };
    let n = n.to_string();
    let globals = b[1].clone().filter(|g| !vm.is_none(g));
    let fromlist = b[3].clone().unwrap_or_else(|| vm.none());
    let level = match &b[4] {
        Some(l) => super::as_i64(l).ok_or_else(|| type_error("level must be an integer"))?,
        None => 0,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    if n.is_empty() && level == 0 {
        return Err(value_error("Empty module name"));
    }
    crate::vm::import::import_module_level(vm, &n, globals.as_ref(), &fromlist, level as usize)
}

/// The source text of a `compile`/`exec`/`eval` argument.
fn source_text(_vm: &Vm, v: &Value, fname: &str) -> PyResult<String> {
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    let bytes = v.downcast::<BytesData>().map(|b| b.0.to_vec()).or_else(|| v.downcast::<ByteArrayData>().map(|b| b.0.borrow().clone()));
    match bytes {
        Some(b) => String::from_utf8(b).map_err(|_| crate::object::exception::unicode_error("'utf-8' codec can't decode source")),
        None => Err(type_error(format!("{}() arg 1 must be a string, bytes or code object", fname))),
    }
}

/// Globals and locals for exec/eval, defaulting to the caller's.
fn namespaces(vm: &mut Vm, g: Option<&Value>, l: Option<&Value>, fname: &str) -> PyResult<(Value, Option<Value>)> {
    let g = g.filter(|v| !vm.is_none(v)).cloned();
    let l = l.filter(|v| !vm.is_none(v)).cloned();
    let (globals, locals) = match g {
        None => {
            let gl = vm.current_globals();
            let lo = vm.current_locals();
            (gl, Some(l.unwrap_or(lo)))
        }
        Some(g) => {
            if g.downcast::<DictData>().is_none() {
                return Err(type_error(if fname == "exec" {
                    format!("exec() globals must be a dict, not {}", vm.type_name(&g))
                } else {
                    "globals must be a dict".to_string()
                }));
            }
            (g, l)
        }
    };
    if let Some(d) = globals.downcast::<DictData>() {
        if d.get_str("__builtins__").is_none() {
            d.set_str(vm.name("__builtins__"), vm.builtins.clone());
        }
    }
    Ok((globals, locals))
}

fn code_of(vm: &mut Vm, src: &Value, mode: CompileMode, fname: &str) -> PyResult<Rc<Code>> {
    if let Some(c) = src.downcast::<CodeData>() {
        return Ok(c.0.clone());
    }
    let mut text = source_text(vm, src, fname)?;
    if mode == CompileMode::Eval {
        text = text.trim_start_matches([' ', '\t']).to_string();
    }
    compile_source(vm, &text, "<string>", mode)
}

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("exec").bind(&["source", "globals", "locals"], 1)?;
    let src = b[0].clone().unwrap_or_else(|| vm.none());
    let (g, l) = namespaces(vm, b[1].as_ref(), b[2].as_ref(), "exec")?;
    let code = code_of(vm, &src, CompileMode::Exec, "exec")?;
    run_code(vm, code, g, l)?;
    Ok(vm.none())
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("eval").bind(&["source", "globals", "locals"], 1)?;
    let src = b[0].clone().unwrap_or_else(|| vm.none());
    let (g, l) = namespaces(vm, b[1].as_ref(), b[2].as_ref(), "eval")?;
    let code = code_of(vm, &src, CompileMode::Eval, "eval")?;
    run_code(vm, code, g, l)
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = args.parser("compile").bind(&["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3)?;
    let src = b[0].clone().unwrap_or_else(|| vm.none());
    if let Some(c) = src.downcast::<CodeData>() {
        let _ = c;
        return Ok(src);
    }
    let text = source_text(vm, &src, "compile")?;
    let filename = b[1].clone().unwrap_or_else(|| vm.none());
    let filename = match as_str(&filename) {
        Some(s) => s.to_string(),
        None => match filename.downcast::<BytesData>() {
            Some(b) => String::from_utf8_lossy(&b.0).into_owned(),
            None => return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", vm.type_name(&filename)))),
        },
    };
    let mode = b[2].clone().unwrap_or_else(|| vm.none());
    let mode = match as_str(&mode) {
        Some("exec") => CompileMode::Exec,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Single,
        Some(_) => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        None => return Err(type_error(format!("compile() argument 'mode' must be str, not {}", vm.type_name(&mode)))),
    };
    let code = compile_source(vm, &text, &filename, mode)?;
    Ok(alloc(&t().code, CodeData(code), None))
}

/// Registers the iteration and code builtins.
pub fn install(vm: &mut Vm) {
    def(vm, "iter", iter);
    def(vm, "next", next);
    def(vm, "sorted", sorted);
    def(vm, "all", all);
    def(vm, "any", any);
    def(vm, "__import__", import);
    def(vm, "exec", exec);
    def(vm, "eval", eval);
    def(vm, "compile", compile);
}
