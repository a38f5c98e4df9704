"""Drogtester: the day's list, results, schedules, and each person's tab."""
