"""Qt-free core: everything the GUI and the CLI share. Never import PySide6 here."""
