from fractions import Fraction as F
from decimal import Decimal
import math
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("ctor", lambda: (F(3, -6), F("3/7"), F(" -1.25e2 "), F(0.1), F(Decimal("1.1")), F("1_000/3"), F(F(1, 2), F(1, 3)), F(2.5, 1) if False else F("inf") if False else F(7)))
t("bad str", lambda: F("1/0"))
t("bad str2", lambda: F("abc"))
t("zero den", lambda: F(1, 0))
t("float den", lambda: F(1, 2.0))
t("nan", lambda: F(float("nan")))
t("inf", lambda: F(float("inf")))
t("limit", lambda: (F("3.141592653589793").limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(1), F(-7, 3).limit_denominator(2)))
t("limit err", lambda: F(1, 3).limit_denominator(0))
t("arith", lambda: (F(1, 2) + F(1, 3), F(1, 2) - 1, 2 * F(3, 4), F(1, 2) / F(3, 4), F(7, 2) // 2, F(7, 2) % F(1, 3), divmod(F(7, 2), F(-1, 3)), F(2, 3) ** 2, F(4, 9) ** F(1, 2), F(2) ** -2, (-F(8, 27)) ** F(1, 3) if False else 0))
t("mixed float", lambda: (F(1, 2) + 0.25, 0.5 * F(1, 3), F(1, 2) == 0.5, F(1, 3) < 0.34, F(1, 2) + 1j))
t("round", lambda: (round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3))))
t("fmt", lambda: (str(F(3, 4)), str(F(4, 1)), f"{F(1, 3)}", format(F(1, 3), "") if True else 0))
t("fmt spec", lambda: format(F(1, 3), ".3f"))
t("hash", lambda: (hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), F(1, 2) in {0.5}))
t("props", lambda: (F(6, 4).numerator, F(6, 4).denominator, F(6, 4).as_integer_ratio(), F(-3, 4).__abs__(), F.from_float(0.25), F.from_decimal(Decimal("0.75"))))
t("is_integer", lambda: F(4, 2).is_integer() if hasattr(F, "is_integer") else "n/a")
t("cmp", lambda: sorted([F(1, 2), 0.3, 1, F(-1, 3), Decimal("0.4")]))
t("bool", lambda: (bool(F(0)), bool(F(1, 5))))
t("pow zero", lambda: F(0) ** -1)
t("div zero", lambda: F(1) / 0)
