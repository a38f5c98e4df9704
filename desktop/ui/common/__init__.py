"""Shared parts of the windows: dialogs, widgets, table models, charts, background work."""
