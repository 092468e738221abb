"""Excel formulas checked on the clerk's own workbook before they are trusted.

``integration`` holds the functions the pipeline, CLI and UI call; the other modules are the
parts: ``workbook`` (reading), ``profile`` (sheet structure for the prompt), ``extract``
(formulas in an answer), ``refs`` and ``functions`` (static checks), ``engine`` (evaluation
with the ``formulas`` engine), ``check`` (the verdict), ``apply`` (writing a copy).
"""
