"""SALib 1.4.8 delta and PAWN on fixed samples, for DistributionSensitivityTest (no Python is needed at test time).

Writes, for each model, <model>-sample.csv (x1, x2, x3, y; 17 significant digits) and <model>-salib.csv, per input:
- delta, delta_conf: SALib's delta.analyze (100 resamples). Note that SALib computes its uncorrected estimate on one
  bootstrap resample rather than on the sample, which adds that resample's noise (here -0.03 to +0.03);
- delta_raw: SALib's calc_delta on the sample itself (the uncorrected estimate of Plischke et al. 2013, eqn 26);
- delta_bc, delta_bc_conf: Plischke et al.'s bias reduction (eqn 30) built from SALib's calc_delta: 2 delta_raw minus
  the mean over 100 bootstrap resamples, and 1.96 times their standard deviation;
- delta_boot_mean, delta_boot_sd: the mean and standard deviation of those 100 bootstrap estimates;
- delta_seed_mean, delta_seed_sd, delta_conf_seed_mean: SALib's delta.analyze run with 40 seeds (1001 … 1040) on the
  same sample: the mean and standard deviation of its reported delta, and the mean of its reported half-width. They
  show what SALib's estimate is: 2 d* - mean(d_b) with d* itself a bootstrap estimate, so its expectation is
  mean(d_b) (the bias added, not removed) and its spread about twice sd(d_b), while its half-width is 1.96 sd(d_b);
- the PAWN statistics of SALib's pawn.analyze (S = 10), and percentile 95 % intervals of them over 200 bootstrap
  resamples of the rows (SALib's pawn reports none), with the mean of those 200 bootstrap values (pawn_*_boot_mean).

And <model>-pawn-intervals.csv, per input and PAWN statistic (pawn_<statistic>_<column>), from SALib's pawn on the
same 200 bootstrap resamples (the same generator, seed 12):
- value: SALib's pawn.analyze on the sample; low, high, boot_mean: the percentile interval and the bootstrap mean
  (the same numbers as in <model>-salib.csv up to the last bit, which shows that the resamples are the same; the
  last bit differs because scipy's exact KS test returns its statistic as a count over the common denominator);
- conf: 1.96 times the standard deviation of the bootstrap values, the normal-approximation half-width that SALib
  reports for its other measures (delta_conf, S1_conf, mu_star_conf);
- z0: Efron's bias-correction constant, Phi^-1 of the share of bootstrap values below SALib's value (ties half);
- bc_low, bc_high: Efron's bias-corrected (BC) percentile interval, the bootstrap percentiles Phi(2 z0 -+ 1.96);
- acceleration, bca_low, bca_high: the BCa interval (Efron 1987), its acceleration from a grouped jackknife (100
  groups of 20 rows, row i in group i mod 100).
The BC and BCa intervals contain SALib's own value exactly when |z0| <= 1.96 (for small acceleration), the same
condition as for the percentile interval: they are intervals for the true index, shifted away from a biased plug-in
estimate, not intervals around it.

Regenerate from the project root (Debian's numpy/scipy, SALib source from ../shared/peers):
  PYTHONPATH=../shared/peers/salib-1.4.8/src /usr/bin/python3 \
      model/src/test/resources/fi/foresight/sensitivity/salib/salib_reference.py [delta] [pawn]
("delta": the samples and <model>-salib.csv, the slow part; "pawn": <model>-pawn-intervals.csv; default both.)
"""
import os
import sys

import numpy as np
import scipy.stats
from scipy.stats import norm
from SALib.analyze import delta, pawn
from SALib.analyze.delta import calc_delta

HERE = os.path.dirname(os.path.abspath(__file__))
N = 2000
SEEDS = range(1001, 1041)
RHO = 0.6
NAMES = ["x1", "x2", "x3"]
PROBLEM = {"num_vars": 3, "names": NAMES, "bounds": [[0, 1]] * 3}
STATS = ["minimum", "mean", "median", "maximum", "CV"]
Z = 1.959963984540054
JACKKNIFE_GROUPS = 100


def ishigami(rng):
    x = rng.uniform(-np.pi, np.pi, size=(N, 3))
    y = np.sin(x[:, 0]) + 7 * np.sin(x[:, 1]) ** 2 + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])
    return x, y


def correlated_linear(rng):
    """y = x1 + x2 + x3, standard normal inputs, corr(x1, x2) = RHO, x3 independent."""
    cov = np.array([[1, RHO, 0], [RHO, 1, 0], [0, 0, 1]])
    x = rng.multivariate_normal(np.zeros(3), cov, size=N)
    return x, x.sum(axis=1)


def write(name, x, y):
    with open(os.path.join(HERE, name + "-sample.csv"), "w") as f:
        f.write("x1,x2,x3,y\n")
        for row, v in zip(x, y):
            f.write(",".join(repr(float(a)) for a in (*row, v)) + "\n")
    d = delta.analyze(PROBLEM, x, y, num_resamples=100, conf_level=0.95, seed=11, method="delta")
    exp = 2.0 / (7.0 + np.tanh((1500.0 - N) / 500.0))
    m = np.linspace(0, N, int(np.round(min(int(np.ceil(N ** exp)), 48))) + 1)
    grid = np.linspace(np.min(y), np.max(y), 100)
    raw = [calc_delta(y, grid, x[:, i], m) for i in range(3)]
    rs = np.random.default_rng(13)
    boot = [rs.integers(0, N, N) for _ in range(100)]
    star = np.array([[calc_delta(y[r], grid, x[r, i], m) for i in range(3)] for r in boot])
    bc = 2 * np.array(raw) - star.mean(axis=0)
    bc_conf = 1.959963984540054 * star.std(axis=0, ddof=1)
    p = pawn.analyze(PROBLEM, x, y, S=10, seed=11)
    rng = np.random.default_rng(12)
    boot = np.array([[pawn.analyze(PROBLEM, x[r], y[r], S=10)[s] for s in STATS]
                     for r in (rng.integers(0, N, N) for _ in range(200))])
    lo = np.percentile(boot, 2.5, axis=0)
    hi = np.percentile(boot, 97.5, axis=0)
    boot_mean = boot.mean(axis=0)
    runs = [delta.analyze(PROBLEM, x, y, num_resamples=100, conf_level=0.95, seed=s, method="delta") for s in SEEDS]
    seed_d = np.array([r["delta"] for r in runs])
    seed_c = np.array([r["delta_conf"] for r in runs])
    with open(os.path.join(HERE, name + "-salib.csv"), "w") as f:
        cols = ["variable", "delta", "delta_conf", "delta_raw", "delta_bc", "delta_bc_conf"] + ["pawn_" + s.lower() for s in STATS]
        cols += ["pawn_%s_low" % s.lower() for s in STATS] + ["pawn_%s_high" % s.lower() for s in STATS]
        cols += ["delta_boot_mean", "delta_boot_sd", "delta_seed_mean", "delta_seed_sd", "delta_conf_seed_mean"]
        cols += ["pawn_%s_boot_mean" % s.lower() for s in STATS]
        f.write(",".join(cols) + "\n")
        for i, v in enumerate(NAMES):
            vals = [d["delta"][i], d["delta_conf"][i], raw[i], bc[i], bc_conf[i]] + [p[s][i] for s in STATS]
            vals += list(lo[:, i]) + list(hi[:, i])
            vals += [star[:, i].mean(), star[:, i].std(ddof=1), seed_d[:, i].mean(), seed_d[:, i].std(ddof=1),
                     seed_c[:, i].mean()]
            vals += list(boot_mean[:, i])
            f.write(v + "," + ",".join(repr(float(a)) for a in vals) + "\n")


def ks_statistic_fast(a, b):
    """scipy's two-sample KS test as SALib's pawn calls it, with the asymptotic p-value instead of the exact one: pawn
    keeps only the statistic, which the p-value's method changes at most in the last bit (the exact method returns it
    as a count over the common denominator of the sample sizes), and the exact p-value of two samples of unequal sizes
    (bootstrap resamples) costs much more."""
    return scipy.stats.ks_2samp(a, b, method="asymp")


def pawn_bootstrap(x, y):
    """SALib's pawn on 200 bootstrap resamples of the rows (B x statistics x inputs), as write() draws them."""
    rng = np.random.default_rng(12)
    return np.array([[pawn.analyze(PROBLEM, x[r], y[r], S=10)[s] for s in STATS]
                     for r in (rng.integers(0, N, N) for _ in range(200))])


def write_pawn_intervals(name, x, y):
    p = pawn.analyze(PROBLEM, x, y, S=10, seed=11)
    own = np.array([p[s] for s in STATS])
    boot = pawn_bootstrap(x, y)
    group = np.arange(N) % JACKKNIFE_GROUPS
    jack = np.array([[pawn.analyze(PROBLEM, x[group != g], y[group != g], S=10)[s] for s in STATS]
                     for g in range(JACKKNIFE_GROUPS)])
    below = (boot < own).sum(axis=0) + 0.5 * (boot == own).sum(axis=0)
    z0 = norm.ppf(below / boot.shape[0])
    d = jack.mean(axis=0) - jack
    accel = (d ** 3).sum(axis=0) / (6 * ((d ** 2).sum(axis=0)) ** 1.5)
    levels = {"bc": (norm.cdf(2 * z0 - Z), norm.cdf(2 * z0 + Z)),
              "bca": (norm.cdf(z0 + (z0 - Z) / (1 - accel * (z0 - Z))),
                      norm.cdf(z0 + (z0 + Z) / (1 - accel * (z0 + Z))))}
    parts = {"value": own, "low": np.percentile(boot, 2.5, axis=0), "high": np.percentile(boot, 97.5, axis=0),
             "boot_mean": boot.mean(axis=0), "conf": Z * boot.std(axis=0, ddof=1), "z0": z0,
             "acceleration": accel}
    for kind, (lo, hi) in levels.items():
        parts[kind + "_low"] = np.empty(own.shape)
        parts[kind + "_high"] = np.empty(own.shape)
        for j in range(own.shape[0]):
            for i in range(own.shape[1]):
                parts[kind + "_low"][j, i] = np.percentile(boot[:, j, i], 100 * lo[j, i])
                parts[kind + "_high"][j, i] = np.percentile(boot[:, j, i], 100 * hi[j, i])
    order = ["value", "low", "high", "boot_mean", "conf", "z0", "bc_low", "bc_high", "acceleration", "bca_low",
             "bca_high"]
    with open(os.path.join(HERE, name + "-pawn-intervals.csv"), "w") as f:
        f.write(",".join(["variable"] + ["pawn_%s_%s" % (s.lower(), c) for s in STATS for c in order]) + "\n")
        for i, v in enumerate(NAMES):
            vals = [parts[c][j, i] for j in range(len(STATS)) for c in order]
            f.write(v + "," + ",".join(repr(float(a)) for a in vals) + "\n")


if __name__ == "__main__":
    todo = sys.argv[1:] or ["delta", "pawn"]
    for model, draw, seed in (("ishigami", ishigami, 2026), ("correlated-linear", correlated_linear, 2027)):
        if "delta" in todo:
            write(model, *draw(np.random.default_rng(seed)))
        if "pawn" in todo:
            pawn.ks_2samp = ks_statistic_fast  # the same statistics to 1e-12 (the test compares them with <model>-salib.csv)
            write_pawn_intervals(model, *draw(np.random.default_rng(seed)))
