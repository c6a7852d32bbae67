"""A small ledger in Decimal: postings, balances per account, interest with
rounding modes, currency conversion with quantize, and a formatted
statement."""
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, localcontext

CENT = Decimal('0.01')

ENTRIES = [
    ('2024-01-01', 'opening', 'assets:bank', '1500.00'),
    ('2024-01-01', 'opening', 'equity:open', '-1500.00'),
    ('2024-01-05', 'rent', 'expenses:rent', '725.50'),
    ('2024-01-05', 'rent', 'assets:bank', '-725.50'),
    ('2024-01-09', 'groceries', 'expenses:food', '83.333'),
    ('2024-01-09', 'groceries', 'assets:bank', '-83.333'),
    ('2024-01-15', 'salary', 'assets:bank', '2100.005'),
    ('2024-01-15', 'salary', 'income:job', '-2100.005'),
    ('2024-01-20', 'coffee', 'expenses:food', '3.455'),
    ('2024-01-20', 'coffee', 'assets:bank', '-3.455'),
]


def balances(entries):
    out = {}
    for _, _, account, amount in entries:
        out[account] = out.get(account, Decimal(0)) + Decimal(amount)
    return out


def check_balanced(entries):
    by_txn = {}
    for day, memo, _, amount in entries:
        key = (day, memo)
        by_txn[key] = by_txn.get(key, Decimal(0)) + Decimal(amount)
    return [k for k, v in by_txn.items() if v != 0]


def interest(balance, rate, days, rounding):
    raw = balance * Decimal(rate) * days / 365
    return raw, raw.quantize(CENT, rounding=rounding)


def main():
    b = balances(ENTRIES)
    print('unbalanced:', check_balanced(ENTRIES))
    width = max(len(a) for a in b)
    for account in sorted(b):
        amt = b[account]
        print(f"{account:<{width}} {amt:>12} {amt.quantize(CENT, rounding=ROUND_HALF_EVEN):>10}")
    total = sum(b.values(), Decimal(0))
    print('total', total, repr(total), total == 0)
    bank = b['assets:bank']
    for mode in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING):
        raw, rounded = interest(bank, '0.0425', 31, mode)
        print(mode, rounded, str(raw)[:20])
    for s in ('2.675', '2.665', '-2.665', '0.005', '1E+2', '123.4567'):
        d = Decimal(s)
        print(s, d.quantize(CENT), d.quantize(CENT, rounding=ROUND_HALF_UP), d.normalize(), d.as_tuple().exponent)
    rate = Decimal('1.0837')
    eur = Decimal('1234.56')
    usd = (eur * rate).quantize(CENT)
    print('EUR', eur, '-> USD', usd, 'back', (usd / rate).quantize(CENT))
    with localcontext() as ctx:
        ctx.prec = 6
        print('third', Decimal(1) / Decimal(3), Decimal(2) ** Decimal('0.5'))
    print('split', [(bank / 3).quantize(CENT)] * 2 + [bank - 2 * (bank / 3).quantize(CENT)])
    try:
        Decimal('12,50')
    except InvalidOperation as e:
        print('InvalidOperation', type(e).__name__)
    print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('-0.5'):+.1%}", format(Decimal('1e-7'), 'f'))
    print(sorted([Decimal('10.0'), Decimal('9.99'), Decimal('10')]), max(Decimal('1.10'), Decimal('1.1')))


main()
