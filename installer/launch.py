"""Entry script of the frozen executables: the same ``desktop.cli:main`` as the installed scripts.

No arguments starts the GUI; a subcommand runs the CLI.
"""

import multiprocessing

from desktop.cli import main

if __name__ == "__main__":
    # A library that starts worker processes re-runs this executable; without this call each
    # worker would start another copy of the app (Windows).
    multiprocessing.freeze_support()
    from desktop.core import worker_processes

    worker_processes.allow_in_frozen_app()
    raise SystemExit(main())
