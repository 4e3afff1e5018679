"""Command line: `python -m campaign validate|publishable|diff …` (see campaign/cli.py)."""

import sys

from .cli import main

sys.exit(main())
