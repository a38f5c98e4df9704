"""Entry point of the frozen program (both the window and the console executable)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
