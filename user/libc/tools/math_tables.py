#!/usr/bin/env python3
"""Print the constants and tables of src/math/*.c, computed from scratch.

    python3 user/libc/tools/math_tables.py exp|log|rem_pio2|sin|atan

Only the standard library: pi by Machin's formula in integers, ln and exp
by the decimal module (correctly rounded at the precision set below), atan
by argument halving and its Taylor series. A value v is printed as a
double-double: hi = v rounded to nearest, lo = (v - hi) rounded; a "split"
constant is v rounded to fewer bits so that its product with a small
integer is exact. The polynomials in the C files are Taylor series, whose
coefficients (1/n!, 1/n, Bernoulli numbers for tanh) are written there as
fractions that the compiler rounds.
"""
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 90  # about 300 bits


def pi_fraction(bits):
    """pi within 2^-bits, as a Fraction: 16 atan(1/5) - 4 atan(1/239)."""
    guard = 64
    one = 1 << (bits + guard)

    def atan_inv(n):
        term, total, k, sign = one // n, one // n, 1, -1
        while term:
            term //= n * n
            k += 2
            total += sign * (term // k)
            sign = -sign
        return total

    return Fraction(16 * atan_inv(5) - 4 * atan_inv(239), one)


PI = pi_fraction(1400)
LN2 = Fraction(Decimal(2).ln())
LN10 = Fraction(Decimal(10).ln())


def to_decimal(f):
    return Decimal(f.numerator) / Decimal(f.denominator)


def rounded(f, bits):
    """f rounded to nearest with `bits` significant bits, as a Fraction."""
    if f == 0:
        return f
    e = 0
    a = abs(f)
    while a >= 2:
        a /= 2
        e += 1
    while a < 1:
        a *= 2
        e -= 1
    scale = Fraction(2) ** (bits - 1 - e)
    return Fraction(round(f * scale)) / scale


def hexd(f):
    return "0" if f == 0 else float(f).hex()


def dd(f):
    hi = Fraction(float(f))
    return hexd(hi), hexd(f - hi)


def atan_dec(x):
    """atan(x) for 0 <= x <= 1 to the decimal precision."""
    x = to_decimal(Fraction(x))
    halvings = 3
    for _ in range(halvings):
        x = x / (1 + (1 + x * x).sqrt())
    total, term, k, x2 = x, x, 1, x * x
    eps = Decimal(10) ** -(getcontext().prec + 5)
    while abs(term) > eps:
        term *= -x2
        k += 2
        total += term / k
    return Fraction(total * 2 ** halvings)


def table(name, rows):
    print(name)
    for r in rows:
        print("\t{ " + ", ".join(r) + " },")
    print("};")


def gen_exp():
    # exp: x = k ln2/32 + r; 2^(j/32) for j = 0..31 as hi + lo.
    print("#define INV_LN2_32 %s" % hexd(32 / LN2))
    l1 = rounded(LN2 / 32, 37)  # |k| < 2^16: k * L1 is exact
    print("#define LN2_32_HI %s" % hexd(l1))
    print("#define LN2_32_LO %s" % hexd(LN2 / 32 - l1))
    rows = []
    for j in range(32):
        v = Fraction((Decimal(j) / 32 * to_decimal(LN2)).exp())
        rows.append(dd(v))
    table("static const double exp2_32[32][2] = {", rows)


def gen_log():
    # log: m in [0.75, 1.5) by the top 7 bits of x's significand, c ~ 1/m;
    # buckets next to 1 (j = 0 and 127) use c = 1 so that r = m - 1 is exact.
    l1 = rounded(LN2, 42)  # |k| < 2^11: k * LN2_HI is exact
    print("#define LN2_HI %s" % hexd(l1))
    print("#define LN2_LO %s" % hexd(LN2 - l1))
    print("#define INV_LN2_HI %s\n#define INV_LN2_LO %s" % dd(1 / LN2))
    print("#define INV_LN10_HI %s\n#define INV_LN10_LO %s" % dd(1 / LN10))
    rows = []
    for j in range(128):
        mid = 1 + Fraction(2 * j + 1, 256)
        if j >= 64:
            mid /= 2
        c = Fraction(1) if j in (0, 127) else Fraction(float(1 / mid))
        mlog = -Fraction((to_decimal(c)).ln()) if c != 1 else Fraction(0)
        rows.append((hexd(c),) + dd(mlog))
    table("static const double log_tab[128][3] = {", rows)


def gen_rem_pio2():
    pio2 = PI / 2
    # Cody-Waite: pi/2 = P1 + P2 + P3 + P4, P1..P3 of 30 bits so that n * Pi
    # is exact for |n| < 2^23, P4 the rounded rest (143 bits in all).
    rest = pio2
    for i in range(1, 4):
        p = rounded(rest, 30)
        print("#define PIO2_%d %s" % (i, hexd(p)))
        rest -= p
    print("#define PIO2_4 %s" % hexd(rest))
    print("#define PIO2_HI %s\n#define PIO2_LO %s" % dd(pio2))
    print("#define INV_PIO2 %s" % hexd(2 / PI))
    # Payne-Hanek: 64 zero bits, then the bits of 2/pi, 20 words of 64.
    words = 20
    nbits = 64 * words - 64
    v = (2 / PI) * (1 << nbits)
    bits = v.numerator // v.denominator  # floor
    print("static const uint64_t two_over_pi[%d] = {" % words)
    ws = [0] + [(bits >> (64 * (words - 2 - i))) & (2**64 - 1) for i in range(words - 1)]
    for i in range(0, words, 3):
        print("\t" + " ".join("0x%016xULL," % w for w in ws[i:i + 3]))
    print("};")


def gen_sin():
    print("#define NEG_1_6_HI %s\n#define NEG_1_6_LO %s" % dd(Fraction(-1, 6)))
    print("#define ONE_24_HI %s\n#define ONE_24_LO %s" % dd(Fraction(1, 24)))


def gen_atan():
    print("#define PI_HI %s\n#define PI_LO %s" % dd(PI))
    print("#define PIO2_HI %s\n#define PIO2_LO %s" % dd(PI / 2))
    rows = [dd(atan_dec(Fraction(j, 16))) for j in range(17)]
    table("static const double atan_16[17][2] = {", rows)


gens = {"exp": gen_exp, "log": gen_log, "rem_pio2": gen_rem_pio2, "sin": gen_sin,
        "atan": gen_atan}
if len(sys.argv) != 2 or sys.argv[1] not in gens:
    sys.exit("usage: math_tables.py " + "|".join(gens))
gens[sys.argv[1]]()
