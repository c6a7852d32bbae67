//! The `pyrite` command line, written only against the public API
//! (like `lua.c` over `lua.h`).

use std::process::ExitCode;

mod compare;

/// mimalloc: measurably faster than glibc malloc for the interpreter's many small objects.
#[global_allocator]
static GLOBAL: pyrite::allocator::PyriteAlloc = pyrite::allocator::PyriteAlloc;

const HELP: &str = "usage: pyrite [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd         program passed in as string
  -m mod         run library module as a script (terminates option list)
  -              read the program from standard input
  --dis FILE     print the bytecode of FILE instead of running it
  -B             don't write __pycache__/*.pyc files on import
  -E             ignore PYTHON* environment variables
  -O             remove assert statements and make __debug__ False;
                 -OO also removes docstrings
  -u             unbuffered standard output (also PYTHONUNBUFFERED)
  -W arg         warning control (action:message:category:module:lineno,
                 as CPython's; also PYTHONWARNINGS)
  -X jit=MODE    off (interpreter only), on (JIT hot code, default), eager
                 (compile at first call / loop entry), stress (eager + forced exits)
  -X jit-threshold=N  calls or loop iterations before code is compiled (default 1000)
  -X jit-log     log compilations, declines and exits on stderr
  -X jit-dump=NAME  print the JIT IR and Cranelift IR of function NAME
  -X perf        write /tmp/perf-PID.map for perf report
  -X jit-generators  compile generator code too (slower today; always in stress mode)
  --jit-stats    print JIT statistics on stderr at exit
  --compare FILE [ARGS]  run FILE with the JIT off and on, compare output and time
  --version      print the version and exit
  --help, -h     print this help and exit
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Deep Python recursion runs on the Rust stack: use a big one.
    let child = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run(args)).expect("spawn interpreter thread");
    ExitCode::from(child.join().unwrap_or(1))
}

fn run(args: Vec<String>) -> u8 {
    let mut i = 0;
    let mut optimize = 0u8;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--version" | "-V" => {
                println!("Pyrite {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--help" | "-h" => {
                print!("{HELP}");
                return 0;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -X option");
                    return 2;
                };
                if let Err(e) = pyrite::set_x_option(opt) {
                    eprintln!("pyrite: {e}");
                    return 2;
                }
                i += 2;
                continue;
            }
            "-W" => {
                let Some(opt) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -W option");
                    return 2;
                };
                pyrite::add_warn_option(opt);
                i += 2;
                continue;
            }
            w if w.starts_with("-W") && w.len() > 2 => {
                pyrite::add_warn_option(&w[2..]);
                i += 1;
                continue;
            }
            "-B" => {
                pyrite::set_dont_write_bytecode(true);
                i += 1;
                continue;
            }
            "--jit-stats" => {
                pyrite::enable_jit_stats();
                i += 1;
                continue;
            }
            "--compare" => return compare::run(&args[i + 1..]),
            "-u" => {
                pyrite::set_unbuffered(true);
                i += 1;
                continue;
            }
            "-E" => {
                pyrite::set_ignore_environment(true);
                i += 1;
                continue;
            }
            "-O" | "-OO" => {
                optimize += if a == "-O" { 1 } else { 2 };
                pyrite::set_optimize(optimize);
                i += 1;
                continue;
            }
            "-s" | "-S" => {
                i += 1;
                continue;
            }
            "--dis" => {
                let Some(file) = args.get(i + 1) else {
                    eprintln!("pyrite: --dis needs a file");
                    return 2;
                };
                return pyrite::dis_file(file);
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return 2;
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return pyrite::run_source(code, "<string>", argv, "");
            }
            "-m" => {
                let Some(module) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    return 2;
                };
                return pyrite::run_module(module, args[i + 2..].to_vec());
            }
            m if m.starts_with("-m") && m.len() > 2 => return pyrite::run_module(&m[2..], args[i + 1..].to_vec()),
            "-" => {
                let mut src = String::new();
                if std::io::Read::read_to_string(&mut std::io::stdin(), &mut src).is_err() {
                    eprintln!("pyrite: cannot read standard input");
                    return 2;
                }
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return pyrite::run_source(&src, "<stdin>", argv, "");
            }
            _ if a.starts_with('-') && a.len() > 1 => {
                eprintln!("unknown option {a}\n{HELP}");
                return 2;
            }
            _ => return pyrite::run_file(a, args[i..].to_vec()),
        }
    }
    eprintln!("pyrite: no interactive mode yet; give a script, -c or -");
    2
}
