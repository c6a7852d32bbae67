//! A CPython `dis`-like disassembler for `Code` objects (`--dis`).
//!
//! Layout per instruction: line number (on the first instruction of each
//! line), a `>>` marker on jump targets, the instruction index, the padded
//! opname, the argument and a parenthesized description. Nested code
//! objects follow, each under a `Disassembly of <code ...>:` heading.

use std::collections::HashSet;
use std::fmt::Write;

use super::code::{Code, Const};
use super::opcodes::{BinaryOp, CompareOp, Op};

/// The `repr` of a constant, as Python would print it.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(r, i) => {
            if *r == 0.0 && r.is_sign_positive() {
                format!("{}j", float_repr(*i).trim_end_matches(".0"))
            } else {
                format!("({}+{}j)", float_repr(*r), float_repr(*i))
            }
        }
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => {
            let mut out = String::from("b'");
            for &x in b.iter() {
                match x {
                    b'\'' => out.push_str("\\'"),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    0x20..=0x7e => out.push(x as char),
                    _ => {
                        let _ = write!(out, "\\x{x:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            if items.len() == 1 {
                format!("({},)", items[0])
            } else {
                format!("({})", items.join(", "))
            }
        }
        Const::FrozenSet(t) => {
            let items: Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::Code(c) => code_heading(c),
    }
}

fn float_repr(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.into()
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{f:.1}")
    } else {
        format!("{f}")
    }
}

fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn code_heading(c: &Code) -> String {
    format!("<code object {} at {:p}, file \"{}\", line {}>", c.name, c as *const Code, c.filename, c.firstlineno)
}

fn describe(code: &Code, op: Op, arg: u32) -> String {
    let name = |i: u32| code.names.get(i as usize).map(|s| s.to_string()).unwrap_or_else(|| "?".into());
    match op {
        Op::LoadConst => code.consts.get(arg as usize).map(const_repr).unwrap_or_default(),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
            code.varnames.get(arg as usize).map(|s| s.to_string()).unwrap_or_default()
        }
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassderef => {
            if (arg as usize) < code.ncells() {
                code.deref_name(arg as usize).to_string()
            } else {
                "?".into()
            }
        }
        Op::LoadGlobal => {
            if arg & 1 != 0 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        Op::LoadName | Op::StoreName | Op::DeleteName | Op::StoreGlobal | Op::DeleteGlobal | Op::LoadAttr
        | Op::StoreAttr | Op::DeleteAttr | Op::LoadMethod | Op::ImportName | Op::ImportFrom => name(arg),
        Op::CompareOp => CompareOp::from_arg(arg).map(|c| c.symbol().to_string()).unwrap_or_default(),
        Op::BinaryOp => match BinaryOp::from_arg(arg) {
            Some((b, true)) => format!("{}=", b.symbol()),
            Some((b, false)) => b.symbol().to_string(),
            None => String::new(),
        },
        Op::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
        Op::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
        Op::RaiseNotImplemented => code.consts.get(arg as usize).map(const_repr).unwrap_or_default(),
        Op::FormatValue => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            [conv, spec].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
        }
        _ if crate::compiler::assemble::is_jump(op) => format!("to {arg}"),
        _ => String::new(),
    }
}

/// Disassembles `code` and, after it, every nested code object.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in code.consts.iter() {
        if let Const::Code(inner) = c {
            let _ = writeln!(
                out,
                "\nDisassembly of <code {}, file \"{}\", line {}>:",
                inner.qualname, inner.filename, inner.firstlineno
            );
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn dis_one(code: &Code, out: &mut String) {
    let targets: HashSet<u32> = code
        .instrs
        .iter()
        .filter(|i| crate::compiler::assemble::is_jump(i.op.get().generic()))
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = None;
    for (idx, ins) in code.instrs.iter().enumerate() {
        // Show the code as compiled, not its quickened forms.
        let op = ins.op.get().generic();
        let line = code.lines.get(idx).copied().unwrap_or(0);
        if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            let _ = write!(out, "{line:>4} ");
            last_line = Some(line);
        } else {
            out.push_str("     ");
        }
        let mark = if targets.contains(&(idx as u32)) { ">>" } else { "  " };
        let _ = write!(out, "{mark} {idx:>4} {:<22}", op.name());
        if op.has_arg() {
            let _ = write!(out, " {:<5}", ins.arg);
            let d = describe(code, op, ins.arg);
            if !d.is_empty() {
                let _ = write!(out, " ({d})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}
