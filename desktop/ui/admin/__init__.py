"""Administration: users, settings and the audit log."""
