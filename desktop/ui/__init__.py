"""Qt widgets and dialogs: a thin layer over desktop.core."""
