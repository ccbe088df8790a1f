"""Text cells of exported CSV files that a spreadsheet would run as formulas.

A cell starting with =, +, -, @, a tab or a carriage return is read by spreadsheet programs as a formula
(CSV injection). Export writes such text with a leading apostrophe, which spreadsheets show as text;
import takes it off again, so an exported list imports unchanged (text that already starts with an
apostrophe before such a character gets one more, so that it too comes back as it was).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def protect(value):
    """`value` as a CSV cell: text that would start a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def unprotect(text: str) -> str:
    """A CSV cell as it was before `protect`."""
    if text.startswith("'") and text[1:].lstrip("'").startswith(FORMULA_STARTS):
        return text[1:]
    return text
