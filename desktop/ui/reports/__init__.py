"""Rapporter: the steering group's figures for a period, on screen and as a workbook."""
