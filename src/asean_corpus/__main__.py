"""``python -m asean_corpus``: the command-line interface."""

from .cli import main

raise SystemExit(main())
