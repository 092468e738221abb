"""``python -m desktop``: the same entry as the ``office-assistant`` script."""

import multiprocessing

if __name__ == "__main__":
    # The usage report scans export files in worker processes; a spawned worker re-imports the
    # entry module and must not start the app again.
    multiprocessing.freeze_support()
    from desktop.cli import main

    raise SystemExit(main())
