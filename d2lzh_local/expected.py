"""Expected result ranges for every notebook's self-check: the one place they are set.

Each entry: what the number is, its range (lo and/or hi), and what the book printed. The ranges
come from runs over several seeds (scripts/check_seeds.py), wide enough for any seed and narrow
enough that a broken algorithm falls outside them.
"""

EXPECTED = {}
