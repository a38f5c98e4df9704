"""Samtycken: each person's consents, the consent form and the disclosure log."""
