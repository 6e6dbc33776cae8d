"""Test configuration: Hypothesis profiles, test tiers, and files that are not tests.

Profiles (``HYPOTHESIS_PROFILE`` chooses one; otherwise ``ci`` when the ``CI``
environment variable is set, as on the CI machine, and ``dev`` elsewhere):

- ``dev``: few examples of small corpora, for working in a loop;
- ``ci``: many examples, and corpora grown to hundreds of statements
  (:func:`tests.strategies.thorough`).

Tiers: ``pytest -m "not slow"`` leaves out the tests marked ``slow`` (property and
fuzz suites, whole-process and packaging checks) and runs in well under a minute;
the whole suite runs in CI.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from tests.strategies import THOROUGH_EXAMPLES

# The packaging check is a script run on built distributions, not a test module. The
# browser tests need the built docs, Chromium and the "browser" extra: they run only
# when named, ``python -m pytest tests/browser`` (see tests/browser/conftest.py).
collect_ignore = ["packaging", "browser"]

settings.register_profile(
    "dev",
    deadline=None,
    max_examples=20,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "ci",
    parent=settings.get_profile("dev"),
    max_examples=THOROUGH_EXAMPLES,
)
_default = "ci" if os.environ.get("CI", "").lower() in ("1", "true", "yes") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default))
