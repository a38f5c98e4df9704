"""The windows: PySide6 lives only here."""
