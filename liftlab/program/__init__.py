"""The plan builder: periodized barbell plans that adapt to the lifter, and a checker.

:func:`build_plan` turns a goal, a training status, a weekly frequency, a length and
the lifter's 1RMs into a :class:`Plan` (frozen dataclasses: Plan → :class:`Week` →
:class:`Session` → :class:`Prescription`). :func:`check_plan` re-derives every rule
from the plan's numbers and lists what is broken, so a plan edited by hand can be
checked too. A plan exports to CSV with documented columns (:meth:`Plan.to_csv`,
:data:`CSV_COLUMNS`), to a printable HTML page (:meth:`Plan.to_html`) and to an empty
training log (:meth:`Plan.log_template`).

One module per part:

- :mod:`liftlab.program.exercises`: main lifts, accessories (clean names, the muscle
  in its own field), their muscles (:func:`exercise_credits`), weekly templates;
- :mod:`liftlab.program.prescriptions`: zones, what changes with training status
  (:data:`PROFILES`: loads, reps, target RPE, sets, weekly volume, deload interval),
  the RPE chart and :func:`adjust_load` (autoregulation);
- :mod:`liftlab.program.model`: the dataclasses;
- :mod:`liftlab.program.build`: :func:`build_plan`;
- :mod:`liftlab.program.check`: :func:`check_plan` and its :data:`RULES`;
- :mod:`liftlab.program.export`: CSV, HTML, training-log template;
- :mod:`liftlab.program.summary`: a plan in a few numbers, for side-by-side tables.

In short (sources in each module): novices get 8–12-rep loads and simple
progression, advanced lifters periodized loads up to heavy singles (ACSM 2009
[@acsm2009]); every set carries a target RPE from the RPE chart (Helms et al. 2016
[@helms2016]) and the load is corrected by the RPE actually reached (Helms et al.
2018 [@helms2018]); strength plans keep "as little volume as needed" (the article
[@saksnd]) with some lighter technique work; hypertrophy plans give every major
muscle its weekly hard sets (Schoenfeld et al. 2017 [@schoenfeld2017volume];
Pelland et al. 2025 [@pelland2025]); every plan pulls every week; deloads come every
5–8 weeks by training status and cut volume, load and effort without stopping
(Rogerson et al. 2024 [@rogerson2024]; Coleman et al. 2024 [@coleman2024]).

References
----------
- Saks A. Hypertrophy vs Strength training: Main Differences (n.d.) [@saksnd].
- American College of Sports Medicine. Progression models in resistance training
  for healthy adults. *Med Sci Sports Exerc* 2009;41(3):687–708 [@acsm2009].
- Baechle TR, Earle RW, eds. *Essentials of Strength Training and Conditioning*,
  3rd ed. Human Kinetics (NSCA); 2008 [@baechle2008].
- Helms ER, Cronin J, Storey A, Zourdos MC. Application of the repetitions in
  reserve-based rating of perceived exertion scale for resistance training.
  *Strength Cond J* 2016;38(4):42–49 [@helms2016].
- Helms ER, Byrnes RK, Cooke DM, et al. RPE vs. percentage 1RM loading in periodized
  programs matched for sets and repetitions. *Front Physiol* 2018;9:247 [@helms2018].
- Rogerson D, Nolan D, Androulakis Korakakis P, et al. Deloading practices in
  strength and physique sports: a cross-sectional survey. *Sports Med Open*
  2024;10:26 [@rogerson2024].
- Coleman M, Burke R, Augustin F, et al. Gaining more from doing less? The effects of
  a one-week deload period during supervised resistance training on muscular
  adaptations. *PeerJ* 2024;12:e16777 [@coleman2024].
- Bell L, Nolan D, Immonen V, et al. Coaches' perceptions, practices and experiences
  of deloading in strength and physique sports. *Front Sports Act Living*
  2022;4:1073223 [@bell2022]; Bell L, Strafford BW, Coleman M, et al. Integrating
  deloading into strength and physique sports training programmes: an international
  Delphi consensus approach. *Sports Med Open* 2023;9:87 [@bell2023].
- Rhea MR, Ball SD, Phillips WT, Burkett LN. A comparison of linear and daily
  undulating periodized programs with equated volume and intensity for strength.
  *J Strength Cond Res* 2002;16(2):250–255 [@rhea2002].
- Issurin VB. New horizons for the methodology and physiology of training
  periodization. *Sports Med* 2010;40(3):189–206 [@issurin2010].
- Schoenfeld BJ, Ogborn D, Krieger JW. Dose-response relationship between weekly
  resistance training volume and increases in muscle mass. *J Sports Sci*
  2017;35(11):1073–1082 [@schoenfeld2017volume].
- Pelland JC, et al. The resistance training dose response. *Sports Med* 2025
  [@pelland2025].
"""

from liftlab.program.build import (
    BLOCK_PHASES,
    DAY_TYPES,
    DAYS_PER_WEEK_RANGE,
    DELOAD_PERCENT_DROP,
    DELOAD_REP_FACTOR,
    DELOAD_RPE,
    DELOAD_SET_FACTOR,
    PLAN_GOALS,
    SCHEMES,
    STRENGTH_ACCESSORY_SETS,
    WEEKS_RANGE,
    build_plan,
)
from liftlab.program.check import RULES, check_plan
from liftlab.program.exercises import (
    ACCESSORIES,
    MAIN_LIFTS,
    MAJOR_MUSCLES,
    MUSCLE_GROUPS,
    PULLS,
    TEMPLATES,
    Accessory,
    exercise_credits,
    exercise_kind,
    exercise_muscle,
    pull_direction,
)
from liftlab.program.export import CSV_COLUMNS, CSV_HEADER, LOG_HEADER, autoregulation_text
from liftlab.program.model import WEEKDAYS, Plan, Prescription, Session, Week
from liftlab.program.prescriptions import (
    HARD_SET_MIN_RPE,
    HEAVY_PERCENT,
    ISOLATION_MAX_REPS,
    MAX_REPS,
    PROFILES,
    REST_DAYS_AFTER_HEAVY,
    ZONES,
    Band,
    ExperienceProfile,
    Zone,
    adjust_load,
    deload_every,
    experience_profile,
    load_change_per_rpe,
    percent_for_rpe,
    rpe_for_percent,
    weekly_set_band,
)
from liftlab.program.summary import PlanOverview, compare_plans, plan_overview

#: Every how many weeks a plan deloads, by training status (see :func:`deload_every`).
DELOAD_EVERY: dict[str, int] = {level: p.deload_every for level, p in PROFILES.items()}
#: Hardest RIR that still makes a hard set (RIR 0–4, RPE 6–10).
HARD_SET_MAX_RIR: int = int(10 - HARD_SET_MIN_RPE)

__all__ = [
    "ACCESSORIES",
    "BLOCK_PHASES",
    "CSV_COLUMNS",
    "CSV_HEADER",
    "DAYS_PER_WEEK_RANGE",
    "DAY_TYPES",
    "DELOAD_EVERY",
    "DELOAD_PERCENT_DROP",
    "DELOAD_REP_FACTOR",
    "DELOAD_RPE",
    "DELOAD_SET_FACTOR",
    "HARD_SET_MAX_RIR",
    "HARD_SET_MIN_RPE",
    "HEAVY_PERCENT",
    "ISOLATION_MAX_REPS",
    "LOG_HEADER",
    "MAIN_LIFTS",
    "MAJOR_MUSCLES",
    "MAX_REPS",
    "MUSCLE_GROUPS",
    "PLAN_GOALS",
    "PROFILES",
    "PULLS",
    "REST_DAYS_AFTER_HEAVY",
    "RULES",
    "SCHEMES",
    "STRENGTH_ACCESSORY_SETS",
    "TEMPLATES",
    "WEEKDAYS",
    "WEEKS_RANGE",
    "ZONES",
    "Accessory",
    "Band",
    "ExperienceProfile",
    "Plan",
    "PlanOverview",
    "Prescription",
    "Session",
    "Week",
    "Zone",
    "adjust_load",
    "autoregulation_text",
    "build_plan",
    "check_plan",
    "compare_plans",
    "deload_every",
    "exercise_credits",
    "exercise_kind",
    "exercise_muscle",
    "experience_profile",
    "load_change_per_rpe",
    "percent_for_rpe",
    "plan_overview",
    "pull_direction",
    "rpe_for_percent",
    "weekly_set_band",
]
