//! Pyrite: a Python 3 implementation with a specializing bytecode interpreter
//! and a Cranelift JIT tier. This is the public Rust API: run a file or a
//! source string the way the `pyrite` command does, or disassemble one.

pub mod allocator;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod error;
pub mod numfmt;
pub mod object;
pub mod stdlib;
pub mod syntax;
pub mod tier2;
pub mod types;
pub mod unicode;
pub mod vm;

use std::path::Path;

use object::{alloc, t, DictData, ModuleData, Value};
use vm::Vm;

/// `-B`: imports do not write bytecode cache files (`sys.dont_write_bytecode`).
pub fn set_dont_write_bytecode(on: bool) {
    vm::pycache::set_no_write_option(on);
}

/// `-E`: ignore `PYTHON*` environment variables.
pub fn set_ignore_environment(on: bool) {
    vm::env_options::set_ignore_environment(on);
}

/// `-O` / `-OO`: the optimization level (asserts, `__debug__`, docstrings).
pub fn set_optimize(level: u8) {
    compiler::set_optimize(level);
}

/// `-u`: unbuffered standard output.
pub fn set_unbuffered(on: bool) {
    vm::env_options::set_unbuffered(on);
}

/// `-W option`: a warnings filter (`sys.warnoptions`).
pub fn add_warn_option(option: &str) {
    stdlib::sys::add_warn_option(option);
}

/// Runs the script at `path` with `sys.argv = argv`; returns the process exit code.
pub fn run_file(path: &str, argv: Vec<String>) -> u8 {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pyrite: can't open file '{}': [Errno {}] {}", path, e.raw_os_error().unwrap_or(2), io_message(&e));
            return 2;
        }
    };
    // As CPython: the script's name (`__file__`, tracebacks) is made
    // absolute by prefixing the working directory, unnormalized; its
    // directory on `sys.path` is resolved (symlinks, `..`).
    let name = match std::env::current_dir() {
        Ok(cwd) if !Path::new(path).is_absolute() => format!("{}/{}", cwd.to_string_lossy().trim_end_matches('/'), path),
        _ => path.to_string(),
    };
    let parent = Path::new(path).parent().map(|p| p.to_string_lossy().to_string()).filter(|s| !s.is_empty()).unwrap_or_else(|| ".".into());
    let dir = std::fs::canonicalize(&parent).map(|p| p.to_string_lossy().to_string()).unwrap_or(parent);
    run_source(&src, &name, argv, &dir)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        _ => e.to_string(),
    }
}

/// Runs `src` as the `__main__` module; returns the process exit code.
pub fn run_source(src: &str, filename: &str, argv: Vec<String>, script_dir: &str) -> u8 {
    vm::interrupt::install_handler();
    let mut vm = Vm::new(argv, vec![script_dir.to_string()]);
    let code = match compiler::compile(src, filename, compiler::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            vm.flush_stdout();
            print_compile_error(&e);
            return 1;
        }
    };
    if let Err(e) = builtins::pending::emit_compile_warnings(&mut vm) {
        let exc = vm.normalize(e);
        vm.print_exception(&exc);
        return 1;
    }
    let globals = main_globals(&mut vm, filename, None);
    run_main(&mut vm, code, &globals)
}

/// Runs module `name` as `__main__` (`-m name`): `sys.path[0]` is the
/// current directory and `sys.argv` is `[the module's file] + args`. A module
/// that cannot be found prints `EXECUTABLE: MESSAGE` (status 1), as
/// CPython's runpy does.
pub fn run_module(name: &str, args: Vec<String>) -> u8 {
    vm::interrupt::install_handler();
    let cwd = std::env::current_dir().map(|p| p.to_string_lossy().to_string()).unwrap_or_else(|_| ".".into());
    let mut argv = vec!["-m".to_string()];
    argv.extend(args);
    let mut vm = Vm::new(argv, vec![cwd]);
    match vm::run_module::module_code(&mut vm, name) {
        Ok(found) => {
            let sys = vm::import::get_str_in(&vm.modules, "sys").and_then(|m| vm::import::module_dict(&m));
            if let Some(argv) = sys.and_then(|d| vm::import::get_str_in(&d, "argv")) {
                if let Some(l) = argv.downcast::<object::ListData>() {
                    if let Some(first) = l.0.borrow_mut().first_mut() {
                        *first = vm.str(found.filename.as_str());
                    }
                }
            }
            let globals = main_globals(&mut vm, &found.filename, Some(&found.package));
            run_main(&mut vm, found.code, &globals)
        }
        Err(vm::run_module::FindError::Spec(msg)) => {
            let sys = vm::import::get_str_in(&vm.modules, "sys").and_then(|m| vm::import::module_dict(&m));
            let exe = sys.and_then(|d| vm::import::get_str_in(&d, "executable")).and_then(|e| object::str::as_str(&e).map(str::to_string));
            vm.flush_stdout();
            eprintln!("{}: {msg}", exe.unwrap_or_else(|| "pyrite".into()));
            1
        }
        Err(vm::run_module::FindError::Raised(err)) => {
            let exc = vm.normalize(err);
            let status = handle_uncaught(&mut vm, &exc);
            vm.flush_stdout();
            status
        }
    }
}

/// The globals of a new `__main__` module for code from `filename`
/// (`__package__` None for a script, the package for `-m`), registered in
/// `sys.modules`.
fn main_globals(vm: &mut Vm, filename: &str, package: Option<&str>) -> Value {
    let globals = vm.dict();
    let gd = globals.downcast::<DictData>().expect("dict");
    gd.set_str(vm.name("__name__"), vm.name("__main__"));
    gd.set_str(vm.name("__builtins__"), vm.builtins.clone());
    gd.set_str(vm.name("__file__"), vm.str(filename));
    gd.set_str(vm.name("__doc__"), vm.none());
    let package = match package {
        Some(p) => vm.str(p),
        None => vm.none(),
    };
    gd.set_str(vm.name("__package__"), package);
    let module = alloc(&t().module, ModuleData { dict: globals.clone() }, None);
    if let Some(m) = vm.modules.downcast::<DictData>() {
        m.set_str(vm.name("__main__"), module);
    }
    globals
}

/// Runs the `__main__` code, then what follows a program's end (atexit
/// functions, finalizers, the module's teardown, `--jit-stats`); returns
/// the process exit code.
fn run_main(vm: &mut Vm, code: std::rc::Rc<bytecode::Code>, globals: &Value) -> u8 {
    let result = vm.run_code(code, globals.clone(), None);
    let status = match result {
        Ok(_) => 0,
        Err(err) => {
            let exc = vm.normalize(err);
            handle_uncaught(vm, &exc)
        }
    };
    run_atexit(vm);
    vm.run_finalizers();
    shutdown_module(vm, globals);
    vm.flush_stdout();
    if vm.jit.cfg.stats {
        tier2::print_stats(vm);
    }
    status
}

/// Applies a `-X` option (`-X jit=off|on|eager|stress`, `-X jit-threshold=N`,
/// `-X jit-log`, `-X jit-dump=NAME`, `-X perf`); unknown options are ignored
/// as CPython ignores them. Returns an error message for a bad JIT value.
pub fn set_x_option(opt: &str) -> Result<(), String> {
    tier2::config::apply_x_option(opt)
}

/// Turns on `--jit-stats` (statistics on stderr at exit).
pub fn enable_jit_stats() {
    tier2::config::enable_stats()
}

/// At exit, `__main__` leaves `sys.modules` and its globals are rebound to
/// None in insertion order, so `__del__` methods of objects only the module
/// keeps alive run. CPython collects the module's cycles first, so those
/// finalizers see every global still bound; Pyrite approaches that in two
/// passes: first the values that can own finalizable objects (instances and
/// containers), while modules, classes, functions and plain atoms (str, int,
/// float, bytes, None) stay bound; then everything else.
fn shutdown_module(vm: &mut Vm, globals: &Value) {
    let Some(d) = globals.downcast::<DictData>() else { return };
    if let Some(m) = vm.modules.downcast::<DictData>() {
        let main = m.get_str("__main__");
        if main.and_then(|v| v.downcast::<ModuleData>().map(|md| md.dict.is(globals))).unwrap_or(false) {
            m.del_str("__main__");
        }
    }
    for first_pass in [true, false] {
        for key in d.keys() {
            if object::str::as_str(&key) == Some("__builtins__") {
                continue;
            }
            if first_pass && d.get_name(&key).is_none_or(|v| !may_own_finalizable(&v)) {
                continue;
            }
            d.set_str(key, vm.none());
            vm.run_finalizers();
        }
    }
}

/// Whether dropping `v` may run a `__del__`: not a module, class, function,
/// builtin or code object, nor an atom (str, int, float, bytes...) of a
/// class without `__del__`.
fn may_own_finalizable(v: &Value) -> bool {
    use object::header::Kind;
    let Some(h) = v.as_header() else { return false };
    match h.type_data().kind {
        Kind::Function | Kind::Builtin | Kind::Module | Kind::Type | Kind::Code => false,
        Kind::Int | Kind::Float | Kind::Complex | Kind::Str | Kind::Bytes | Kind::Range | Kind::Slice => h.type_data().has_finalizer.get(),
        _ => true,
    }
}

/// Runs the `atexit` callbacks (if the module was imported) once the main
/// module has finished, as CPython does after printing an uncaught error.
fn run_atexit(vm: &mut Vm) {
    let Some(module) = vm.modules.downcast::<DictData>().and_then(|m| m.get_str("atexit")) else { return };
    if let Ok(Some(run)) = vm.getattr_opt(&module, "_run_exitfuncs") {
        if let Err(err) = vm.call(&run, &[]) {
            let exc = vm.normalize(err);
            vm.print_exception(&exc);
        }
    }
    vm.flush_stdout();
}

/// SystemExit -> its code; anything else -> traceback and 1.
fn handle_uncaught(vm: &mut Vm, exc: &Value) -> u8 {
    let ty = vm.type_of(exc);
    if vm.is_subtype(&ty, &t().named("SystemExit")) {
        let code = vm.getattr_opt(exc, "code").ok().flatten().unwrap_or_else(|| vm.none());
        vm.flush_stdout();
        if vm.is_none(&code) {
            return 0;
        }
        // An int (bool included) is the status, modulo 256 as the OS
        // takes it; one too big for a C long is -1 (255), as in CPython.
        if let Some(i) = code.as_small_int() {
            return i as u8;
        }
        if code.is(&vm.bool(true)) || code.is(&vm.bool(false)) {
            return u8::from(code.is(&vm.bool(true)));
        }
        if let Some(big) = code.downcast::<object::IntData>() {
            return i64::try_from(&big.0).map_or(255, |i| i as u8);
        }
        let s = vm.str_string(&code).unwrap_or_default();
        eprintln!("{s}");
        return 1;
    }
    if vm.is_subtype(&ty, &t().named("KeyboardInterrupt")) {
        vm.print_exception(exc);
        return 130;
    }
    vm.print_exception(exc);
    1
}

fn print_compile_error(e: &error::CompileError) {
    eprintln!("  File \"{}\", line {}", e.filename, e.lineno);
    if let Some(text) = &e.text {
        let stripped = text.trim_start();
        let indent = text.chars().count() - stripped.chars().count();
        eprintln!("    {}", stripped.trim_end());
        let col = (e.col as usize).saturating_sub(1).saturating_sub(indent);
        let width = if e.end_lineno == e.lineno && e.end_col > e.col { (e.end_col - e.col) as usize } else { 1 };
        eprintln!("    {}{}", " ".repeat(col), "^".repeat(width));
    }
    eprintln!("{}: {}", e.kind.name(), e.msg);
}

/// Prints the bytecode of a file (`pyrite --dis FILE`); returns the exit code.
pub fn dis_file(path: &str) -> u8 {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("pyrite: can't open file '{path}': {e}");
            return 2;
        }
    };
    match compiler::compile(&src, path, compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", bytecode::dis::disassemble(&code));
            0
        }
        Err(e) => {
            print_compile_error(&e);
            1
        }
    }
}
