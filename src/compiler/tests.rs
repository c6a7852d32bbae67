//! Compiler tests: shapes of common constructs, error messages, and a
//! verifier run over every program of the shared conformance and benchmark
//! corpora (jump targets in range, stack depth never negative along any
//! path, one line per instruction, handlers consistent).

use std::path::{Path, PathBuf};

use super::assemble::{is_jump, is_terminator};
use super::{compile, Mode};
use crate::bytecode::{Code, Const, Op};

fn ops(code: &Code) -> Vec<&'static str> {
    code.instrs.iter().map(|i| i.op.get().name()).collect()
}

fn inner<'c>(code: &'c Code, name: &str) -> &'c Code {
    for c in code.consts.iter() {
        if let Const::Code(k) = c {
            if &*k.name == name {
                return k;
            }
            if let Some(found) = find_inner(k, name) {
                return found;
            }
        }
    }
    panic!("no code object {name}")
}

fn find_inner<'c>(code: &'c Code, name: &str) -> Option<&'c Code> {
    code.consts.iter().find_map(|c| match c {
        Const::Code(k) if &*k.name == name => Some(&**k),
        Const::Code(k) => find_inner(k, name),
        _ => None,
    })
}

/// Walks every path of `code` checking the stack discipline; returns the max depth.
fn verify(code: &Code) -> Result<u32, String> {
    let n = code.instrs.len();
    if code.lines.len() != n {
        return Err("lines/instrs length mismatch".into());
    }
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut work = vec![(0usize, 0i32)];
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception entry {e:?}"));
        }
    }
    let mut max = 0;
    while let Some((mut i, mut d)) = work.pop() {
        loop {
            if i >= n {
                return Err("fell off the end".into());
            }
            if let Some(old) = depth[i] {
                if old != d {
                    return Err(format!("{}: depth {old} vs {d} at {i}", code.qualname));
                }
                break;
            }
            depth[i] = Some(d);
            max = max.max(d);
            if let Some(h) = code.handler_for(i as u32) {
                let hd = h.depth as i32 + 1 + h.lasti as i32;
                if h.depth as i32 > d {
                    return Err(format!("{}: handler depth {} above stack {d} at {i}", code.qualname, h.depth));
                }
                work.push((h.target as usize, hd));
            }
            let ins = &code.instrs[i];
            let op = ins.op.get();
            if is_jump(op) {
                if ins.arg as usize >= n {
                    return Err(format!("jump out of range at {i}"));
                }
                let jd = d + op.stack_effect(ins.arg, true);
                if jd < 0 {
                    return Err(format!("negative depth at {i}"));
                }
                work.push((ins.arg as usize, jd));
            }
            d += op.stack_effect(ins.arg, false);
            if d < 0 {
                return Err(format!("{}: negative depth at {i} ({})", code.qualname, op.name()));
            }
            if is_terminator(op) {
                break;
            }
            i += 1;
        }
    }
    if max as u32 > code.stacksize {
        return Err(format!("stacksize {} < {max}", code.stacksize));
    }
    for c in code.consts.iter() {
        if let Const::Code(k) = c {
            verify(k)?;
        }
    }
    Ok(code.stacksize)
}

fn shared_dir() -> PathBuf {
    let rel = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    if rel.is_dir() {
        rel.to_path_buf()
    } else {
        PathBuf::from("/work/shared")
    }
}

fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn compiles_every_corpus_program() {
    let mut files = Vec::new();
    for sub in ["conformance", "bench"] {
        py_files(&shared_dir().join(sub), &mut files);
    }
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap_or_default();
        match compile(&src, &f.display().to_string(), Mode::Exec) {
            Ok(code) => {
                if let Err(e) = verify(&code) {
                    failures.push(format!("{}: {e}", f.display()));
                }
            }
            Err(e) => failures.push(format!("{}: {e} col {} {:?}", f.display(), e.col, e.text)),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

fn check(src: &str) -> std::rc::Rc<Code> {
    let code = compile(src, "t.py", Mode::Exec).unwrap_or_else(|e| panic!("{e}"));
    verify(&code).unwrap();
    code
}

#[test]
fn module_shapes() {
    let c = check("x = 1\nprint(x)\n");
    assert_eq!(ops(&c), ["LOAD_CONST", "STORE_NAME", "PUSH_NULL", "LOAD_NAME", "LOAD_NAME", "CALL", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"]);
    assert_eq!(c.lines, [1, 1, 2, 2, 2, 2, 2, 2, 2]);
    let c = check("def f(a, b=2, *c, d, e=5, **g):\n    '''doc'''\n    return len(a) + b\n");
    let f = inner(&c, "f");
    assert_eq!(f.argcount, 2);
    assert_eq!(f.kwonlyargcount, 2);
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(ops(f), ["LOAD_GLOBAL", "LOAD_FAST", "CALL", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"]);
    assert_eq!(f.instrs[0].arg & 1, 1);
}

#[test]
fn yield_from_shape() {
    let c = check("def g(x):\n    yield from x\n");
    let g = inner(&c, "g");
    assert!(g.is_generator());
    let o = ops(g);
    let s = o.iter().position(|n| *n == "SEND").unwrap();
    assert_eq!(&o[s - 2..s + 3], ["GET_YIELD_FROM_ITER", "LOAD_CONST", "SEND", "YIELD_VALUE", "JUMP_BACKWARD"]);
    assert_eq!(g.instrs[s + 2].arg as usize, s);
}

#[test]
fn class_cell_and_closures() {
    let c = check("class A(B, metaclass=M):\n    'doc'\n    def m(self):\n        return super().m()\n");
    let a = inner(&c, "A");
    assert_eq!(&*a.cellvars[0], "__class__");
    let o = ops(a);
    assert_eq!(&o[o.len() - 4..], ["LOAD_CLOSURE", "COPY", "STORE_NAME", "RETURN_VALUE"]);
    assert!(ops(&c).contains(&"CALL_KW"));
    let m = inner(&c, "m");
    assert_eq!(&*m.freevars[0], "__class__");
    let c = check("def f(x):\n    def g():\n        return x\n    return g\n");
    let f = inner(&c, "f");
    assert_eq!(f.cell2arg, vec![Some(0)]);
}

#[test]
fn try_tables_nest_correctly() {
    let c = check("try:\n    try:\n        a()\n    except E as e:\n        b()\n    finally:\n        c()\nexcept:\n    d()\n");
    for w in c.exception_table.windows(2) {
        assert!(w[0].end <= w[1].start, "entries overlap");
    }
    let c = check("def f():\n    for x in y:\n        with a as b, c:\n            try:\n                return x\n            finally:\n                break\n");
    verify(&c).unwrap();
}

#[test]
fn folding_in_code() {
    let c = check("x = (1, -2, 'a')\ny = x in [1, 2]\nz = x in {1, 2}\n");
    assert!(c.consts.iter().any(|k| matches!(k, Const::Tuple(t) if t.len() == 3)));
    assert!(c.consts.iter().any(|k| matches!(k, Const::FrozenSet(_))));
}

#[test]
fn many_constructs_verify() {
    check("match p:\n    case [1, *rest] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) | Point(x=_, y=0) as q: pass\n    case str() | None: pass\n    case _: pass\n");
    check("a, *b, c = xs\na.b += 1\na[i] -= 2\ndel a[0], b.c, x\nassert x, 'm'\nimport a.b.c as d\nfrom .. import y as z\nfrom m import *\n");
    check("f(*a, b, *c, k=1, **d)\nx = [i*j for i in r if i for j in s]\ny = {k: v for k, v in d}\ng = (i for i in r)\ns = f'{x!r:>{w}} {y=}'\n");
    check("async def f():\n    await g()\nwhile x:\n    if y: break\n    else: continue\nelse:\n    pass\nlambda a, *, b=1: a + b\n");
    check("x: int = 1\nclass C:\n    y: str\n    __p = 1\n    def f(self): return self.__p\n");
    let c = compile("1 + x", "t", Mode::Eval).unwrap();
    assert_eq!(ops(&c).last(), Some(&"RETURN_VALUE"));
    let c = compile("x\n", "t", Mode::Single).unwrap();
    assert!(c.instrs.iter().any(|i| i.op.get() == Op::PrintExpr));
}

#[test]
fn compile_errors() {
    let msg = |s: &str| compile(s, "t.py", Mode::Exec).unwrap_err().msg;
    assert_eq!(msg("break\n"), "'break' outside loop");
    assert_eq!(msg("while 1:\n    def f():\n        continue\n"), "'continue' not properly in loop");
    assert_eq!(msg("def f():\n    x = 1\n    global x\n"), "name 'x' is assigned to before global declaration");
    assert_eq!(msg("f(a=1, a=2)\n"), "keyword argument repeated: a");
    let e = compile("x = 1\nreturn x\n", "t.py", Mode::Exec).unwrap_err();
    assert_eq!((e.lineno, e.col), (2, 1));
}

#[test]
fn disassembles() {
    let c = check("def f(a):\n    return a < 2\n");
    let d = crate::bytecode::dis::disassemble(&c);
    assert!(d.contains("Disassembly of <code f"));
    assert!(d.contains("COMPARE_OP"));
    assert!(d.contains("(<)"));
}

/// `PYRITE_DIS=file.py cargo test --lib dump_dis -- --ignored --nocapture` prints our bytecode.
#[test]
#[ignore]
fn dump_dis() {
    if let Ok(p) = std::env::var("PYRITE_DIS") {
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        match compile(&src, &p, Mode::Exec) {
            Ok(c) => println!("{}", crate::bytecode::dis::disassemble(&c)),
            Err(e) => println!("{e}"),
        }
    }
}
