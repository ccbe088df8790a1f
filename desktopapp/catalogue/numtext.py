"""How a number is written in catalogue text (a fact's value, "1234567平方米"): exactly as given, without an
exponent or rounding."""

from __future__ import annotations

from decimal import Decimal


def number_text(num: float) -> str:
    """`num` in plain decimal notation: 1234567 → "1234567", 2.5 → "2.5", 0.0001 → "0.0001"."""
    num = float(num)
    if num.is_integer():
        return str(int(num))
    return format(Decimal(repr(num)), "f")
