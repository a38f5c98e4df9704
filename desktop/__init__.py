"""Färdväg: encrypted case management for small municipal re-entry units."""

__version__ = "0.1.0"
