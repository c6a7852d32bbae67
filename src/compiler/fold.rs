//! Constant folding, as CPython's AST optimizer does it for the cases that
//! matter: literals, `-`/`+`/`~` on numeric constants, tuples of constants,
//! and a few safe numeric binary operations.
//!
//! Invariant: folding never changes behaviour: anything that could raise, or
//! would build a huge value, is left to run time.

use std::rc::Rc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

use crate::bytecode::Const;

/// The integer constant of an int literal.
pub fn int_const(i: &ast::Int) -> Const {
    if let Some(v) = i.as_i64() {
        return Const::Int(v);
    }
    let text = i.to_string().replace('_', "");
    let t = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = t.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (t, 10)
    };
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => normalize(b),
        None => Const::Int(0),
    }
}

fn normalize(b: BigInt) -> Const {
    match i64::try_from(&b) {
        Ok(v) => Const::Int(v),
        Err(_) => Const::BigInt(b),
    }
}

fn big(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(BigInt::from(*i)),
        Const::BigInt(b) => Some(b.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        Const::Int(i) => Some(*i as f64),
        Const::Bool(b) => Some(*b as i64 as f64),
        _ => None,
    }
}

/// The constant value of `e`, if it is one after folding.
pub fn const_value(e: &Expr) -> Option<Const> {
    Some(match e {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => int_const(i),
            Number::Float(f) => Const::Float(*f),
            Number::Complex { real, imag } => Const::Complex(*real, *imag),
        },
        Expr::StringLiteral(s) => Const::Str(Rc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) => {
            let v: Option<Vec<Const>> = t.elts.iter().map(const_value).collect();
            Const::Tuple(v?.into())
        }
        Expr::UnaryOp(u) => {
            let v = const_value(&u.operand)?;
            match (u.op, v) {
                (UnaryOp::USub, Const::Int(i)) => match i.checked_neg() {
                    Some(n) => Const::Int(n),
                    None => Const::BigInt(-BigInt::from(i)),
                },
                (UnaryOp::USub, Const::BigInt(b)) => normalize(-b),
                (UnaryOp::USub, Const::Float(f)) => Const::Float(-f),
                (UnaryOp::USub, Const::Complex(r, i)) => Const::Complex(-r, -i),
                (UnaryOp::UAdd, c @ (Const::Int(_) | Const::BigInt(_) | Const::Float(_) | Const::Complex(..))) => c,
                (UnaryOp::Invert, Const::Int(i)) => Const::Int(!i),
                (UnaryOp::Invert, Const::BigInt(b)) => normalize(-b - 1),
                _ => return None,
            }
        }
        Expr::BinOp(b) => {
            let l = const_value(&b.left)?;
            let r = const_value(&b.right)?;
            fold_binop(b.op, &l, &r)?
        }
        _ => return None,
    })
}

fn fold_binop(op: Operator, l: &Const, r: &Const) -> Option<Const> {
    if matches!(l, Const::Bool(_)) || matches!(r, Const::Bool(_)) {
        return None;
    }
    if let (Some(a), Some(b)) = (big(l), big(r)) {
        let small = |x: &BigInt| x.bits() <= 128;
        if !small(&a) || !small(&b) {
            return None;
        }
        return Some(normalize(match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Pow => {
                let e = u32::try_from(&b).ok()?;
                if e > 128 || a.bits() * e as u64 > 256 {
                    return None;
                }
                num_traits::Pow::pow(a, e)
            }
            Operator::LShift => {
                let e = u32::try_from(&b).ok()?;
                if e > 128 {
                    return None;
                }
                a << e
            }
            Operator::BitAnd => a & b,
            Operator::BitOr => a | b,
            Operator::BitXor => a ^ b,
            _ => return None,
        }));
    }
    if matches!(l, Const::Float(_)) || matches!(r, Const::Float(_)) {
        let (a, b) = (float(l)?, float(r)?);
        return Some(Const::Float(match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            _ => return None,
        }));
    }
    None
}

/// A key identifying a constant by type and value, for de-duplication.
pub fn const_key(c: &Const) -> String {
    match c {
        Const::Float(f) => format!("f{:?}", f.to_bits()),
        Const::Complex(a, b) => format!("c{:?},{:?}", a.to_bits(), b.to_bits()),
        Const::Tuple(t) => format!("t({})", t.iter().map(const_key).collect::<Vec<_>>().join(",")),
        Const::FrozenSet(t) => format!("s({})", t.iter().map(const_key).collect::<Vec<_>>().join(",")),
        other => format!("{other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(src: &str) -> Option<Const> {
        let e = crate::syntax::parse_expression(src, "t").unwrap();
        const_value(&e.body)
    }

    #[test]
    fn folds_numbers_and_tuples() {
        assert!(matches!(fold("-5"), Some(Const::Int(-5))));
        assert!(matches!(fold("~5"), Some(Const::Int(-6))));
        assert!(matches!(fold("-2.5"), Some(Const::Float(f)) if f == -2.5));
        assert!(matches!(fold("(1, 'a', None)"), Some(Const::Tuple(t)) if t.len() == 3));
        assert!(matches!(fold("2 ** 10"), Some(Const::Int(1024))));
        assert!(matches!(fold("99999999999999999999"), Some(Const::BigInt(_))));
        assert!(matches!(fold("0xffffffffffffffffff"), Some(Const::BigInt(_))));
        assert!(fold("x + 1").is_none());
        assert!(fold("1 / 0").is_none());
        assert!(fold("-'a'").is_none());
    }
}
