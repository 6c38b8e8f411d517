#!/usr/bin/env python3
"""Writes tests/kernel/math-reference.json: inputs for exp, log, pow, sin and cos with their
values correctly rounded to double precision, computed with mpmath at 200 bits. The test of
src/kernel/math.ts checks every result against these within 1 ulp. Rerun only to change the
inputs (it is deterministic: a fixed seed)."""
import json
import math
import pathlib
import random

import mpmath

mpmath.mp.prec = 200
rng = random.Random(20191)


def rounded(v):
    """The double nearest to an mpmath value (mpmath rounds to nearest on conversion)."""
    return float(mpmath.mpf(v))


def uniform(lo, hi, n):
    return [rng.uniform(lo, hi) for _ in range(n)]


def log_uniform(lo_exp, hi_exp, n):
    return [math.ldexp(rng.uniform(1, 2), rng.randint(lo_exp, hi_exp)) for _ in range(n)]


cases = {}

xs = uniform(-2, 2, 150) + uniform(-745, 709.78, 150) + [0.5 * math.log(2), 1.5 * math.log(2), 1e-9, -1e-9, 709.78, -708.5, -744.9, 1.0, -1.0, 2.0 ** -30]
cases["exp"] = [[x, rounded(mpmath.exp(x))] for x in xs]

xs = uniform(0, 1, 150) + uniform(0.5, 2, 100) + log_uniform(-1074, 1023, 150) + [1 + 2.0 ** -30, 1 - 2.0 ** -30, 2.0, math.e, 5e-324, 1.7976931348623157e308]
cases["log"] = [[x, rounded(mpmath.log(x))] for x in xs]

xs = uniform(0, 2 * math.pi, 200) + uniform(-100, 100, 100) + uniform(-1.6e6, 1.6e6, 60) + log_uniform(21, 1023, 60) + [math.pi / 4, math.pi / 2, math.pi, 1e-9, 1e22]
cases["cos"] = [[x, rounded(mpmath.cos(x))] for x in xs]
cases["sin"] = [[x, rounded(mpmath.sin(x))] for x in xs]

pairs = [(rng.uniform(0, 1), 1 / rng.uniform(0.05, 3)) for _ in range(150)]  # the gamma sampler's U^(1/shape)
pairs += [(rng.uniform(0.1, 5), rng.uniform(0, 2)) for _ in range(100)]  # the extension elasticity
pairs += [(rng.uniform(0, 20), rng.uniform(-30, 30)) for _ in range(100)]
pairs += [(-rng.uniform(0.5, 3), float(rng.randint(-40, 40))) for _ in range(30)]
pairs += [(10.0, float(n)) for n in range(-20, 21)] + [(2.0, -1074.0), (2.0, 1023.0), (1 + 2.0 ** -40, 2.0 ** 40), (0.999, 1e5)]
cases["pow"] = [[x, y, rounded(mpmath.power(x, y))] for x, y in pairs]

out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "kernel" / "math-reference.json"
out.write_text(json.dumps(cases) + "\n")
print(f"wrote {out} ({sum(len(v) for v in cases.values())} cases)")
