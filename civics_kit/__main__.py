"""``python -m civics_kit`` runs the ``civics-kit`` command."""

import sys

from .cli import main

sys.exit(main())
