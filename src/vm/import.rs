//! The import system: `import a.b.c`, `from x import y`, relative imports,
//! packages, `sys.path` search, `sys.modules` caching, native modules.
//! OWNER: builtins helper.

use std::cell::RefCell;
use std::collections::HashSet;

use crate::error::{PyErr, PyResult};
use crate::object::exception::import_error;
use crate::object::str::as_str;
use crate::object::*;
use crate::types::exception::{new_exception, set_exc_attr};

use super::frame::Frame;
use super::Vm;

thread_local! {
    /// Modules whose code is running right now (for circular-import messages).
    static INITIALIZING: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

fn modules_dict(vm: &Vm) -> &DictData {
    vm.modules.downcast::<DictData>().expect("sys.modules is a dict")
}

pub(crate) fn module_dict(m: &Value) -> Option<Value> {
    m.downcast::<ModuleData>().map(|d| d.dict.clone())
}

pub(crate) fn get_str_in(ns: &Value, key: &str) -> Option<Value> {
    ns.downcast::<DictData>()?.get_str(key)
}

/// `ModuleNotFoundError: No module named 'x'` with its `name` attribute.
pub(crate) fn not_found(vm: &mut Vm, name: &str) -> PyErr {
    let msg = vm.str(format!("No module named '{}'", name));
    let exc = new_exception(vm, &t().named("ModuleNotFoundError"), vec![msg]);
    let n = vm.str(name);
    set_exc_attr(vm, &exc, "name", Some(n));
    PyErr::from_object(exc)
}

/// The directories to search for a top-level module (`sys.path`).
fn search_path(vm: &mut Vm) -> Vec<String> {
    let from_sys = get_str_in(&vm.modules, "sys").and_then(|s| module_dict(&s)).and_then(|d| get_str_in(&d, "path"));
    match from_sys.as_ref().and_then(|p| p.downcast::<ListData>()) {
        Some(l) => l.0.borrow().iter().filter_map(|v| as_str(v).map(str::to_string)).collect(),
        None => vm.path.clone(),
    }
}

/// Resolves a relative module name against the importing globals.
fn resolve_name(vm: &mut Vm, name: &str, globals: Option<&Value>, level: usize) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let g = globals.cloned();
    let pkg = g.as_ref().and_then(|g| get_str_in(g, "__package__")).filter(|p| !vm.is_none(p));
    let package = match pkg {
        Some(p) => match as_str(&p) {
            Some(s) => s.to_string(),
            None => return Err(crate::object::exception::type_error("package must be a string")),
        },
        None => {
            let n = g.as_ref().and_then(|g| get_str_in(g, "__name__")).and_then(|n| as_str(&n).map(str::to_string));
            match n {
                Some(n) => {
                    if g.as_ref().and_then(|g| get_str_in(g, "__path__")).is_some() {
                        n
                    } else {
                        n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                    }
                }
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(import_error("attempted relative import with no known parent package"));
    }
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err(import_error("attempted relative import beyond top-level package"));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() { base.to_string() } else { format!("{}.{}", base, name) })
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(vm: &mut Vm, name: &str, globals: Option<&Value>, fromlist: &Value, level: usize) -> PyResult<Value> {
    let full = resolve_name(vm, name, globals, level)?;
    let module = import_full(vm, &full)?;
    let has_fromlist = !vm.is_none(fromlist) && vm.truthy(fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = name.split('.').next().unwrap_or(name);
            return get_str_in(&vm.modules, top).ok_or_else(|| not_found_plain(top));
        }
        if name.is_empty() {
            return Ok(module);
        }
        let first = name.split('.').next().unwrap_or(name);
        let cut = full.len() - (name.len() - first.len());
        return get_str_in(&vm.modules, &full[..cut]).ok_or_else(|| not_found_plain(&full[..cut]));
    }
    // Import submodules named in the fromlist.
    if module_dict(&module).is_some_and(|d| get_str_in(&d, "__path__").is_some()) {
        let items = vm.collect(fromlist)?;
        for it in items {
            let Some(s) = as_str(&it).map(str::to_string) else { continue };
            if s == "*" {
                continue;
            }
            let has = module_dict(&module).and_then(|d| get_str_in(&d, &s)).is_some();
            if !has {
                let sub = format!("{}.{}", full, s);
                if let Err(e) = import_full(vm, &sub) {
                    let exc = vm.normalize(e);
                    let is_this = vm.is_instance(&exc, &t().named("ModuleNotFoundError"))
                        && crate::types::exception::exc_attr(&exc, "name").and_then(|n| as_str(&n).map(|x| x == sub)).unwrap_or(false);
                    if !is_this {
                        return Err(PyErr::from_object(exc));
                    }
                }
            }
        }
    }
    Ok(module)
}

fn not_found_plain(name: &str) -> PyErr {
    crate::object::exception::module_not_found_error(format!("No module named '{}'", name))
}

/// Imports `a`, `a.b`, `a.b.c` in turn; returns the last.
pub fn import_full(vm: &mut Vm, full: &str) -> PyResult<Value> {
    if let Some(m) = get_str_in(&vm.modules, full) {
        return Ok(m);
    }
    let mut parent: Option<Value> = None;
    let mut prefix = String::new();
    let mut result = None;
    for part in full.split('.') {
        if part.is_empty() {
            return Err(not_found(vm, full));
        }
        let pname = prefix.clone();
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = match get_str_in(&vm.modules, &prefix) {
            Some(m) => m,
            None => {
                let m = load_module(vm, &prefix, &pname, parent.as_ref())?;
                if let Some(p) = &parent {
                    if let Some(pd) = module_dict(p) {
                        pd.downcast::<DictData>().expect("module dict").set_str(vm.name(part), m.clone());
                    } else {
                        let n = vm.name(part);
                        vm.setattr(p, &n, Some(m.clone()))?;
                    }
                }
                m
            }
        };
        parent = Some(m.clone());
        result = Some(m);
    }
    result.ok_or_else(|| not_found(vm, full))
}

/// Finds and runs module `full` (not in sys.modules yet).
fn load_module(vm: &mut Vm, full: &str, parent_name: &str, parent: Option<&Value>) -> PyResult<Value> {
    if let Some(r) = crate::stdlib::find(vm, full) {
        let m = r?;
        modules_dict(vm).set_str(vm.str(full), m.clone());
        return Ok(m);
    }
    match locate(vm, full, parent_name, parent)? {
        Located::Package { init, dir } => exec_module(vm, full, &init, Some(&dir)),
        Located::Module(file) => exec_module(vm, full, &file, None),
        Located::Missing => Err(not_found(vm, full)),
    }
}

/// Where the source of a module found on the search path is.
pub(crate) enum Located {
    /// A package: its `__init__.py` and directory.
    Package { init: String, dir: String },
    /// A plain module's `.py` file.
    Module(String),
    /// Not on the search path.
    Missing,
}

/// Searches the directories for module `full` (last component of the name),
/// the parent package's `__path__` when `parent` is given, else `sys.path`,
/// as the path finder does.
pub(crate) fn locate(vm: &mut Vm, full: &str, parent_name: &str, parent: Option<&Value>) -> PyResult<Located> {
    let last = full.rsplit('.').next().unwrap_or(full);
    let dirs: Vec<String> = match parent {
        Some(p) => {
            let path = module_dict(p).and_then(|d| get_str_in(&d, "__path__"));
            match path {
                Some(pl) => {
                    let items = vm.collect(&pl)?;
                    items.iter().filter_map(|v| as_str(v).map(str::to_string)).collect()
                }
                None => {
                    return Err({
                        let msg = vm.str(format!("No module named '{}'; '{}' is not a package", full, parent_name));
                        let exc = new_exception(vm, &t().named("ModuleNotFoundError"), vec![msg]);
                        let n = vm.str(full);
                        set_exc_attr(vm, &exc, "name", Some(n));
                        PyErr::from_object(exc)
                    })
                }
            }
        }
        None => search_path(vm),
    };
    // Relative entries (and '' for the current directory) are searched from
    // the current directory and give absolute `__file__`s, as CPython's
    // path finder does.
    let cwd = std::env::current_dir().ok().and_then(|p| p.to_str().map(str::to_string));
    for d in dirs {
        let base = match (&cwd, d.as_str()) {
            (Some(cwd), "") => cwd.clone(),
            (Some(cwd), rel) if !rel.starts_with('/') => format!("{cwd}/{rel}"),
            (None, "") => ".".to_string(),
            _ => d.clone(),
        };
        let pkg_dir = format!("{}/{}", base, last);
        let init = format!("{}/__init__.py", pkg_dir);
        if std::path::Path::new(&init).is_file() {
            return Ok(Located::Package { init, dir: pkg_dir });
        }
        let file = format!("{}/{}.py", base, last);
        if std::path::Path::new(&file).is_file() {
            return Ok(Located::Module(file));
        }
    }
    Ok(Located::Missing)
}

/// A new module object named `name` with the standard attributes.
pub fn new_module(vm: &mut Vm, name: &str) -> Value {
    let d = vm.dict();
    {
        let dd = d.downcast::<DictData>().expect("dict");
        dd.set_str(vm.name("__name__"), vm.str(name));
        dd.set_str(vm.name("__doc__"), vm.none());
        dd.set_str(vm.name("__package__"), vm.none());
        dd.set_str(vm.name("__loader__"), vm.none());
        dd.set_str(vm.name("__spec__"), vm.none());
    }
    alloc(&t().module, ModuleData { dict: d }, None)
}

fn exec_module(vm: &mut Vm, full: &str, file: &str, pkg_dir: Option<&str>) -> PyResult<Value> {
    let m = new_module(vm, full);
    let d = module_dict(&m).expect("module");
    {
        let dd = d.downcast::<DictData>().expect("dict");
        dd.set_str(vm.name("__file__"), vm.str(file));
        dd.set_str(vm.name("__builtins__"), vm.builtins.clone());
        let package = match pkg_dir {
            Some(_) => full.to_string(),
            None => full.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default(),
        };
        dd.set_str(vm.name("__package__"), vm.str(package));
        if let Some(p) = pkg_dir {
            let l = vm.list(vec![vm.str(p)]);
            dd.set_str(vm.name("__path__"), l);
        }
    }
    let key = vm.str(full);
    modules_dict(vm).set_str(key, m.clone());
    INITIALIZING.with(|s| s.borrow_mut().insert(full.to_string()));
    let r = super::pycache::load_or_compile(vm, file)
        .and_then(|code| crate::builtins::pending::run_code(vm, code, d.clone(), None));
    INITIALIZING.with(|s| s.borrow_mut().remove(full));
    match r {
        Ok(_) => Ok(get_str_in(&vm.modules, full).unwrap_or(m)),
        Err(e) => {
            modules_dict(vm).del_str(full);
            Err(e)
        }
    }
}

impl Vm {
    /// IMPORT_NAME.
    pub fn import_name(&mut self, f: &Frame, name: &str, fromlist: &Value, level: &Value) -> PyResult<Value> {
        let level = level.as_small_int().unwrap_or(0).max(0) as usize;
        // A user-replaced `builtins.__import__` is honoured.
        let imp = self.builtins.downcast::<DictData>().and_then(|d| d.get_str("__import__"));
        if let Some(imp) = imp {
            if imp.downcast::<BuiltinData>().is_none() {
                let n = self.str(name);
                let locals = f.locals.clone().unwrap_or_else(|| self.none());
                let lv = self.int(level as i64);
                return self.call(&imp, &[n, f.globals.clone(), locals, fromlist.clone(), lv]);
            }
        }
        let globals = f.globals.clone();
        import_module_level(self, name, Some(&globals), fromlist, level)
    }
    /// IMPORT_FROM.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        let n = as_str(name).unwrap_or("").to_string();
        if let Some(d) = module_dict(module) {
            if let Some(v) = get_str_in(&d, &n) {
                return Ok(v);
            }
        }
        match self.getattr(module, name) {
            Ok(v) => return Ok(v),
            Err(e) => {
                if !crate::builtins::reflect::err_is(self, &e, "AttributeError") {
                    return Err(e);
                }
            }
        }
        let d = module_dict(module);
        let modname = d.as_ref().and_then(|d| get_str_in(d, "__name__")).and_then(|v| as_str(&v).map(str::to_string));
        if let Some(mn) = &modname {
            if let Some(sub) = get_str_in(&self.modules, &format!("{}.{}", mn, n)) {
                return Ok(sub);
            }
        }
        let mn = modname.clone().unwrap_or_else(|| "<unknown module name>".to_string());
        let file = d.as_ref().and_then(|d| get_str_in(d, "__file__")).and_then(|v| as_str(&v).map(str::to_string));
        let loc = file.clone().unwrap_or_else(|| "unknown location".to_string());
        let partial = INITIALIZING.with(|s| s.borrow().contains(&mn));
        let msg = if partial {
            format!("cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})", n, mn, loc)
        } else {
            format!("cannot import name '{}' from '{}' ({})", n, mn, loc)
        };
        let m = self.str(msg);
        let exc = new_exception(self, &t().named("ImportError"), vec![m]);
        let mnv = self.str(mn);
        set_exc_attr(self, &exc, "name", Some(mnv));
        if let Some(f) = file {
            let fv = self.str(f);
            set_exc_attr(self, &exc, "path", Some(fv));
        }
        Err(PyErr::from_object(exc))
    }
    /// IMPORT_STAR.
    pub fn import_star(&mut self, f: &mut Frame, module: &Value) -> PyResult<()> {
        let d = module_dict(module);
        let all = match &d {
            Some(d) => get_str_in(d, "__all__"),
            None => self.getattr_opt(module, "__all__")?,
        };
        let names: Vec<Value> = match all {
            Some(a) => self.collect(&a)?,
            None => match &d {
                Some(d) => d
                    .downcast::<DictData>()
                    .map(|dd| dd.keys())
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|k| as_str(k).is_some_and(|s| !s.starts_with('_')))
                    .collect(),
                None => Vec::new(),
            },
        };
        for name in names {
            let v = match d.as_ref().and_then(|d| as_str(&name).and_then(|s| get_str_in(d, s))) {
                Some(v) => v,
                None => self.getattr(module, &name)?,
            };
            match &f.locals {
                Some(l) => {
                    let l = l.clone();
                    self.mapping_set(&l, name, v)?;
                }
                None => {
                    let g = f.globals.clone();
                    self.mapping_set(&g, name, v)?;
                }
            }
        }
        Ok(())
    }
}
