#!/usr/bin/env python3
"""Writes survey-synthetic.csv: a SYNTHETIC survey of 600 respondents for the Kanta-Häme model.

NOT THE STUDY'S DATA. The 2018 strategy surveyed nearly 600 entrepreneurs and the province's organisations and
educational institutions (sentences S8-S9 of the source article), but its answers are not public. This script draws
answers with a fixed seed so that the model can show the whole path from survey answers to the decision brief.
The study's real export replaces survey-synthetic.csv column for column (same headers, same labels).

    python3 scenarios/kanta-hame/data/make-synthetic-survey.py      # rewrites survey-synthetic.csv beside it

Python 3 standard library only; the same seed gives the same file, byte for byte.

How the answers are drawn (every probability below is an assumption, source A1 of the model):
- subregion: Hämeenlinna, Riihimäki, Forssa with the province's population shares 0.55 / 0.26 / 0.19 (A3).
- role: exactly 480 entrepreneurs, 60 development-centre staff and 60 from organisations and educational
  institutions, in shuffled order.
- readiness: "How ready is your company (or are the companies you work with) to internationalise?" five text
  labels, from "not at all ready" to "fully ready". The model maps them to 0, 0.25, 0.5, 0.75 and 1, and the
  label probabilities per subregion are chosen so that the mean answer stays near the mean of the PERT the model
  typed by hand before (Hämeenlinna 0.50, Riihimäki 0.48, Forssa 0.45).
- interest: "How interested are you in internationalising?" 1 (not at all) to 5 (very); about 45 % of
  entrepreneurs answer 4 or 5, as the model's illustrative 54 of 120 interested.
- imp_<driver>: "How important is <driver> for the region's internationalisation?" 1 (not at all) to 5 (very),
  for the drivers the panels weight. A respondent's rating is a rounded normal draw (sd 0.8, clamped to 1..5)
  around 1.2 + 1.2 x the weight the model's panel of that role gives the driver (capped at 4.6), so the mean
  rating minus 1 is nearly proportional to the model's hand-typed weight.
- missing: each answer (readiness, interest, imp_*) is left blank with probability 0.03.
"""
import csv
import os
import random

SEED = 20181122
N = 600
MISSING = 0.03

SUBREGIONS = [("hameenlinna", 0.55), ("riihimaki", 0.26), ("forssa", 0.19)]
ROLES = ["entrepreneur"] * 480 + ["development_centre"] * 60 + ["organisation_educator"] * 60
LABELS = ["not at all ready", "slightly ready", "moderately ready", "very ready", "fully ready"]
READINESS = {  # probabilities of the five labels; mean of 0, .25, .5, .75, 1 in the comment
    "hameenlinna": [0.04, 0.21, 0.50, 0.21, 0.04],  # 0.500
    "riihimaki": [0.05, 0.23, 0.49, 0.19, 0.04],    # 0.485
    "forssa": [0.07, 0.29, 0.46, 0.15, 0.03],       # 0.445
}
INTEREST = {
    "entrepreneur": [0.08, 0.17, 0.30, 0.28, 0.17],  # 45 % answer 4 or 5
    "development_centre": [0.02, 0.08, 0.25, 0.35, 0.30],
    "organisation_educator": [0.04, 0.12, 0.30, 0.32, 0.22],
}
DRIVERS = ["readiness", "internationalisation_level", "entrepreneur_interest", "services_funding_share",
           "spb_access", "action_programme", "service_network", "regional_cooperation", "interreg_funding",
           "attitude_climate", "twin_city_cooperation"]
WEIGHTS = {  # the panels' weights in model.yaml (readiness: each readiness_<subregion>); missing = 0
    "entrepreneur": {"readiness": 1, "internationalisation_level": 1, "entrepreneur_interest": 2,
                     "services_funding_share": 2, "spb_access": 1.5, "action_programme": 1, "service_network": 1},
    "development_centre": {"readiness": 0.5, "service_network": 3, "action_programme": 2,
                           "services_funding_share": 2, "regional_cooperation": 2, "interreg_funding": 1.5,
                           "spb_access": 1},
    "organisation_educator": {"readiness": 1, "attitude_climate": 2, "twin_city_cooperation": 1.5,
                              "service_network": 1, "regional_cooperation": 1, "interreg_funding": 1},
}


def pick(rng, options, probabilities):
    return rng.choices(options, weights=probabilities, k=1)[0]


def answer(rng, text):
    return "" if rng.random() < MISSING else text


def main():
    rng = random.Random(SEED)
    roles = list(ROLES)
    rng.shuffle(roles)
    header = ["respondent", "subregion", "role", "readiness", "interest"] + ["imp_" + d for d in DRIVERS]
    rows = []
    for i, role in enumerate(roles, start=1):
        subregion = pick(rng, [s for s, _ in SUBREGIONS], [p for _, p in SUBREGIONS])
        readiness = answer(rng, pick(rng, LABELS, READINESS[subregion]))
        interest = answer(rng, str(pick(rng, [1, 2, 3, 4, 5], INTEREST[role])))
        ratings = []
        for d in DRIVERS:
            mean = min(4.6, 1.2 + 1.2 * WEIGHTS[role].get(d, 0))
            rating = max(1, min(5, round(rng.gauss(mean, 0.8))))
            ratings.append(answer(rng, str(rating)))
        rows.append(["r%03d" % i, subregion, role, readiness, interest] + ratings)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "survey-synthetic.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print("wrote %s: %d respondents x %d columns (seed %d)" % (out, len(rows), len(header), SEED))


if __name__ == "__main__":
    main()
