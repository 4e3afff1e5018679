"""Test settings shared by the suite: hypothesis runs the same examples every time unless asked for more."""

import os

from hypothesis import HealthCheck, settings

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
# CI and `make test`: few, fixed examples, so a run is fast and a failure reproduces.
settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True, database=None,
                          suppress_health_check=_QUIET)
# Hunting for crashes by hand: HYPOTHESIS_PROFILE=stress .venv/bin/python -m pytest tests/test_checker_properties.py
settings.register_profile("stress", max_examples=2000, deadline=None, suppress_health_check=_QUIET)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
