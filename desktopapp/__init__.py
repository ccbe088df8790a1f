"""desktopapp: a desktop investment-promotion catalogue (招商图鉴) of an industrial park."""

__version__ = "0.1.0"
