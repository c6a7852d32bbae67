# math module functions with exactly reproducible results.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(10**20 + 1), math.pow(2, 10), math.exp(0), math.log(math.e))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(0))
print(math.floor(-0.5), math.ceil(0.5), math.trunc(-9.9), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3))
print(math.factorial(20), math.factorial(30), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.comb(10, 3), math.perm(5, 2))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1) == math.pi / 4, math.degrees(math.pi), math.radians(180) == math.pi)
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.isfinite(1e308))
print(math.isinf(-math.inf), math.isnan(float("nan")), math.isclose(1.0, 1.0 + 1e-12), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
for f in (lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5),
          lambda: math.exp(1000), lambda: math.acos(2), lambda: math.isqrt(-4), lambda: math.comb(3, -1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
total = 0.0
for k in range(1, 200):
    total += math.sqrt(k) * math.floor(k / 7) - math.fabs(math.sin(0.0))
print(round(total, 6), math.floor(total), type(math.floor(total)).__name__)
