"""Figures that explain concepts: the two goals (chapter 01), the body beyond the barbell
(07) and the summary (08).

Every function returns a :class:`~liftlab.plots.energy.Figured` (``figure``, ``alt``):
pass both to :func:`liftlab.plots.show`. The alt text is computed from the same numbers
as the figure.

Three kinds of figure live here, and each says which it is in its title or alt text:

* **computed** from the liftlab models (goal zones, progressive overload, protein,
  volume response, the comparison of both goals);
* **published values** quoted from a study's abstract (the constants below, each with
  its source), drawn as reported;
* **schematics**: shapes that illustrate a mechanism (motor-unit recruitment, rate
  coding, coordination, the neural/size time course). Their numbers are illustrative,
  not measurements, and their titles say "schematic".

Published values are quoted from the abstract of each study (said so next to each
constant); where a figure needs a number the abstracts do not give, it is drawn as a
schematic and says so.

References
----------
- Henneman E, Somjen G, Carpenter DO (1965). Functional significance of cell size in
  spinal motoneurons. *J Neurophysiol* 28:560–580. [@henneman1965]
- Fuglevand AJ, Winter DA, Patla AE (1993). Models of recruitment and rate coding
  organization in motor-unit pools. *J Neurophysiol* 70(6):2470–2488. [@fuglevand1993]
- Muddle TWD, Colquhoun RJ, Magrini MA, et al. (2018). Effects of fatiguing,
  submaximal high- versus low-torque isometric exercise on motor unit recruitment and
  firing behavior. *Physiol Rep* 6(8):e13675. [@muddle2018]
- Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW (2017). Strength and hypertrophy
  adaptations between low- vs. high-load resistance training: a systematic review and
  meta-analysis. *J Strength Cond Res* 31(12):3508–3523. [@schoenfeld2017load]
- Moritani T, deVries HA (1979). Neural factors versus hypertrophy in the time course of
  muscle strength gain. *Am J Phys Med* 58(3):115–130. [@moritani1979]
- Damas F, Libardi CA, Ugrinowitsch C (2018). The development of skeletal muscle
  hypertrophy through resistance training: the role of muscle damage and muscle
  protein synthesis. *Eur J Appl Physiol* 118:485–500. [@damas2018]
- Folland JP, Williams AG (2007). The adaptations to strength training: morphological and
  neurological contributions to increased strength. *Sports Med* 37(2):145–168.
  [@folland2007]
- Del Vecchio A, Casolo A, Negro F, et al. (2019). The increase in muscle force after 4
  weeks of strength training is mediated by adaptations in motor unit recruitment and
  rate coding. *J Physiol*. doi:10.1113/JP277250 [@delvecchio2019]
- Damas F, Phillips SM, Libardi CA, et al. (2016). Resistance training-induced changes in
  integrated myofibrillar protein synthesis are related to hypertrophy only after
  attenuation of muscle damage. *J Physiol*. doi:10.1113/JP272472 [@damas2016]
- Morton RW, Murphy KT, McKellar SR, et al. (2018). A systematic review, meta-analysis
  and meta-regression of the effect of protein supplementation on resistance
  training-induced gains in muscle mass and strength in healthy adults. *Br J Sports
  Med* 52(6):376–384. [@morton2018]
- Schoenfeld BJ, Ogborn D, Krieger JW (2017). Dose-response relationship between weekly
  resistance training volume and increases in muscle mass: a systematic review and
  meta-analysis. *J Sports Sci* 35(11):1073–1082. [@schoenfeld2017volume]
- Ralston GW, Kilgore L, Wyatt FB, Baker JS (2017). The effect of weekly set volume on
  strength gain: a meta-analysis. *Sports Med* 47(12):2585–2601. [@ralston2017]
- Roberts BM, Nuckols G, Krieger JW (2020). Sex differences in resistance training: a
  systematic review and meta-analysis. *J Strength Cond Res* 34(5):1448–1460.
  [@roberts2020]
- Refalo MC, Helms ER, Trexler ET, Hamilton DL, Fyfe JJ (2023). Influence of resistance
  training proximity-to-failure on skeletal muscle hypertrophy: a systematic review
  with meta-analysis. *Sports Med* 53(3):649–665. [@refalo2023]
- Robinson ZP, Pelland JC, Remmert JF, et al. (2024). Exploring the dose–response
  relationship between estimated resistance training proximity to failure, strength
  gain, and muscle hypertrophy: a series of meta-regressions. *Sports Med* 54(9).
  [@robinson2024]
- Elia M (1992). Organ and tissue contribution to metabolic rate. In: Kinney JM, Tucker
  HN (eds), *Energy Metabolism: Tissue Determinants and Cellular Corollaries*. New
  York: Raven Press, 61–79. [@elia1992]
- Watson SL, Weeks BK, Weis LJ, et al. (2018). High-intensity resistance and impact
  training improves bone mineral density and physical function in postmenopausal women
  with osteopenia and osteoporosis: the LIFTMOR randomized controlled trial. *J Bone
  Miner Res* 33(2):211–220. [@watson2018]
- Peterson MD, Sen A, Gordon PM (2011). Influence of resistance exercise on lean body
  mass in aging adults: a meta-analysis. *Med Sci Sports Exerc* 43(2):249–258.
  [@peterson2011]
- Lopez P, Taaffe DR, Galvão DA, et al. (2022). Resistance training effectiveness on
  body composition and body weight outcomes in individuals with overweight and obesity
  across the lifespan: a systematic review and meta-analysis. *Obes Rev* 23(5):e13428.
  [@lopez2022]
- SantaBarbara NJ, Whitworth JW, Ciccolo JT (2017). A systematic review of the effects
  of resistance training on body image. *J Strength Cond Res* 31(10):2880–2888.
  [@santabarbara2017]
- Gordon BR, McDowell CP, Lyons M, Herring MP (2017). The effects of resistance exercise
  training on anxiety: a meta-analysis and meta-regression analysis of randomized
  controlled trials. *Sports Med* 47(12):2521–2532. [@gordon2017]
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
from matplotlib.patches import Circle, Rectangle

from liftlab.energy import (
    PROTEIN_G_PER_KG_DAY,
    PROTEIN_G_PER_KG_DAY_BREAKPOINT,
    PROTEIN_G_PER_KG_DAY_UPPER,
    kcal_from_muscle_and_fat,
    protein_target,
)
from liftlab.goals import (
    EXPERIENCE_LEVELS,
    GOALS,
    days_between_sessions,
    load_range,
    percent_range,
    rep_range,
    rest_range,
    sets_range,
)
from liftlab.one_rep_max import nsca_percent, percent_at_reps
from liftlab.plots import volume as volume_plots
from liftlab.plots.energy import Figured
from liftlab.plots.style import GOAL_COLOURS, PALETTE, new_figure
from liftlab.proximity import MAX_RIR, REFALO_2023, relative_effect
from liftlab.validation import check_choice, check_range, check_unit, check_whole
from liftlab.volume import (
    HIGH_WEEKLY_SETS,
    PRODUCTIVE_WEEKLY_SETS,
    RALSTON_2017_STRENGTH,
    SCHOENFELD_2017_CATEGORIES,
    hypertrophy_gain,
    relative_gain,
    strength_effect_size,
)

__all__ = [
    "DAMAS_2016_WEEKS",
    "GORDON_2017_ANXIETY",
    "LIFTMOR_BMD_CHANGE",
    "LOPEZ_2022_FAT_MASS_KG",
    "LOPEZ_2022_LEAN_MASS_KG",
    "LOW_LOAD_PERCENT_1RM",
    "MORITANI_1979_CROSSOVER_WEEKS",
    "MORITANI_1979_PEOPLE",
    "MORITANI_1979_WEEKS",
    "MORTON_2018_BREAKPOINT_CI",
    "PETERSON_2011_LEAN_MASS_KG",
    "ROBERTS_2020",
    "SANTABARBARA_2017",
    "Progression",
    "SexDifference",
    "Table",
    "body_image_figure",
    "bone_density_figure",
    "comparison_table",
    "coordination_figure",
    "damage_figure",
    "double_progression",
    "fat_loss_figure",
    "goal_zone_figure",
    "lean_mass_figure",
    "neural_and_size",
    "neural_vs_size_figure",
    "overload_figure",
    "prescription_figure",
    "protein_figure",
    "proximity_figure",
    "rate_coding_figure",
    "recruited_fraction",
    "recruitment_figure",
    "sex_differences_table",
    "size_strength_figure",
    "tension_figure",
]

# ------------------------------------------------------------------ published values

#: Lowest load at which Schoenfeld et al. (2017, J Strength Cond Res 31(12)) found
#: hypertrophy similar to heavy loads when sets went to failure: about 30 % 1RM (the
#: "low-load" conditions of the pooled studies went down to ~30 %).
LOW_LOAD_PERCENT_1RM: float = 30.0

#: Moritani & deVries (1979): the training lasted 8 weeks; neural factors explained
#: most of the early gain, and hypertrophy became the dominant factor "after the first
#: 3 to 5 weeks" (abstract).
MORITANI_1979_WEEKS: int = 8
MORITANI_1979_CROSSOVER_WEEKS: tuple[float, float] = (3.0, 5.0)
#: Moritani & deVries (1979), abstract: who took part, ``(men, women)``: "seven young
#: males and eight females", training the elbow flexors.
MORITANI_1979_PEOPLE: tuple[int, int] = (7, 8)

#: Morton et al. (2018): the 95 % confidence interval of the *average* breakpoint
#: (:data:`liftlab.energy.PROTEIN_G_PER_KG_DAY_BREAKPOINT`, 1.62 g/kg/day) beyond which
#: protein supplements added no further fat-free mass, g per kg per day. It says how
#: precisely that average is known, not how much people differ.
MORTON_2018_BREAKPOINT_CI: tuple[float, float] = (1.03, 2.20)

#: Damas et al. (2016), abstract: muscle damage (Z-band streaming) after a session was
#: highest in week 1 (T1), lower at week 3 (T2) and minimal at week 10 (T3); fibre
#: cross-sectional area increased only at T3. Ordinal levels, not measured values:
#: ``(week, damage level 3/2/1, fibre size grew?)``.
DAMAS_2016_WEEKS: tuple[tuple[int, int, bool], ...] = ((1, 3, False), (3, 2, False), (10, 1, True))

#: LIFTMOR trial (Watson et al. 2018), abstract: mean % change in bone mineral density
#: over 8 months, high-intensity resistance and impact training (HiRIT, 5 x 5 at >85 %
#: 1RM, twice a week, n = 49) vs a home-based low-intensity programme (n = 52).
#: ``{site: (HiRIT %, control %)}``.
LIFTMOR_BMD_CHANGE: dict[str, tuple[float, float]] = {
    "lumbar spine": (2.9, -1.2),
    "femoral neck": (0.3, -1.9),
}

#: Peterson, Sen & Gordon (2011), abstract: pooled gain in lean body mass with resistance
#: exercise in adults aged 50 and over, 49 studies, 1328 participants:
#: ``(kg, (95 % CI low, high))``.
PETERSON_2011_LEAN_MASS_KG: tuple[float, tuple[float, float]] = (1.1, (0.9, 1.2))

#: Lopez et al. (2022), abstract: pooled change vs no-training controls in adults with
#: overweight or obesity (114 trials, 4184 participants). Whole-body fat mass, kg, by
#: programme, ``(label, kg, 95 % CI or None when the abstract gives none)``; and lean
#: mass with resistance training alone.
LOPEZ_2022_FAT_MASS_KG: tuple[tuple[str, float, tuple[float, float] | None], ...] = (
    ("resistance training\n+ calorie restriction", -5.3, (-7.2, -3.5)),
    ("resistance\n+ aerobic training", -1.4, None),
    ("resistance\ntraining alone", -1.0, None),
)
LOPEZ_2022_LEAN_MASS_KG: tuple[float, tuple[float, float]] = (0.8, (0.6, 1.0))

#: SantaBarbara, Whitworth & Ciccolo (2017), abstract: of 11 included studies, 8 found
#: resistance training improved body image; only 3 were rated high quality (PEDro).
SANTABARBARA_2017: dict[str, int] = {"studies": 11, "improved": 8, "high_quality": 3}

#: Gordon et al. (2017), abstract: effect of resistance exercise training on anxiety
#: symptoms (Hedges' d, 95 % CI), overall (16 articles, 922 participants) and in
#: healthy participants.
GORDON_2017_ANXIETY: tuple[tuple[str, float, tuple[float, float]], ...] = (
    ("all participants", 0.31, (0.17, 0.44)),
    ("healthy participants", 0.50, (0.22, 0.78)),
)


class SexDifference(NamedTuple):
    """One pooled comparison of women and men on the same programme (Roberts et al. 2020).

    ``effect_size`` is the pooled difference in *relative* gains with the ``±`` value as
    printed in the abstract; negative favours women. ``outcomes`` and ``studies`` count
    what was pooled.
    """

    outcome: str
    effect_size: float
    plus_minus: float
    outcomes: int
    studies: int
    p: float


#: Roberts, Nuckols & Krieger (2020), abstract (checked): young to middle-aged men and
#: women on the same resistance training programme. Hypertrophy and lower-body strength
#: did not differ; women gained more *relative* upper-body strength.
ROBERTS_2020: tuple[SexDifference, ...] = (
    SexDifference("hypertrophy", 0.07, 0.06, 12, 10, 0.31),
    SexDifference("upper-body strength", -0.60, 0.16, 19, 17, 0.002),
    SexDifference("lower-body strength", -0.21, 0.16, 23, 23, 0.20),
)


# ----------------------------------------------------------------------- helpers


def _title(ax: Any, text: str) -> None:
    ax.set_title(text, fontsize=11, fontweight="bold")


def _span(pair: Sequence[float], unit: str = "") -> str:
    low, high = pair
    return f"{low:g}–{high:g}{' ' + unit if unit else ''}"


class Table:
    """A table for a notebook: HTML to read, and the same table as plain text.

    The plain text (a Markdown table) is what screen readers, text exports and nbval
    see; both are built from the same rows.
    """

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]], caption: str):
        self.header = tuple(header)
        self.rows = tuple(tuple(row) for row in rows)
        self.caption = caption

    def to_html(self) -> str:
        head = "".join(f"<th>{html.escape(h)}</th>" for h in self.header)
        body = "".join(
            "<tr><th scope='row'>"
            + html.escape(row[0])
            + "</th>"
            + "".join(f"<td>{html.escape(cell)}</td>" for cell in row[1:])
            + "</tr>"
            for row in self.rows
        )
        return (
            f"<table class='liftlab-table'><caption>{html.escape(self.caption)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def to_text(self) -> str:
        lines = [self.caption, "", "| " + " | ".join(self.header) + " |"]
        lines.append("|" + "---|" * len(self.header))
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)

    def _repr_mimebundle_(self, include=None, exclude=None):  # IPython display protocol
        return {"text/html": self.to_html(), "text/plain": self.to_text()}


# ------------------------------------------------------------ 01: the two goals


def goal_zone_figure(
    goals: Sequence[str] = ("strength", "hypertrophy"), *, research: bool = False
) -> Figured:
    """Where each goal sits on the NSCA rep-max curve: its rep range and %1RM band.

    Parameters
    ----------
    goals : sequence of {"strength", "hypertrophy"}
        The goals whose zones to draw (rep range × %1RM band, from :mod:`liftlab.goals`).
    research : bool, keyword-only
        Also shade the research band: muscle grows with loads down to about
        :data:`LOW_LOAD_PERCENT_1RM` % 1RM when sets go close to failure.
    """
    names = [check_choice("goal", g, GOALS) for g in goals]
    if not names:
        raise ValueError("goals=() is not allowed: give at least one goal.")
    fig, ax = new_figure()
    reps = np.arange(1, 16)
    ax.plot(
        reps,
        nsca_percent(reps),
        "o-",
        color=PALETTE["black"],
        ms=4,
        lw=1.5,
        label="most you can lift for that many reps\n(NSCA %1RM table)",
        zorder=4,
    )
    styles = {"strength": "//", "hypertrophy": "\\\\"}
    parts = []
    for name in names:
        (r_low, r_high), (p_low, p_high) = rep_range(name), percent_range(name)
        colour = GOAL_COLOURS[name]
        ax.add_patch(
            Rectangle(
                (r_low - 0.4, p_low),
                r_high - r_low + 0.8,
                p_high - p_low,
                facecolor=colour,
                alpha=0.18,
                edgecolor=colour,
                lw=2,
                hatch=styles[name],
                label=f"{GOALS[name].label}: {_span((r_low, r_high))} reps at "
                f"{_span((p_low, p_high))} % 1RM",
            )
        )
        parts.append(
            f"{GOALS[name].label.lower()} {_span((r_low, r_high))} reps at "
            f"{_span((p_low, p_high))} % of 1RM"
        )
    bottom = 60.0
    if research:
        bottom = LOW_LOAD_PERCENT_1RM - 5
        low_top = percent_range("hypertrophy")[0]
        ax.add_patch(
            Rectangle(
                (12.6, LOW_LOAD_PERCENT_1RM),
                2.9,
                low_top - LOW_LOAD_PERCENT_1RM,
                facecolor=PALETTE["sky_blue"],
                alpha=0.3,
                edgecolor=GOAL_COLOURS["hypertrophy"],
                ls="--",
                label=f"Research: hypertrophy also at {LOW_LOAD_PERCENT_1RM:g}–{low_top:g} % 1RM",
            )
        )
        ax.text(
            12.3,
            (LOW_LOAD_PERCENT_1RM + low_top) / 2,
            f"Lighter loads, {LOW_LOAD_PERCENT_1RM:g}–{low_top:g} % 1RM, also build muscle\n"
            "when sets go close to failure; such sets\nrun past 15 reps "
            "(Schoenfeld et al. 2017) →",
            ha="right",
            va="center",
            fontsize=8.5,
            color=PALETTE["black"],
        )
    ax.set_xlim(0.5, 15.5)
    ax.set_ylim(bottom, 103)
    ax.set_xticks(reps)
    ax.set_xlabel("reps per set")
    ax.set_ylabel("load (% of 1RM)")
    ax.legend(loc="upper right", fontsize=8)
    which = " and ".join(GOALS[n].label for n in names)
    _title(ax, f"{which} on the rep-max curve")
    alt = (
        f"Chart of load (% of 1RM) against reps per set with the NSCA rep-max curve, from "
        f"100 % at 1 rep to {nsca_percent(15):g} % at 15 reps, and shaded zones: "
        + "; ".join(parts)
        + "."
        + (
            f" A lighter band from {LOW_LOAD_PERCENT_1RM:g} to 65 % marks loads that also "
            "build muscle when sets go close to failure."
            if research
            else ""
        )
    )
    return Figured(fig, alt)


def _pool(n_units: int = 40, thresholds_range: float = 30.0, complete: float = 0.85):
    """Recruitment thresholds (fraction of maximal force) of a schematic motor-unit pool.

    After Fuglevand et al. (1993): thresholds spread exponentially, so many units have
    low thresholds and few have high ones; here the last unit joins at ``complete``
    (85 % of maximal force), beyond which force rises by rate coding alone.
    """
    rank = np.arange(n_units) / (n_units - 1)
    return complete * thresholds_range ** (rank - 1.0)


def recruited_fraction(force: Any) -> float | np.ndarray:
    """Fraction of the schematic pool's motor units recruited at ``force`` (0–1 of max).

    A schematic (Henneman et al. 1965 size principle; thresholds after Fuglevand et al.
    1993), not a measurement: small units first, all units recruited by 85 % of maximal
    force.
    """
    value = check_range("force", force, low=0.0, high=1.0)
    thresholds = _pool()
    counts = (thresholds[None, :] <= np.atleast_1d(value)[:, None]).sum(axis=1)
    fraction = counts / thresholds.size
    return float(fraction[0]) if np.ndim(value) == 0 else fraction


#: Schematic only: the lower edge of the light set's band assumes fatigue drives just this
#: share of the extra recruitment the upper edge assumes (see :func:`tension_figure`).
_DISPUTED_SHARE: float = 0.25


def _set_recruitment(
    percent: float, reps: int, share: float = 1.0
) -> tuple[np.ndarray, np.ndarray]:
    """Schematic: % of units recruited at each rep of a set taken to failure.

    Each rep needs ``percent`` % of the fresh maximal force; fatigue lowers the force the
    recruited units can give, linearly, until the last rep needs every unit. ``share``
    scales how much of that extra drive turns into recruiting more units (1: all of it,
    so the last rep recruits the whole pool; less: the rest is met otherwise, e.g. by
    firing the recruited units faster).
    """
    rep = np.arange(1, reps + 1)
    start = percent / 100.0
    capacity = 1.0 - (1.0 - start) * (rep - 1) / max(reps - 1, 1)
    needed = np.clip(start / capacity, 0.0, 1.0)
    needed = start + share * (needed - start)
    return rep, 100.0 * recruited_fraction(needed)


def tension_figure(heavy_reps: int = 5, light_reps: int = 30) -> Figured:
    """Schematic: motor units recruited rep by rep in a heavy and a light set to failure.

    Loads are the %1RM each rep count allows by Epley's formula (extrapolated past its
    range for the light set, a rough guide). The heavy set calls on the whole pool. For
    the light set the figure draws a **band**, because whether a light set to failure
    ever recruits every unit is disputed: the upper edge assumes fatigue makes it
    recruit the whole pool by the last rep (the classic argument), the lower edge that
    only part of the extra drive goes to recruitment (Muddle et al. 2018 found larger
    units recruited at high than at low force, even to failure, with full recruitment
    at low force depending on the person). The band's width is illustrative.
    """
    heavy_n = int(check_whole("heavy_reps", heavy_reps, low=1, high=10))
    light_n = int(check_whole("light_reps", light_reps, low=11, high=30))
    heavy_pct = percent_at_reps(heavy_n)
    light_pct = percent_at_reps(light_n, extrapolate=True)
    fig, ax = new_figure()
    rep_h, units_h = _set_recruitment(heavy_pct, heavy_n)
    ax.plot(
        rep_h,
        units_h,
        "o-",
        color=GOAL_COLOURS["strength"],
        ms=4,
        lw=2,
        label=f"{heavy_n} reps to failure at {heavy_pct:.0f} % 1RM",
    )
    rep_l, upper = _set_recruitment(light_pct, light_n)
    _, lower = _set_recruitment(light_pct, light_n, _DISPUTED_SHARE)
    ax.fill_between(
        rep_l,
        lower,
        upper,
        color=GOAL_COLOURS["hypertrophy"],
        alpha=0.2,
        hatch="..",
        edgecolor=GOAL_COLOURS["hypertrophy"],
        lw=0,
        label="disputed: does a light set recruit every unit?",
    )
    ax.plot(
        rep_l,
        upper,
        "s--",
        color=GOAL_COLOURS["hypertrophy"],
        ms=3.5,
        lw=1.8,
        label=f"{light_n} reps to failure at {light_pct:.0f} % 1RM (upper edge)",
    )
    ax.plot(rep_l, lower, ":", color=GOAL_COLOURS["hypertrophy"], lw=1.8, label="(lower edge)")
    ax.axhline(100, color=PALETTE["black"], lw=0.8, ls=":")
    ax.set_xlim(0, light_n + 1)
    ax.set_ylim(40, 106)
    ax.set_xlabel("rep number within the set")
    ax.set_ylabel("motor units recruited (%)")
    ax.legend(loc="lower right", fontsize=8.5)
    _title(ax, "Schematic: heavy sets recruit every unit; light sets, disputed")
    alt = (
        f"Schematic line chart of the share of motor units recruited at each rep of two "
        f"sets taken to failure: {heavy_n} reps at {heavy_pct:.0f} % 1RM starts at "
        f"{units_h[0]:.0f} % and ends at {units_h[-1]:.0f} %; {light_n} reps at "
        f"{light_pct:.0f} % starts at {upper[0]:.0f} % and ends somewhere between "
        f"{lower[-1]:.0f} % and {upper[-1]:.0f} %, a shaded band because whether light "
        "sets to failure recruit every motor unit is disputed (Muddle et al. 2018)."
    )
    return Figured(fig, alt)


def damage_figure() -> Figured:
    """Damas et al. (2016) as an ordinal summary: damage fades, then fibres grow."""
    weeks = [f"week {w}" for w, _, _ in DAMAS_2016_WEEKS]
    damage = [level for _, level, _ in DAMAS_2016_WEEKS]
    grew = [1 if g else 0 for _, _, g in DAMAS_2016_WEEKS]
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.0))
    x = np.arange(len(weeks))
    left.bar(x, damage, color=PALETTE["vermillion"], width=0.6)
    for xi, level in zip(x, damage, strict=True):
        left.text(xi, level + 0.1, ("", "minimal", "lower", "highest")[level], ha="center")
    right.bar(x, [0.08 if g == 0 else 1 for g in grew], color=GOAL_COLOURS["hypertrophy"])
    for xi, g in zip(x, grew, strict=True):
        right.text(xi, (1 if g else 0.08) + 0.06, "larger" if g else "no change", ha="center")
    for ax, title in (
        (left, "Muscle damage after a session"),
        (right, "Muscle fibre size"),
    ):
        ax.set_xticks(x, weeks)
        ax.set_yticks([])
        ax.grid(False)
        ax.spines["left"].set_visible(False)
        ax.set_title(title, fontsize=10)
    left.set_ylim(0, 3.6)
    right.set_ylim(0, 1.3)
    fig.suptitle(
        "Damage fades before growth shows\n"
        "(Damas et al. 2016; an ordinal summary, not measured values)",
        fontsize=10.5,
        fontweight="bold",
    )
    alt = (
        "Two bar panels summarising Damas et al. 2016 in words, not measured values: "
        "muscle damage after a session was highest in week 1, lower in week 3 and minimal "
        "in week 10 of training, while muscle fibre size had not changed in weeks 1 and 3 "
        "and was larger only in week 10."
    )
    return Figured(fig, alt)


class Progression(NamedTuple):
    """A double-progression plan, one row per week (see :func:`double_progression`)."""

    week: np.ndarray
    load: np.ndarray
    reps: np.ndarray
    volume_load: np.ndarray


def double_progression(
    start_load: float = 60.0,
    reps: tuple[int, int] = (8, 12),
    increment: float = 2.5,
    weeks: int = 12,
    sets: int = 3,
    unit: str = "kg",
) -> Progression:
    """Double progression: add a rep each week; at the top of the range, add load.

    A common way to apply progressive overload (not a published model): each week every
    set gets one more rep, from ``reps[0]`` to ``reps[1]``; the week after reaching the
    top, the load rises by ``increment`` and the reps start again at the bottom. The
    numbers are :func:`liftlab.plots.volume.double_progression` (chapter 04's), with the
    week numbers added; volume-load is :func:`liftlab.volume.volume_load`.
    """
    low, high = reps
    loads, per_set, tonnage = volume_plots.double_progression(
        sets, low, high, start_load, increment, weeks, unit
    )
    return Progression(np.arange(1, len(loads) + 1), loads, per_set, tonnage)


def overload_figure(
    start_load: float = 60.0, increment: float = 2.5, weeks: int = 12, unit: str = "kg"
) -> Figured:
    """Progressive overload as a double progression: load steps up, reps cycle, volume rises."""
    high = rep_range("hypertrophy")[1]
    plan = double_progression(start_load, (8, high), increment, weeks, 3, unit)
    fig, (top, bottom) = new_figure(2, 1, figsize=(6.4, 4.2))
    top.step(plan.week, plan.load, where="mid", color=GOAL_COLOURS["hypertrophy"], lw=2)
    top.plot(plan.week, plan.load, "o", color=GOAL_COLOURS["hypertrophy"], ms=4)
    for w, load, r in zip(plan.week, plan.load, plan.reps, strict=True):
        top.text(w, load + increment * 0.25, f"{r:g}", ha="center", va="bottom", fontsize=8)
    top.set_ylabel(f"load ({unit})")
    top.set_ylim(plan.load.min() - increment * 0.5, plan.load.max() + increment)
    top.set_title("Load per week; the number above each point is reps per set", fontsize=9.5)
    bottom.bar(plan.week, plan.volume_load, color=PALETTE["sky_blue"], width=0.7)
    bottom.set_ylabel(f"volume-load ({unit})")
    bottom.set_xlabel("week")
    bottom.set_ylim(0, plan.volume_load.max() * 1.15)
    for ax in (top, bottom):
        ax.set_xticks(plan.week)
        ax.set_xlim(0.4, weeks + 0.6)
    fig.suptitle(
        f"Progressive overload: 3 sets, reps 8→{high}, then +{increment:g} {unit}",
        fontsize=11,
        fontweight="bold",
    )
    alt = (
        f"Two panels over {weeks} weeks of a double progression, 3 sets per session: the "
        f"load rises from {plan.load[0]:g} to {plan.load[-1]:g} {unit} in steps of "
        f"{increment:g} {unit} while reps per set climb from 8 to {high} and reset; the "
        f"weekly volume-load (sets x reps x load) grows from {plan.volume_load[0]:,.0f} to "
        f"{plan.volume_load[-1]:,.0f} {unit}."
    )
    return Figured(fig, alt)


def protein_figure(body_mass: float = 80.0, unit: str = "kg") -> Figured:
    """Daily protein against body mass: Morton et al. (2018)'s breakpoint and its CI's top.

    The solid line is 1.6 g per kg per day (the rounded average breakpoint, 1.62, beyond
    which extra protein added no fat-free mass on average); the dashed line is 2.2 g,
    the upper end of that breakpoint's 95 % confidence interval, which the authors
    suggest for those who want to make the most of their training. The band between
    them is **not** a spread between people.
    """
    unit = check_unit(unit)
    mass = float(check_range("body_mass", body_mass, low=0.0, low_open=True, unit=unit))
    masses = np.linspace(40, 140, 101) if unit == "kg" else np.linspace(90, 310, 101)
    band = protein_target(masses, unit)
    mine = protein_target(mass, unit)
    low, high = PROTEIN_G_PER_KG_DAY, PROTEIN_G_PER_KG_DAY_UPPER
    ci_low, ci_high = MORTON_2018_BREAKPOINT_CI
    fig, ax = new_figure()
    ax.fill_between(masses, band.low_g, band.high_g, color=GOAL_COLOURS["hypertrophy"], alpha=0.2)
    ax.plot(
        masses,
        band.low_g,
        color=GOAL_COLOURS["hypertrophy"],
        lw=2,
        label=f"{low:g} g/kg: average breakpoint ({PROTEIN_G_PER_KG_DAY_BREAKPOINT:g})",
    )
    ax.plot(
        masses,
        band.high_g,
        "--",
        color=GOAL_COLOURS["hypertrophy"],
        lw=1.5,
        label=f"{high:g} g/kg: top of its 95 % CI ({ci_low:.2f}–{ci_high:.2f})",
    )
    ax.vlines(mass, mine.low_g, mine.high_g, color=PALETTE["vermillion"], lw=3)
    ax.annotate(
        f"{mass:g} {unit}: {mine.low_g:.0f}–{mine.high_g:.0f} g a day",
        xy=(mass, mine.high_g),
        xytext=(mass - 0.12 * (masses[-1] - masses[0]), mine.high_g * 1.25),
        ha="center",
        fontsize=9,
        arrowprops={"arrowstyle": "-", "color": PALETTE["vermillion"]},
    )
    ax.set_xlim(masses[0], masses[-1])
    ax.set_ylim(0, band.high_g[-1] * 1.08)
    ax.set_xlabel(f"body mass ({unit})")
    ax.set_ylabel("protein (g per day)")
    ax.legend(loc="upper left", fontsize=8.5)
    _title(ax, "Daily protein for lifters (Morton et al. 2018)")
    alt = (
        f"Chart of daily protein against body mass from {masses[0]:g} to {masses[-1]:g} "
        f"{unit}: a solid line at {low:g} g per kg of body mass per day (the average "
        f"breakpoint of Morton et al. 2018, {PROTEIN_G_PER_KG_DAY_BREAKPOINT:g}) and a dashed "
        f"line at {high:g} g per kg (the upper end of that breakpoint's 95 % confidence "
        f"interval, {ci_low:.2f} to {ci_high:.2f}). At {mass:g} {unit} that is "
        f"{mine.low_g:.0f} to {mine.high_g:.0f} g a day."
    )
    return Figured(fig, alt)


def recruitment_figure(efforts: Sequence[float] = (0.3, 0.9)) -> Figured:
    """Schematic: the motor-unit pool at two efforts; small units join first."""
    levels = [float(check_range("effort", e, low=0.0, high=1.0)) for e in efforts]
    if not levels:
        raise ValueError("efforts=() is not allowed: give at least one effort.")
    thresholds = _pool()
    n = thresholds.size
    size = 0.18 + 0.32 * np.arange(n) / (n - 1)  # circle radius grows with unit size
    cols = 8
    fig, axes = new_figure(1, len(levels), figsize=(6.4, 3.4))
    axes = np.atleast_1d(axes)
    for ax, level in zip(axes, levels, strict=True):
        active = thresholds <= level
        for i in range(n):
            row, col = divmod(i, cols)
            ax.add_patch(
                Circle(
                    (col, -row),
                    size[i],
                    facecolor=GOAL_COLOURS["strength"] if active[i] else "white",
                    edgecolor=PALETTE["black"],
                    lw=0.8,
                )
            )
        ax.set_xlim(-0.7, cols - 0.3)
        ax.set_ylim(-(n // cols) + 0.3, 0.7)
        ax.set_aspect("equal")
        ax.axis("off")
        ax.set_title(
            f"{level * 100:.0f} % of maximal force:\n{active.sum()} of {n} units active",
            fontsize=10,
        )
    fig.suptitle(
        "Schematic: small motor units are recruited first (size principle)",
        fontsize=11,
        fontweight="bold",
    )
    counts = ", ".join(
        f"{(thresholds <= lv).sum()} of {n} at {lv * 100:.0f} % of maximal force" for lv in levels
    )
    alt = (
        f"Schematic grids of {n} motor units drawn as circles, small to large; filled circles "
        f"are recruited: {counts}. Small units are recruited first and the largest only near "
        "maximal effort."
    )
    return Figured(fig, alt)


#: Schematic force–frequency curve of a motor unit: half of its maximal force at this
#: discharge rate (Hz), and the steepness of the curve.
_F50_HZ, _STEEPNESS = 12.0, 2.5


def _unit_force(rate: np.ndarray) -> np.ndarray:
    return 100.0 * rate**_STEEPNESS / (rate**_STEEPNESS + _F50_HZ**_STEEPNESS)


def rate_coding_figure(before_hz: float = 14.0, after_hz: float = 20.0) -> Figured:
    """Schematic: a motor unit's force rises with its discharge rate, then levels off."""
    before = float(check_range("before_hz", before_hz, low=1.0, high=60.0))
    after = float(check_range("after_hz", after_hz, low=1.0, high=60.0))
    rate = np.linspace(0, 50, 201)
    force = _unit_force(rate)
    f_before, f_after = _unit_force(np.array([before, after]))
    fig, ax = new_figure()
    ax.plot(rate, force, color=PALETTE["black"], lw=2, label="force–frequency curve")
    ax.plot(
        [before],
        [f_before],
        "o",
        ms=9,
        color=PALETTE["sky_blue"],
        mec="black",
        label="peak rate before training",
    )
    ax.plot(
        [after],
        [f_after],
        "s",
        ms=9,
        color=GOAL_COLOURS["strength"],
        mec="black",
        label="peak rate after training",
    )
    ax.annotate(
        "",
        xy=(after, f_after),
        xytext=(before, f_before),
        arrowprops={"arrowstyle": "->", "lw": 1.5},
    )
    ax.set_xlim(0, 50)
    ax.set_ylim(0, 105)
    ax.set_xlabel("discharge rate of one motor unit (impulses per second)")
    ax.set_ylabel("force of the unit (% of its maximum)")
    ax.legend(loc="lower right", fontsize=9)
    _title(ax, "Schematic: rate coding, firing faster gives more force")
    alt = (
        f"Schematic S-shaped curve of a motor unit's force against its discharge rate, "
        f"0 to 50 impulses per second, with illustrative values: raising the peak rate "
        f"from {before:g} to {after:g} per second raises the unit's force from "
        f"{f_before:.0f} % to {f_after:.0f} % of its maximum; the curve flattens at high rates."
    )
    return Figured(fig, alt)


def coordination_figure(
    before: tuple[float, float] = (80.0, 15.0), after: tuple[float, float] = (90.0, 8.0)
) -> Figured:
    """Schematic: more agonist drive and less antagonist co-activation, more net force.

    ``before`` and ``after`` are illustrative ``(agonist, antagonist)`` activations in %
    of maximum; net force is drawn as agonist minus antagonist.
    """
    pairs = []
    for name, pair in (("before", before), ("after", after)):
        ago, anta = (float(check_range(name, v, low=0.0, high=100.0)) for v in pair)
        pairs.append((ago, anta, ago - anta))
    fig, ax = new_figure()
    x = np.arange(3)
    width = 0.38
    labels = ("agonist\n(the muscle you train)", "antagonist\n(the opposing muscle)", "net force")
    for offset, (values, name, colour, hatch) in enumerate(
        (
            (pairs[0], "before training", PALETTE["sky_blue"], ""),
            (pairs[1], "after training", GOAL_COLOURS["strength"], "//"),
        )
    ):
        bars = ax.bar(
            x + (offset - 0.5) * width,
            values,
            width,
            color=colour,
            hatch=hatch,
            edgecolor="black",
            label=name,
        )
        for bar, value in zip(bars, values, strict=True):
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                value + 1.5,
                f"{value:.0f}",
                ha="center",
                fontsize=9,
            )
    ax.set_xticks(x, labels, fontsize=9)
    ax.set_ylim(0, 105)
    ax.set_ylabel("activation or force (illustrative units)")
    ax.legend(loc="upper right", fontsize=9)
    _title(ax, "Schematic: coordination, less braking from the opposing muscle")
    alt = (
        "Schematic bar chart with illustrative values: before training the agonist is "
        f"activated to {pairs[0][0]:.0f} and the antagonist to {pairs[0][1]:.0f}, a net "
        f"of {pairs[0][2]:.0f}; after training {pairs[1][0]:.0f} and {pairs[1][1]:.0f}, a "
        f"net of {pairs[1][2]:.0f}. Better coordination raises net force without any "
        "muscle growth."
    )
    return Figured(fig, alt)


#: Schematic time course: the neural part rises as ``1 - exp(-t / 1.5 weeks)``; growth
#: starts after a week and accelerates.
_NEURAL_TAU_WEEKS, _GROWTH_DELAY_WEEKS = 1.5, 1.0


def neural_and_size(weeks: Any) -> tuple[float | np.ndarray, float | np.ndarray]:
    """Schematic strength gained from neural adaptations and from growth (arbitrary units).

    Not data: shapes that follow Moritani & deVries (1979). The neural part rises fast
    and levels off; the growth part starts after a week and its weekly gain overtakes
    the neural one at the middle of the study's 3–5 week window
    (:data:`MORITANI_1979_CROSSOVER_WEEKS`).
    """
    t = check_range("weeks", weeks, low=0.0)
    neural = 10.0 * (1 - np.exp(-np.asarray(t) / _NEURAL_TAU_WEEKS))
    cross = sum(MORITANI_1979_CROSSOVER_WEEKS) / 2
    # Growth a * (t - delay)**2 / 2 gains a * (t - delay) per week: equal to the neural
    # weekly gain at the crossover week.
    rate = 10.0 / _NEURAL_TAU_WEEKS * np.exp(-cross / _NEURAL_TAU_WEEKS)
    a = rate / (cross - _GROWTH_DELAY_WEEKS)
    size = a * np.clip(np.asarray(t) - _GROWTH_DELAY_WEEKS, 0, None) ** 2 / 2
    if np.ndim(t) == 0:
        return float(neural), float(size)
    return neural, size


def neural_vs_size_figure() -> Figured:
    """Schematic after Moritani & deVries (1979): neural gains first, growth later."""
    weeks = np.linspace(0, MORITANI_1979_WEEKS, 161)
    neural, size = neural_and_size(weeks)
    fig, ax = new_figure()
    ax.stackplot(
        weeks,
        neural,
        size,
        colors=(PALETTE["orange"], GOAL_COLOURS["hypertrophy"]),
        alpha=0.8,
        labels=("neural adaptations", "muscle growth (hypertrophy)"),
    )
    low, high = MORITANI_1979_CROSSOVER_WEEKS
    ax.axvspan(low, high, color=PALETTE["black"], alpha=0.08)
    top = float((neural + size).max())
    ax.text(
        (low + high) / 2,
        top * 1.02,
        "growth becomes the main\nsource of new strength\n(weeks 3–5)",
        ha="center",
        va="bottom",
        fontsize=8.5,
    )
    ax.set_xlim(0, MORITANI_1979_WEEKS)
    ax.set_ylim(0, top * 1.5)
    ax.set_yticks([])
    ax.set_xlabel("weeks of training")
    ax.set_ylabel("strength gained (schematic)")
    ax.legend(loc="upper left", fontsize=9, ncols=2)
    _title(ax, "Schematic after Moritani & deVries (1979), not data")
    alt = (
        f"Schematic stacked area chart over {MORITANI_1979_WEEKS} weeks of training, not "
        "data: the strength gained from neural adaptations rises fast in the first weeks "
        "and levels off; the part from muscle growth starts late and keeps rising; a band "
        f"at weeks {low:g}–{high:g} marks where growth becomes the main source of new "
        "strength, as Moritani and deVries reported."
    )
    return Figured(fig, alt)


def size_strength_figure(max_sets: float = 30.0) -> Figured:
    """Modelled gains against weekly sets: size keeps rising, strength flattens early.

    Two panels, because the two curves count sets differently: size against hard sets
    **per muscle** (:func:`liftlab.volume.hypertrophy_gain`, a power curve through the
    three category means of Schoenfeld, Ogborn & Krieger 2017), strength against hard
    sets **per exercise** (:func:`liftlab.volume.strength_effect_size`, through the two
    pooled values of Ralston et al. 2017). Both are shown relative to their value at 10
    sets (:func:`liftlab.volume.relative_gain`), and the group means each curve was
    fitted to are marked, so the figure shows how little data each curve rests on.
    """
    top = float(check_range("max_sets", max_sets, low=10.0, high=60.0))
    sets = np.linspace(1.0, top, 117)
    size = relative_gain(sets, "hypertrophy")
    strength = relative_gain(sets, "strength")
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.6))
    right.sharey(left)
    left.plot(sets, size, color=GOAL_COLOURS["hypertrophy"], lw=2.5, label="model")
    size_points = [
        (c.representative_sets, c.percent_gain / float(hypertrophy_gain(10.0)))
        for c in SCHOENFELD_2017_CATEGORIES
    ]
    left.plot(
        *zip(*size_points, strict=True),
        "o",
        color=PALETTE["black"],
        ms=6,
        label="group means it was fitted to",
    )
    left.axvspan(PRODUCTIVE_WEEKLY_SETS, HIGH_WEEKLY_SETS, color=PALETTE["black"], alpha=0.06)
    left.text(
        (PRODUCTIVE_WEEKLY_SETS + HIGH_WEEKLY_SETS) / 2,
        0.12,
        f"{PRODUCTIVE_WEEKLY_SETS:g}–{HIGH_WEEKLY_SETS:g}",
        ha="center",
        fontsize=8.5,
    )
    left.set_xlabel("hard sets per muscle per week", fontsize=9)
    left.set_ylabel("gain relative to 10 sets a week")
    left.set_title("Muscle size\n(Schoenfeld et al. 2017: 3 means)", fontsize=9.5)
    right.plot(sets, strength, "--", color=GOAL_COLOURS["strength"], lw=2.5, label="model")
    strength_points = [
        (c.representative_sets, c.effect_size / float(strength_effect_size(10.0)))
        for c in RALSTON_2017_STRENGTH
    ]
    right.plot(
        *zip(*strength_points, strict=True),
        "s",
        color=PALETTE["black"],
        ms=6,
        label="group means it was fitted to",
    )
    right.set_xlabel("hard sets per exercise per week", fontsize=9)
    right.set_title("Strength (1RM)\n(Ralston et al. 2017: 2 means)", fontsize=9.5)
    for ax, corner in ((left, "upper left"), (right, "lower right")):
        ax.set_xlim(0, top)
        ax.legend(loc=corner, fontsize=8)
    left.set_ylim(0, float(size[-1]) * 1.1)
    fig.suptitle(
        "Modelled response to weekly volume: size vs strength", fontsize=11, fontweight="bold"
    )
    s0 = float(relative_gain(3.0, "hypertrophy"))
    t0 = float(relative_gain(3.0, "strength"))
    s_top = float(size[-1])
    t_top = float(strength[-1])
    alt = (
        "Two line charts of modelled gain relative to the gain at 10 weekly sets, size "
        "against hard sets per muscle and strength against hard sets per exercise: at 3 "
        f"sets size reaches {s0:.2f} and strength {t0:.2f} of that gain; at {top:g} sets "
        f"size reaches {s_top:.2f} and strength {t_top:.2f}. The size curve is fitted to "
        f"{len(size_points)} group means and the strength curve to {len(strength_points)}, "
        "marked on the chart. Strength responds early and then flattens; size keeps "
        "rising with volume, with diminishing returns."
    )
    return Figured(fig, alt)


def sex_differences_table() -> Table:
    """Roberts, Nuckols & Krieger (2020): women vs men on the same programme, as a table."""
    rows = []
    for row in ROBERTS_2020:
        if row.p < 0.05:
            verdict = "women gained more" if row.effect_size < 0 else "men gained more"
        else:
            verdict = "no clear difference"
        rows.append(
            [
                row.outcome,
                f"{row.effect_size:+.2f} ± {row.plus_minus:.2f}",
                f"{row.outcomes} from {row.studies}",
                f"{row.p:.3f}" if row.p < 0.01 else f"{row.p:.2f}",
                verdict,
            ]
        )
    return Table(
        (
            "relative gain in",
            "effect size (negative favours women)",
            "outcomes from studies",
            "P",
            "reading",
        ),
        rows,
        "Women and men on the same programme (Roberts, Nuckols & Krieger 2020, abstract)",
    )


def proximity_figure() -> Figured:
    """Proximity to failure: Refalo et al. (2023)'s pooled effects and a schematic after
    Robinson et al. (2024).

    Left, **published values**: :data:`liftlab.proximity.REFALO_2023`, effect sizes with
    95 % CIs for growth when sets end at or closer to failure. Right, a **schematic**:
    :func:`liftlab.proximity.relative_effect`, whose directions are Robinson et al.'s
    (growth falls as sets stop further from failure; strength shows no clear
    relationship) and whose slopes are illustrative.
    """
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.6))
    y = np.arange(len(REFALO_2023))[::-1]
    short = (
        "failure, any\ndefinition, vs\nnon-failure",
        "momentary\nfailure vs\nnon-failure",
        "high vs\nmoderate\nvelocity loss",
    )
    for yi, effect in zip(y, REFALO_2023, strict=True):
        left.errorbar(
            effect.effect_size,
            yi,
            xerr=[[effect.effect_size - effect.ci_low], [effect.ci_high - effect.effect_size]],
            fmt="o",
            color=GOAL_COLOURS["hypertrophy"],
            ms=7,
            capsize=4,
            lw=2,
        )
        left.text(
            effect.effect_size, yi + 0.2, f"{effect.effect_size:.2f}", ha="center", fontsize=8.5
        )
    left.axvline(0, color=PALETTE["black"], lw=0.8)
    left.set_yticks(y, short, fontsize=8)
    left.set_ylim(-0.6, len(y) - 0.3)
    left.set_xlim(-0.3, 0.5)
    left.set_xlabel("effect on muscle growth\n(effect size, 95 % CI)", fontsize=8.5)
    left.grid(axis="y", visible=False)
    left.set_title("Refalo et al. 2023\n(published values)", fontsize=9.5)
    rir = np.linspace(0.0, 6.0, 61)
    size = relative_effect(rir, "hypertrophy")
    strength = relative_effect(rir, "strength")
    right.plot(rir, size, color=GOAL_COLOURS["hypertrophy"], lw=2.5, label="muscle size")
    right.plot(rir, strength, "--", color=GOAL_COLOURS["strength"], lw=2.5, label="strength")
    right.set_xlim(0, 6)
    right.set_ylim(0.5, 1.08)
    right.set_xlabel("reps in reserve when the sets end", fontsize=8.5)
    right.set_ylabel("effect relative to failure", fontsize=8.5)
    right.legend(loc="lower left", fontsize=8)
    right.set_title("Schematic after Robinson\net al. 2024 (slopes illustrative)", fontsize=9.5)
    fig.suptitle(
        "Proximity to failure: growth cares, strength much less",
        fontsize=11,
        fontweight="bold",
    )
    parts = "; ".join(
        f"{e.comparison}, {e.effect_size:.2f} (95 % CI {e.ci_low:.2f} to {e.ci_high:.2f})"
        for e in REFALO_2023
    )
    alt = (
        "Two panels. Left, published effect sizes for muscle growth from Refalo et al. "
        f"2023: {parts}. Right, a schematic after Robinson et al. 2024 with illustrative "
        "slopes, not estimates: relative muscle growth falls from 1.0 at failure to "
        f"{float(relative_effect(6.0)):.2f} at 6 reps in reserve, while strength stays at "
        f"{float(relative_effect(6.0, 'strength')):.2f}, because its slope's confidence "
        f"interval included zero (the model accepts up to {MAX_RIR:g} reps in reserve)."
    )
    return Figured(fig, alt)


# --------------------------------------------------------- 07: beyond the barbell


def fat_loss_figure(muscle_gained: float = 2.0, fat_lost: float = 4.0) -> Figured:
    """Left: resting kcal/day after a recomposition. Right: what moved fat mass (Lopez 2022)."""
    muscle = float(check_range("muscle_gained", muscle_gained, low=0.0, unit="kg"))
    fat = float(check_range("fat_lost", fat_lost, low=0.0, unit="kg"))
    change = kcal_from_muscle_and_fat(muscle, -fat, "kg")
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.6))
    values = (change.muscle_kcal, change.fat_kcal, change.net_kcal)
    names = (f"+{muscle:g} kg\nmuscle", f"−{fat:g} kg\nfat", "net")
    colours = (GOAL_COLOURS["hypertrophy"], PALETTE["orange"], PALETTE["bluish_green"])
    left.bar(range(3), values, color=colours, width=0.6)
    for i, v in enumerate(values):
        left.text(
            i, v + (1 if v >= 0 else -1), f"{v:+.0f}", ha="center", va="bottom" if v >= 0 else "top"
        )
    left.axhline(0, color="black", lw=0.8)
    left.set_xticks(range(3), names, fontsize=9)
    left.set_ylabel("resting kcal per day")
    left.set_ylim(min(values) * 1.4 - 2, max(values) * 1.3 + 2)
    left.set_title("Resting energy changes little", fontsize=10)
    y = np.arange(len(LOPEZ_2022_FAT_MASS_KG))[::-1]
    for yi, (_, kg, ci) in zip(y, LOPEZ_2022_FAT_MASS_KG, strict=True):
        right.barh(yi, kg, color=PALETTE["reddish_purple"], height=0.55)
        if ci is not None:
            right.errorbar(
                kg, yi, xerr=[[kg - ci[0]], [ci[1] - kg]], fmt="none", ecolor="black", capsize=3
            )
        left_end = ci[0] if ci is not None else kg
        right.text(left_end - 0.25, yi, f"{kg:.1f} kg", ha="right", va="center", fontsize=9)
    right.set_yticks(y, [row[0] for row in LOPEZ_2022_FAT_MASS_KG], fontsize=8.5)
    right.yaxis.tick_right()
    right.axvline(0, color="black", lw=0.8)
    right.set_xlim(-11.0, 0.5)
    right.set_xlabel("fat mass change vs controls (kg)")
    right.set_title("Eating less moves fat most", fontsize=10)
    right.grid(axis="y", visible=False)
    fig.suptitle("Fat loss: what actually drives it", fontsize=11, fontweight="bold")
    (_, k1, ci1), (_, k2, _), (_, k3, _) = LOPEZ_2022_FAT_MASS_KG
    alt = (
        f"Two panels. Left: gaining {muscle:g} kg of muscle adds {change.muscle_kcal:.0f} "
        f"kcal a day at rest and losing {fat:g} kg of fat removes {-change.fat_kcal:.0f}, a "
        f"net of {change.net_kcal:+.0f} kcal a day (Elia 1992). Right: pooled fat-mass "
        f"change against controls in Lopez et al. 2022: resistance training with calorie "
        f"restriction {k1:.1f} kg (95 % CI {ci1[0]:.1f} to {ci1[1]:.1f}), resistance plus aerobic "
        f"training {k2:.1f} kg, resistance training alone {k3:.1f} kg."
    ).replace("\n", " ")
    return Figured(fig, alt)


def bone_density_figure() -> Figured:
    """LIFTMOR (Watson et al. 2018): bone density change with heavy lifting vs control."""
    sites = list(LIFTMOR_BMD_CHANGE)
    lifted = [LIFTMOR_BMD_CHANGE[s][0] for s in sites]
    control = [LIFTMOR_BMD_CHANGE[s][1] for s in sites]
    fig, ax = new_figure()
    x = np.arange(len(sites))
    width = 0.36
    for offset, values, name, colour, hatch in (
        (-0.5, lifted, "heavy lifting + impact (5 x 5 at >85 % 1RM)", GOAL_COLOURS["strength"], ""),
        (0.5, control, "low-intensity home exercise", PALETTE["sky_blue"], "//"),
    ):
        bars = ax.bar(
            x + offset * width,
            values,
            width,
            color=colour,
            hatch=hatch,
            edgecolor="black",
            label=name,
        )
        for bar, v in zip(bars, values, strict=True):
            ax.text(
                bar.get_x() + bar.get_width() / 2,
                v + (0.12 if v >= 0 else -0.12),
                f"{v:+.1f} %",
                ha="center",
                va="bottom" if v >= 0 else "top",
                fontsize=9,
            )
    ax.axhline(0, color="black", lw=0.8)
    ax.set_xticks(x, [f"{s}" for s in sites])
    ax.set_ylim(min(control) - 1.2, max(lifted) + 1.8)
    ax.set_ylabel("change in bone mineral density (%)")
    ax.legend(loc="upper right", fontsize=8.5)
    _title(ax, "LIFTMOR: 8 months, postmenopausal women with low bone mass")
    parts = "; ".join(
        f"{s}: {LIFTMOR_BMD_CHANGE[s][0]:+.1f} % with heavy lifting vs "
        f"{LIFTMOR_BMD_CHANGE[s][1]:+.1f} % with low-intensity exercise"
        for s in sites
    )
    alt = (
        "Bar chart of mean change in bone mineral density over 8 months in the LIFTMOR trial "
        f"(Watson et al. 2018), women aged about 65 with low bone mass: {parts}."
    )
    return Figured(fig, alt)


def lean_mass_figure() -> Figured:
    """Pooled lean-mass gains from resistance training in two meta-analyses."""
    rows = (
        ("adults aged 50+\n(Peterson et al. 2011)", *PETERSON_2011_LEAN_MASS_KG),
        ("adults with overweight/obesity\n(Lopez et al. 2022)", *LOPEZ_2022_LEAN_MASS_KG),
    )
    fig, ax = new_figure(figsize=(6.4, 2.8))
    y = np.arange(len(rows))[::-1]
    for yi, (_, kg, (lo, hi)) in zip(y, rows, strict=True):
        ax.errorbar(
            kg,
            yi,
            xerr=[[kg - lo], [hi - kg]],
            fmt="o",
            color=GOAL_COLOURS["hypertrophy"],
            ms=8,
            capsize=4,
            lw=2,
        )
        ax.text(hi + 0.05, yi, f"{kg:.1f} kg ({lo:.1f}–{hi:.1f})", va="center", fontsize=9)
    ax.axvline(0, color="black", lw=0.8)
    ax.set_yticks(y, [r[0] for r in rows], fontsize=9)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.set_xlim(-0.1, 2.0)
    ax.set_xlabel("lean mass gained with resistance training (kg, 95 % CI)")
    ax.grid(axis="y", visible=False)
    _title(ax, "Lean mass gained with resistance training (pooled)")
    alt = (
        "Chart of pooled lean-mass gains with 95 % confidence intervals: adults aged 50 and "
        f"over, {rows[0][1]:.1f} kg ({rows[0][2][0]:.1f} to {rows[0][2][1]:.1f}; Peterson et al. "
        f"2011); adults with overweight or obesity, resistance training alone, {rows[1][1]:.1f} "
        f"kg ({rows[1][2][0]:.1f} to {rows[1][2][1]:.1f}; Lopez et al. 2022)."
    )
    return Figured(fig, alt)


def body_image_figure() -> Figured:
    """Body image and anxiety: a count of studies, and a pooled effect size."""
    total = SANTABARBARA_2017["studies"]
    improved = SANTABARBARA_2017["improved"]
    good = SANTABARBARA_2017["high_quality"]
    fig, (left, right) = new_figure(1, 2, figsize=(6.4, 3.2))
    for i in range(total):
        filled = i < improved
        left.add_patch(
            Rectangle(
                (i % 4, -(i // 4)),
                0.85,
                0.85,
                facecolor=GOAL_COLOURS["hypertrophy"] if filled else "white",
                edgecolor="black",
            )
        )
    left.text(0, -2.3, "filled: improved body image", fontsize=8.5, va="top")
    left.set_xlim(-0.2, 4)
    left.set_ylim(-2.9, 1.05)
    left.set_aspect("equal")
    left.axis("off")
    left.set_title(
        f"Body image: {improved} of {total}\nstudies improved\n({good} rated high quality)",
        fontsize=9.5,
    )
    y = np.arange(len(GORDON_2017_ANXIETY))[::-1]
    for yi, (_, d, (lo, hi)) in zip(y, GORDON_2017_ANXIETY, strict=True):
        right.errorbar(
            d,
            yi,
            xerr=[[d - lo], [hi - d]],
            fmt="s",
            color=PALETTE["bluish_green"],
            ms=7,
            capsize=4,
            lw=2,
        )
        right.text(d, yi + 0.18, f"{d:.2f}", ha="center", fontsize=9)
    right.axvline(0, color="black", lw=0.8)
    right.set_yticks(y, [row[0] for row in GORDON_2017_ANXIETY], fontsize=9)
    right.set_ylim(-0.6, len(y) - 0.3)
    right.set_xlim(-0.1, 1.0)
    right.set_xlabel("reduction in anxiety\n(effect size, 95 % CI)", fontsize=9)
    right.grid(axis="y", visible=False)
    right.set_title("Anxiety (Gordon et al. 2017)", fontsize=9.5)
    fig.suptitle("Mind: promising, not proven", fontsize=11, fontweight="bold")
    (_, d_all, ci_all), (_, d_h, ci_h) = GORDON_2017_ANXIETY
    alt = (
        f"Two panels. Left: {total} squares for the studies in SantaBarbara et al. 2017, "
        f"{improved} filled for those that found resistance training improved body image; "
        f"only {good} studies were rated high quality. Right: pooled reduction in anxiety "
        f"symptoms (Gordon et al. 2017), effect size {d_all:.2f} (95 % CI {ci_all[0]:.2f} to "
        f"{ci_all[1]:.2f}) in all participants and {d_h:.2f} ({ci_h[0]:.2f} to {ci_h[1]:.2f}) "
        "in healthy participants."
    )
    return Figured(fig, alt)


# -------------------------------------------------------------------- 08: summary


def comparison_table(one_rm: float = 300.0, unit: str = "lb") -> Table:
    """The two goals side by side, every number from :mod:`liftlab.goals`.

    Parameters
    ----------
    one_rm : float
        A 1RM to turn %1RM bands into loads (the article's example: a 300 lb squat).
    unit : {"kg", "lb"}
        Unit of ``one_rm``.
    """
    unit = check_unit(unit)
    one = float(check_range("one_rm", one_rm, low=0.0, low_open=True, unit=unit))

    def both(fn) -> list[str]:
        return [fn("strength"), fn("hypertrophy")]

    def days(goal: str) -> str:
        low, high = days_between_sessions(goal)
        after = GOALS[goal].rest_days_after_percent
        text = f"at least {low}" if high is None else _span((low, high))
        return text + (f" (after work above {after:g} % 1RM)" if after else "")

    rows = [
        ["reps per set", *both(lambda g: _span(rep_range(g)))],
        ["load (% of 1RM)", *both(lambda g: _span(percent_range(g)))],
        [
            f"load for a {one:g} {unit} 1RM",
            *both(lambda g: _span(tuple(round(v, 1) for v in load_range(one, g)), unit)),
        ],
    ]
    for level in EXPERIENCE_LEVELS:
        rows.append(
            [f"sets per exercise, {level}", *both(lambda g, lv=level: _span(sets_range(g, lv)))]
        )
    rows += [
        ["rest between sets (min)", *both(lambda g: _span(rest_range(g)))],
        ["rest days before training the muscle hard again", *both(days)],
        [
            "volume",
            "as little as needed at high intensity, to stay fresh",
            "as much work as you can recover from; the main difference",
        ],
        [
            "exercise selection",
            "a few compound lifts, periodized to raise the load",
            "more variety, with isolation exercises added",
        ],
    ]
    return Table(
        ("", "strength", "hypertrophy"),
        rows,
        "The two goals side by side (the article; strength sets from the NSCA; "
        "intermediate hypertrophy sets interpolated)",
    )


def prescription_figure() -> Figured:
    """Rest between sets, sets per exercise and rest days: both goals' ranges, side by side."""
    fig, (rest_ax, sets_ax, days_ax) = new_figure(3, 1, figsize=(6.4, 4.8))

    def bar(ax, y, low, high, goal, label_right, open_end=False):
        colour = GOAL_COLOURS[goal]
        ax.plot([low, high], [y, y], "-", color=colour, lw=7, solid_capstyle="butt")
        if open_end:
            ax.annotate(
                "",
                xy=(high + 0.6, y),
                xytext=(high, y),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5},
            )
        ax.text(high + (0.9 if open_end else 0.15), y, label_right, va="center", fontsize=8.5)

    s_rest, h_rest = rest_range("strength"), rest_range("hypertrophy")
    bar(rest_ax, 1, *s_rest, "strength", f"strength {_span(s_rest)} min")
    bar(rest_ax, 0, *h_rest, "hypertrophy", f"hypertrophy {_span(h_rest)} min")
    rest_ax.set_xlim(0, 7)
    rest_ax.set_xlabel("rest between sets (min)", fontsize=9)

    rows = [("strength", "strength, any level", sets_range("strength", "beginner"))]
    rows += [
        ("hypertrophy", f"hypertrophy, {lv}", sets_range("hypertrophy", lv))
        for lv in EXPERIENCE_LEVELS
    ]
    for y, (goal, name, span) in zip(range(len(rows) - 1, -1, -1), rows, strict=True):
        bar(sets_ax, y, *span, goal, f"{name}: {_span(span)}")
    sets_ax.set_xlim(0, 11)
    sets_ax.set_xlabel("sets per exercise per session", fontsize=9)

    s_days, h_days = days_between_sessions("strength"), days_between_sessions("hypertrophy")
    after = GOALS["strength"].rest_days_after_percent
    bar(
        days_ax,
        1,
        s_days[0],
        s_days[0] + 1,
        "strength",
        f"strength: {s_days[0]}+ (after >{after:g} % 1RM)",
        open_end=True,
    )
    bar(days_ax, 0, h_days[0], h_days[1], "hypertrophy", f"hypertrophy: {_span(h_days)}")
    days_ax.set_xlim(-0.2, 7)
    days_ax.set_xlabel("rest days before training the same muscle hard again", fontsize=9)

    for ax in (rest_ax, sets_ax, days_ax):
        ax.set_yticks([])
        ax.grid(axis="y", visible=False)
        ax.spines["left"].set_visible(False)
        ax.margins(y=0.35)
    fig.suptitle("Recovery and sets: strength vs hypertrophy", fontsize=11, fontweight="bold")
    sets_text = ", ".join(f"{name} {_span(span)}" for _, name, span in rows)
    alt = (
        f"Three range charts. Rest between sets: strength {_span(s_rest)} min, hypertrophy "
        f"{_span(h_rest)} min. Sets per exercise: {sets_text}. Rest days before training the "
        f"same muscle hard again: strength at least {s_days[0]} after work above {after:g} % "
        f"1RM, hypertrophy {_span(h_days)}."
    )
    return Figured(fig, alt)
