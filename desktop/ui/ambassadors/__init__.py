"""Veckosammanfattning: the weekly summaries for the partner units' ambassadors."""
