"""Importing the optional libraries (pandas, pyarrow, ...) inside the functions that need them."""

from __future__ import annotations

import importlib
from typing import Any

from .exceptions import MissingDependencyError

__all__ = ["require"]


def require(module: str, extra: str) -> Any:
    """Import ``module``, or raise an error naming the extra that installs it.

    Raises:
        MissingDependencyError: The module is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module, extra) from None
