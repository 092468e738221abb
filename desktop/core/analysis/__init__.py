"""Table analysis: the clerk's CSV/Excel tables are loaded and queried on this PC.

``session.TableAnalysis`` is the use case (load → profile → ask → check → run → repair →
explain); ``loader``, ``profile``, ``guard``, ``engine``, ``chart`` and ``export`` are its parts,
``kind.TableAnalysisKind`` the task kind the template declares (``output = "table_analysis"``).
Only the question, the columns' profile and masked examples leave the PC.
"""
