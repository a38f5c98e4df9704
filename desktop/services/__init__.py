"""Headless operations that both the window and the command line call: the one export door and
the documents that go through it. No Qt here; a test enforces it."""
