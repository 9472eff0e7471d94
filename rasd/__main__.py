"""`python -m rasd ...` runs the command-line interface (same as the `rasd` command)."""
from .cli import main

raise SystemExit(main())
