# A small household ledger: money in Decimal (quantized to cents), shares
# as exact Fractions, a few statistics, and a pprint-ed report.
from decimal import Decimal, ROUND_HALF_UP, localcontext
from fractions import Fraction
import pprint
import statistics

CENT = Decimal('0.01')
entries = [
    ('2024-01-01', 'rent', '-1200.50', 'housing'),
    ('2024-01-02', 'salary', '3150.00', 'income'),
    ('2024-01-03', 'groceries', '-84.35', 'food'),
    ('2024-01-03', 'coffee', '-3.10', 'food'),
    ('2024-01-09', 'refund', '12.05', 'income'),
    ('2024-01-12', 'groceries', '-61.20', 'food'),
    ('2024-01-15', 'electricity', '-73.333', 'housing'),
    ('2024-01-20', 'interest', '0.4567', 'income'),
]

balance = Decimal(0)
by_cat = {}
rows = []
for day, what, amount, cat in entries:
    value = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)
    balance += value
    by_cat[cat] = by_cat.get(cat, Decimal(0)) + value
    rows.append((day, what, value, f'{balance:>10,.2f}'))

for day, what, value, running in rows:
    print(f'{day} {what:<12}{value:>9} {running}')
print('balance', balance, repr(balance), f'{balance:,.2f}')

# split the rent three ways: exact shares, then cents that add up
rent = Fraction(Decimal('1200.50'))
share = rent / 3
print('exact share', share, float(share), share * 3 == rent)
cents = [Decimal(int(share * 100)) / 100] * 2
cents.append(Decimal('1200.50') - sum(cents))
print('cent shares', cents, sum(cents))

with localcontext() as ctx:
    ctx.prec = 6
    print('monthly rate', Decimal(balance) / 31, ctx.prec)

food = [-v for _, _, v, _ in rows if v < 0]
report = {
    'balance': balance,
    'by_category': {k: str(v) for k, v in by_cat.items()},
    'food_stats': {
        'mean': statistics.mean(food),
        'median': statistics.median(food),
        'stdev': round(statistics.stdev([float(x) for x in food]), 6),
    },
    'shares': [str(c) for c in cents],
    'entries': [(d, w, str(v)) for d, w, v, _ in rows],
}
pprint.pprint(report, width=72)
pprint.pprint(report, width=40, depth=2)
print(pprint.pformat(report['by_category'], sort_dicts=False))
