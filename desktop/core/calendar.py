"""Calendar lengths the programme's rules share, defined once."""

from __future__ import annotations

# The average length of a Gregorian month in days (365.25 / 12): a duration in months that does
# not depend on which calendar months it ran through (an OSA placement's length, R14, and the
# mean duration in the OSA figures).
DAYS_PER_MONTH = 30.4375
