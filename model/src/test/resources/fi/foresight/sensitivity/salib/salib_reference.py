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

Regenerate from the project root (Debian's numpy/scipy, SALib source from ../shared/peers):
  PYTHONPATH=../shared/peers/salib-1.4.8/src /usr/bin/python3 \
      model/src/test/resources/fi/foresight/sensitivity/salib/salib_reference.py
"""
import os

import numpy as np
from SALib.analyze import delta, pawn
from SALib.analyze.delta import calc_delta

HERE = os.path.dirname(os.path.abspath(__file__))
N = 2000
SEEDS = range(1001, 1041)
RHO = 0.6
NAMES = ["x1", "x2", "x3"]
PROBLEM = {"num_vars": 3, "names": NAMES, "bounds": [[0, 1]] * 3}
STATS = ["minimum", "mean", "median", "maximum", "CV"]


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


if __name__ == "__main__":
    write("ishigami", *ishigami(np.random.default_rng(2026)))
    write("correlated-linear", *correlated_linear(np.random.default_rng(2027)))
