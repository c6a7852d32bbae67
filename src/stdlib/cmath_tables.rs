//! Special-value tables of the `cmath` module (C99 Annex G, as CPython 3.11
//! follows them), indexed `[class(re)][class(im)]` with the classes
//! -inf, negative, -0, +0, positive, +inf, nan. Only cells where a part is
//! infinite or NaN are ever read; finite cells hold NaN. The entries were
//! taken by evaluating CPython 3.11's `cmath` (the oracle) at one argument of
//! each class pair; cells where CPython raises hold NaN (never returned).

/// A 7x7 table of (re, im) results.
pub type Table = [[(f64, f64); 7]; 7];

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = std::f64::consts::PI;
const P12: f64 = std::f64::consts::FRAC_PI_2;
const P14: f64 = std::f64::consts::FRAC_PI_4;
const P34: f64 = 0.75 * std::f64::consts::PI;

/// Special values of `sqrt`, indexed [class(re)][class(im)].
pub const SQRT: Table = [
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
/// Special values of `log`, indexed [class(re)][class(im)].
pub const LOG: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
/// Special values of `acos`, indexed [class(re)][class(im)].
pub const ACOS: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (N, N)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (P12, N)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (P12, N)],
    [(P12, INF), (N, N), (N, N), (N, N), (N, N), (P12, -INF), (N, N)],
    [(P14, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P14, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];
/// Special values of `acosh`, indexed [class(re)][class(im)].
pub const ACOSH: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
/// Special values of `asinh`, indexed [class(re)][class(im)].
pub const ASINH: Table = [
    [(-INF, -P14), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P14), (-INF, N)],
    [(-INF, -P12), (N, N), (N, N), (N, N), (N, N), (-INF, P12), (N, N)],
    [(-INF, -P12), (N, N), (N, N), (N, N), (N, N), (-INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P12), (N, N), (N, N), (N, N), (N, N), (INF, P12), (N, N)],
    [(INF, -P14), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P14), (INF, N)],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
];
/// Special values of `atanh`, indexed [class(re)][class(im)].
pub const ATANH: Table = [
    [(-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N)],
    [(-0.0, -P12), (N, N), (N, N), (N, N), (N, N), (-0.0, P12), (N, N)],
    [(-0.0, -P12), (N, N), (N, N), (N, N), (N, N), (-0.0, P12), (-0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
    [(0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N)],
    [(0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N)],
];
/// Special values of `exp`, indexed [class(re)][class(im)].
pub const EXP: Table = [
    [(0.0, 0.0), (-0.0, -0.0), (0.0, -0.0), (0.0, 0.0), (-0.0, 0.0), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
/// Special values of `cosh`, indexed [class(re)][class(im)].
pub const COSH: Table = [
    [(N, N), (-INF, INF), (INF, 0.0), (INF, -0.0), (-INF, -INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
/// Special values of `sinh`, indexed [class(re)][class(im)].
pub const SINH: Table = [
    [(N, N), (INF, -INF), (-INF, -0.0), (-INF, 0.0), (INF, INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (0.0, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (0.0, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
/// Special values of `tanh`, indexed [class(re)][class(im)].
pub const TANH: Table = [
    [(-1.0, 0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, -0.0), (-1.0, 0.0), (-1.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(1.0, 0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, -0.0), (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
/// Special values of `rect`, indexed [class(r)][class(phi)].
pub const RECT: Table = [
    [(N, N), (INF, INF), (-INF, 0.0), (-INF, -0.0), (INF, -INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(0.0, 0.0), (N, N), (N, N), (N, N), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), (N, N), (N, N), (N, N), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (-INF, -INF), (INF, -0.0), (INF, 0.0), (-INF, INF), (N, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
