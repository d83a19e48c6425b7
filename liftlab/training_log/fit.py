"""Fitting the fitness–fatigue model to a lifter's own performances.

The model is chapter 05's (:func:`liftlab.fitness_fatigue`; Banister et al. 1975,
Calvert et al. 1976 [@calvert1976])::

    p(n) = p0 + k1 · Σ_{i<n} w(i) e^{-(n-i)/tau1} − k2 · Σ_{i<n} w(i) e^{-(n-i)/tau2}

Given the daily training loads ``w`` and the performances measured on some days,
:func:`fit_fitness_fatigue` finds ``p0, k1, k2, tau1, tau2`` the classic way
(Busso et al. 1991 [@busso1991]; Clarke & Skiba 2013 [@clarke2013]): for each
pair of time constants on a grid the model is *linear* in ``p0, k1, k2``, so the
gains come from linear least squares, and the pair with the smallest residual sum
of squares wins. The gains are kept non-negative (a negative fatigue gain would
mean training makes you fresher); where the unconstrained optimum breaks that, the
best model with that gain at 0 is taken, which is the exact constrained optimum.
Only pairs with ``tau2 < tau1`` are tried: fatigue fades faster than fitness, by
the model's definition.

How far to trust the result
---------------------------
Five parameters from one person's data are poorly determined. Over a season of
elite swimmers' data Hellard et al. (2006) [@hellard2006] found performances well
fitted (R² 0.79 ± 0.13) but 95 % intervals of 17–59 days for the fitness time
constant and 6–32 days for fatigue's, and some parameters so correlated that their
values meant little. The fit therefore reports its quality (R², RMSE, number of
points) and warns when there are fewer than :data:`RELIABLE_POINTS` performances,
when a time constant lands on the edge of its grid, or when a gain is zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

import liftlab
from liftlab.validation import as_number, check_positive, check_range, check_whole

__all__ = [
    "MIN_POINTS",
    "RELIABLE_POINTS",
    "TAU1_GRID",
    "TAU2_GRID",
    "FitnessFatigueFit",
    "fit_fitness_fatigue",
]

#: Time constants of fitness tried by default, days: 5 to 60 in steps of 1 (Hellard et
#: al. 2006 found 17–59; Calvert et al. 1976 fitted 50).
TAU1_GRID: np.ndarray = np.arange(5.0, 61.0)
#: Time constants of fatigue tried by default, days: 1 to 30 (Hellard et al. 2006:
#: 6–32; Calvert et al. 1976: 15).
TAU2_GRID: np.ndarray = np.arange(1.0, 31.0)
#: The model has 5 parameters: fewer performances than this cannot be fitted at all.
MIN_POINTS: int = 6
#: Fewer performances than this give a warning: four points per parameter, a rule of
#: thumb of this package, not a published threshold.
RELIABLE_POINTS: int = 20


@dataclass(frozen=True, repr=False)
class FitnessFatigueFit:
    """The fitted model and how well it fits (see :func:`fit_fitness_fatigue`).

    Attributes
    ----------
    p0, k1, k2 : float
        Baseline performance (unit of the performances) and the gains (performance
        units per unit of training load).
    tau1, tau2 : float
        Time constants of fitness and fatigue, days.
    n : int
        Number of performances fitted.
    rss, rmse, r2 : float
        Residual sum of squares, root mean square error (performance units) and the
        share of the performances' variance the model explains (NaN if they never
        vary).
    days, observed, fitted : numpy.ndarray
        Day index (0 = the first day of the loads), measured and modelled
        performance of each point.
    fitness, fatigue, performance : numpy.ndarray
        The fitted model on every day of the loads.
    warnings : tuple of str
        Why the result may not be trusted; empty if none applies.
    """

    p0: float
    k1: float
    k2: float
    tau1: float
    tau2: float
    n: int
    rss: float
    rmse: float
    r2: float
    days: np.ndarray
    observed: np.ndarray
    fitted: np.ndarray
    fitness: np.ndarray
    fatigue: np.ndarray
    performance: np.ndarray
    warnings: tuple[str, ...]

    def __repr__(self) -> str:
        return (
            f"FitnessFatigueFit(p0={self.p0:.4g}, k1={self.k1:.4g}, k2={self.k2:.4g}, "
            f"tau1={self.tau1:g}, tau2={self.tau2:g}, n={self.n}, r2={self.r2:.3f}, "
            f"rmse={self.rmse:.3g}, warnings={len(self.warnings)})"
        )


def _grid(name: str, values: Any) -> np.ndarray:
    grid = check_positive(name, values, unit="days")
    grid = np.atleast_1d(np.asarray(grid, dtype=float))
    if grid.ndim != 1 or grid.size == 0:
        raise ValueError(f"{name} has shape {grid.shape}: give a 1-D list of time constants.")
    return np.unique(grid)


def fit_fitness_fatigue(
    loads: Any,
    days: Any,
    performance: Any,
    *,
    tau1_grid: Any = None,
    tau2_grid: Any = None,
) -> FitnessFatigueFit:
    """Fit ``p0, k1, k2, tau1, tau2`` of the fitness–fatigue model to performances.

    Parameters
    ----------
    loads : array_like
        Daily training load, >= 0, one value per day from day 0 (e.g. volume-load).
    days : array_like of int
        The days (indices into ``loads``, increasing, no repeats) on which a
        performance was measured.
    performance : array_like
        The performance of each of those days (e.g. the best e1RM of the day).
    tau1_grid, tau2_grid : array_like, keyword-only
        Time constants tried for fitness and fatigue, days (default
        :data:`TAU1_GRID`, :data:`TAU2_GRID`); pairs with ``tau2 < tau1`` are used.

    Returns
    -------
    FitnessFatigueFit

    Raises
    ------
    ValueError
        For negative loads, days outside the loads or not increasing, lengths that
        do not match, fewer than :data:`MIN_POINTS` performances, or grids without
        a pair ``tau2 < tau1``.

    Notes
    -----
    As in :func:`liftlab.fitness_fatigue`, a day's performance counts the training of
    the days before it: a session shows from the next day on.

    Examples
    --------
    Performances made by the model itself are recovered exactly:

    >>> import numpy as np
    >>> w = np.tile([100.0, 0, 100, 0, 100, 0, 0], 20)
    >>> truth = liftlab.fitness_fatigue(w, k1=0.1, k2=0.2, tau1=40, tau2=10, p0=100)
    >>> days = np.arange(3, w.size, 4)
    >>> fit = fit_fitness_fatigue(w, days, truth.performance[days])
    >>> fit.tau1, fit.tau2, round(fit.k1, 6), round(fit.k2, 6), round(fit.p0, 6)
    (40.0, 10.0, 0.1, 0.2, 100.0)
    """
    w = check_range("loads", loads, low=0.0)
    if not isinstance(w, np.ndarray) or w.ndim != 1 or w.size == 0:
        raise ValueError(
            f"loads has shape {np.shape(w)}: give a 1-D sequence of daily loads (at least one)."
        )
    when = check_whole("days", days, low=0, high=w.size - 1)
    y = as_number("performance", performance)
    when = np.atleast_1d(np.asarray(when)).astype(np.int64)
    y = np.atleast_1d(np.asarray(y, dtype=float))
    if when.ndim != 1 or y.ndim != 1 or when.size != y.size:
        raise ValueError(
            f"days has shape {when.shape} and performance {y.shape}: give one performance "
            "per day, as two 1-D sequences of the same length."
        )
    if when.size > 1 and np.any(np.diff(when) <= 0):
        raise ValueError("days must increase with no repeats (one performance per day).")
    if y.size < MIN_POINTS:
        raise ValueError(
            f"performance has {y.size} value(s): the model has 5 parameters, so at least "
            f"{MIN_POINTS} days with a performance are needed."
        )
    grid1 = _grid("tau1_grid", TAU1_GRID if tau1_grid is None else tau1_grid)
    grid2 = _grid("tau2_grid", TAU2_GRID if tau2_grid is None else tau2_grid)
    pair1, pair2 = np.nonzero(grid2[None, :] < grid1[:, None])
    if pair1.size == 0:
        raise ValueError(
            "tau1_grid and tau2_grid have no pair with tau2 < tau1: fatigue must fade "
            "faster than fitness."
        )

    # Unit responses (k = 1) of fitness for every tau1 and fatigue for every tau2, from
    # one run of chapter 05's model (both grids padded to the same length).
    size = max(grid1.size, grid2.size)
    padded1 = np.pad(grid1, (0, size - grid1.size), mode="edge")
    padded2 = np.pad(grid2, (0, size - grid2.size), mode="edge")
    unit = liftlab.fitness_fatigue(w, k1=1.0, k2=1.0, tau1=padded1, tau2=padded2)
    g_all, h_all = unit.fitness[: grid1.size], unit.fatigue[: grid2.size]
    g, h = g_all[:, when], h_all[:, when]
    yc = y - y.mean()
    gc = g - g.mean(axis=1, keepdims=True)
    hc = h - h.mean(axis=1, keepdims=True)
    syy = float(yc @ yc)
    sgg, shh = np.einsum("ij,ij->i", gc, gc), np.einsum("ij,ij->i", hc, hc)
    sgy, shy = gc @ yc, hc @ yc
    a, b = sgg[pair1], shh[pair2]
    c = np.einsum("ij,ij->i", gc[pair1], hc[pair2])
    u, v = sgy[pair1], shy[pair2]

    # Four candidate models per pair: both gains, fitness only, fatigue only, none.
    with np.errstate(divide="ignore", invalid="ignore"):
        det = a * b - c * c
        full_ok = det > 1e-12 * a * b
        k1_full = (b * u - c * v) / det
        k2_full = (c * u - a * v) / det
        rss_full = syy - (k1_full * u - k2_full * v)
        full_ok &= (k1_full >= 0) & (k2_full >= 0)
        k1_g = np.where(a > 0, u / a, 0.0)
        rss_g = np.where((a > 0) & (u > 0), syy - u * k1_g, np.inf)
        k2_h = np.where(b > 0, -v / b, 0.0)
        rss_h = np.where((b > 0) & (v < 0), syy + v * k2_h, np.inf)
    rss = np.stack([np.where(full_ok, rss_full, np.inf), rss_g, rss_h, np.full(a.shape, syy)])
    model = np.argmin(rss, axis=0)
    best_rss = rss[model, np.arange(model.size)]
    best = int(np.argmin(best_rss))
    chosen = int(model[best])
    k1 = float((k1_full[best], k1_g[best], 0.0, 0.0)[chosen])
    k2 = float((k2_full[best], 0.0, k2_h[best], 0.0)[chosen])
    i, j = pair1[best], pair2[best]
    tau1, tau2 = float(grid1[i]), float(grid2[j])
    p0 = float(y.mean() - k1 * g[i].mean() + k2 * h[j].mean())

    # The model is linear in p0, k1 and k2: the fitted run is the unit responses scaled.
    fitness_run, fatigue_run = k1 * g_all[i], k2 * h_all[j]
    performance_run = p0 + fitness_run - fatigue_run
    fitted = performance_run[when]
    residual = y - fitted
    rss_value = float(residual @ residual)
    r2 = 1.0 - rss_value / syy if syy > 0 else float("nan")

    warnings = []
    if y.size < RELIABLE_POINTS:
        warnings.append(
            f"Only {y.size} days with a performance: 5 parameters from so few points are "
            f"poorly determined (at least {RELIABLE_POINTS} are advised here; Hellard et "
            "al. 2006 found wide intervals even over a season of data)."
        )
    for name, value, grid in (("tau1", tau1, grid1), ("tau2", tau2, grid2)):
        if grid.size > 1 and value in (grid[0], grid[-1]):
            warnings.append(
                f"{name} = {value:g} days is at the edge of the grid tried "
                f"({grid[0]:g}–{grid[-1]:g} days): the best value may lie outside it."
            )
    if k1 == 0.0:
        warnings.append("k1 = 0: the fit finds no lasting benefit of training in these data.")
    if k2 == 0.0:
        warnings.append(
            "k2 = 0: the fit finds no short-term dip after training; fatigue is not "
            "visible in these data."
        )
    if syy == 0:
        warnings.append("The performances never change: R² is undefined.")
    return FitnessFatigueFit(
        p0=p0,
        k1=k1,
        k2=k2,
        tau1=tau1,
        tau2=tau2,
        n=int(y.size),
        rss=rss_value,
        rmse=float(np.sqrt(rss_value / y.size)),
        r2=float(r2),
        days=when,
        observed=y,
        fitted=fitted,
        fitness=fitness_run,
        fatigue=fatigue_run,
        performance=performance_run,
        warnings=tuple(warnings),
    )
