#!/usr/bin/env python3
"""SYNTHETIC Kanta-Häme Delphi: 15 experts, 3 rounds, 4 statements rated 1-5 (1 = very unlikely by 2030,
5 = very likely). No real expert gave these answers; the study's own Delphi export replaces the files, column for
column (expert, then one column per statement).

Generation (Python standard library only, seed 20181122):
  round 1: each expert's answer = round(centre of the statement + the expert's leaning + noise), clipped to 1-5,
           where the leaning is N(0, 0.8) per expert and statement and the noise N(0, 0.6);
  rounds 2, 3: after seeing the group's median, each expert moves one point towards it with probability 0.5
           (round 2) or 0.35 (round 3), otherwise keeps the answer; one expert (e15) drops out after round 2.
So the answers converge (the interquartile range shrinks) and round 3 changes little (stability).

Run from this directory:  python3 delphi-synthetic.py   (writes delphi-synthetic-round1.csv ... round3.csv)
"""
import csv
import random
import statistics

SEED = 20181122
EXPERTS = [f"e{i:02d}" for i in range(1, 16)]
STATEMENTS = {                      # centre of the views on the 1-5 scale
    "east_trade_recovers": 2.2,     # trade with Russia recovers by 2030
    "baltic_markets_grow": 3.8,     # companies turn to Baltic and Nordic markets
    "services_funding_grows": 3.1,  # the share of funding for internationalisation services grows
    "twin_cities_new_exporters": 2.7,  # twin-city cooperation brings new exporters
}
MOVE = {2: 0.5, 3: 0.35}


def clip(x):
    return max(1, min(5, x))


def main():
    rng = random.Random(SEED)
    rounds = {1: {}}
    for e in EXPERTS:
        rounds[1][e] = {s: clip(round(c + rng.gauss(0, 0.8) + rng.gauss(0, 0.6))) for s, c in STATEMENTS.items()}
    for r in (2, 3):
        previous = rounds[r - 1]
        medians = {s: statistics.median(previous[e][s] for e in previous) for s in STATEMENTS}
        rounds[r] = {}
        for e in previous:
            if r == 3 and e == "e15":
                continue
            answers = {}
            for s in STATEMENTS:
                a = previous[e][s]
                if rng.random() < MOVE[r] and a != medians[s]:
                    a += 1 if medians[s] > a else -1
                answers[s] = a
            rounds[r][e] = answers
    for r, answers in rounds.items():
        with open(f"delphi-synthetic-round{r}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["expert"] + list(STATEMENTS))
            for e, a in answers.items():
                w.writerow([e] + [a[s] for s in STATEMENTS])


if __name__ == "__main__":
    main()
