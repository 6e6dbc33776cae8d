"""Test configuration: Hypothesis profiles, and files that are not tests.

Profiles (choose with ``HYPOTHESIS_PROFILE``): ``ci`` (the default) keeps the whole suite
to a minute or two on two cores; ``thorough`` runs ten times as many examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# The packaging check is a script run on built distributions, not a test module. The
# browser tests need the built docs, Chromium and the "browser" extra: they run only
# when named, ``python -m pytest tests/browser`` (see tests/browser/conftest.py).
collect_ignore = ["packaging", "browser"]

settings.register_profile(
    "ci",
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("ci"),
    max_examples=1000,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
