"""`python -m newsexplore.tui.cli`: the console script without its installed wrapper.

Tests and benchmarks start the CLI this way in a fresh interpreter, with the
same exit codes as the installed `newsexplore`.
"""

import sys

from .entry import main

sys.exit(main())
