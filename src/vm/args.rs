//! Argument parsing for native functions: arity checks and keyword lookup
//! with CPython's error messages.

use crate::error::PyResult;
use crate::object::exception::type_error;
use crate::object::str::as_str;
use crate::object::{Args, Value};

/// Parses the arguments of a native function named `fname`.
pub struct ArgParser<'a> {
    args: Args<'a>,
    fname: &'a str,
    /// Leading arguments (a method's `self`, a class method's `cls`) that
    /// the counts given include but CPython's messages do not.
    implicit: usize,
    /// Count messages as CPython's `PyArg_ParseTuple` words them
    /// (`find() takes at least 1 argument (0 given)`).
    getargs: bool,
}

impl<'a> Args<'a> {
    /// Positional arguments (self first for methods).
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    /// Keyword (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let n = self.all.len() - self.kwnames.len();
        self.kwnames.iter().map(|k| as_str(k).unwrap_or("")).zip(self.all[n..].iter())
    }
    /// The keyword argument `name`, if passed.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }
    /// Whether any keyword argument was passed.
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    /// Positional-only arguments (no keywords allowed).
    pub fn parser(self, fname: &'a str) -> ArgParser<'a> {
        ArgParser { args: self, fname, implicit: 0, getargs: false }
    }
    /// Arguments of a method: counts and names given to the parser include
    /// `self` (or `cls`), the messages count without it as CPython's do
    /// (`center expected at least 1 argument, got 0`).
    pub fn method_parser(self, fname: &'a str) -> ArgParser<'a> {
        ArgParser { args: self, fname, implicit: 1, getargs: false }
    }
    /// Arguments with no keywords.
    pub fn positional(args: &'a [Value]) -> Args<'a> {
        Args { all: args, kwnames: &[] }
    }
}

impl<'a> ArgParser<'a> {
    /// Count errors worded as CPython's `PyArg_ParseTuple` words them.
    pub fn getargs_style(mut self) -> Self {
        self.getargs = true;
        self
    }

    /// Checks there are no keyword arguments and `min..=max` positional ones.
    pub fn positional(&self, min: usize, max: usize) -> PyResult<&'a [Value]> {
        if self.args.has_kwargs() {
            return Err(type_error(format!("{}() takes no keyword arguments", self.fname)));
        }
        let p = self.args.pos();
        self.check_count(p.len(), min, max)?;
        Ok(p)
    }

    /// Checks `min..=max` positional arguments, allowing keywords from `allowed`.
    pub fn with_kwargs(&self, min: usize, max: usize, allowed: &[&str]) -> PyResult<&'a [Value]> {
        for (k, _) in self.args.kwargs() {
            if !allowed.contains(&k) {
                return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", self.fname, k)));
            }
        }
        let p = self.args.pos();
        self.check_count(p.len(), min, max)?;
        Ok(p)
    }

    /// Positional-or-keyword parameters `names` (the first `required` are
    /// required): returns one slot per name.
    pub fn bind(&self, names: &[&str], required: usize) -> PyResult<Vec<Option<Value>>> {
        let p = self.args.pos();
        if p.len() > names.len() {
            let (most, given) = (names.len() - self.implicit, p.len() - self.implicit);
            return Err(type_error(format!("{}() takes at most {} argument{} ({} given)", self.fname, most, if most == 1 { "" } else { "s" }, given)));
        }
        let mut out: Vec<Option<Value>> = p.iter().cloned().map(Some).collect();
        out.resize(names.len(), None);
        for (k, v) in self.args.kwargs() {
            match names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
                Some(i) => return Err(type_error(format!("argument for {}() given by name ('{}') and position ({})", self.fname, k, i + 1 - self.implicit))),
                None => return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", self.fname, k))),
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(type_error(format!("{}() missing required argument '{}' (pos {})", self.fname, names[i], i + 1 - self.implicit)));
            }
        }
        Ok(out)
    }

    fn check_count(&self, n: usize, min: usize, max: usize) -> PyResult<()> {
        if n >= min && n <= max {
            return Ok(());
        }
        // Counted without `self` (at least one is always there for a method).
        let k = self.implicit.min(n).min(min);
        let (n, min, max) = (n - k, min - k, max - k);
        if self.getargs {
            let (how, count) = if min == max { ("exactly", min) } else if n < min { ("at least", min) } else { ("at most", max) };
            let s = if count == 1 { "" } else { "s" };
            return Err(type_error(format!("{}() takes {how} {count} argument{s} ({n} given)", self.fname)));
        }
        let msg = if min == max {
            match min {
                0 => format!("{}() takes no arguments ({} given)", self.fname, n),
                1 => format!("{}() takes exactly one argument ({} given)", self.fname, n),
                _ => format!("{}() takes exactly {} arguments ({} given)", self.fname, min, n),
            }
        } else if n < min {
            format!("{} expected at least {} argument{}, got {}", self.fname, min, if min == 1 { "" } else { "s" }, n)
        } else {
            format!("{} expected at most {} argument{}, got {}", self.fname, max, if max == 1 { "" } else { "s" }, n)
        };
        Err(type_error(msg))
    }
}
