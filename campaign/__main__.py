"""Command line: `python -m campaign validate|publishable|diff|export …`."""

import sys

from .cli import main

sys.exit(main())
