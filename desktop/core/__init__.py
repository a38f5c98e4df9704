"""The programme's rules: pure Python, no Qt, no SQL, no files."""
