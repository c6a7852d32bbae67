from decimal import *
import statistics as st
for v in ['1', '0', '-1', '1.5', '9.999999999999999999999999999', '1E-1000026', 'Infinity', '-Infinity', '123456789012345678901234567890', '-0.00']:
    d = Decimal(v)
    print(v, d.next_plus(), d.next_minus(), d.next_toward(1), d.next_toward(-5))
data = [Decimal('1.5'), Decimal('2.25'), Decimal('3.125'), Decimal('0.1')]
print(st.mean(data), st.median(data), st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.harmonic_mean(data), st.mode(data))
for k in range(2, 30):
    dd = [Decimal(i * i % 17) / Decimal(k) for i in range(k)]
    print(st.stdev(dd), st.pstdev(dd), st.variance(dd), st.mean(dd))
print(getcontext())
