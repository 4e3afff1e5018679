"""`make bench` cannot rot unnoticed: its smoke run makes every measurement once, on tiny data, with no Lighthouse,
through the same functions as the site (its export for "Material alone on the same pages")."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.site


def test_the_benchmark_runs_every_measurement(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "-m", "bench.run", "--smoke", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(out.read_text(encoding="utf-8"))
    builds = results["builds"]
    assert set(builds) == {"real", "plain", "same-pages", "data-2x", "data-2x-same-pages"}
    for name, build in builds.items():
        assert build["median_s"] > 0 and build["pages"] > 0, name
    # The site's own export is the same pages as the real build, and the scaled data has more of them.
    assert builds["same-pages"]["pages"] == builds["real"]["pages"]
    assert builds["data-2x-same-pages"]["pages"] == builds["data-2x"]["pages"] > builds["real"]["pages"]
    assert results["real_over_same_pages"] > 0 and results["data_100x_over_same_pages"] > 0
    assert all(build["median_cpu_s"] > 0 for build in builds.values()) and set(results["cpu_ratios"]) == {
        "real_over_same_pages", "data_100x_over_same_pages"}
    assert len(results["load_average"]["start"]) == 3
    assert set(results["data_path"]["median_s"]) == {"validate", "build", "diff"}
    if Path("/usr/bin/chromium").is_file():
        assert results["page_weight"]["scoreboard"]["gzip_kb"] > 0
        # Material's script waits for the reader's first interaction: none at first load, then it and the worker.
        for weight in results["page_weight"].values():
            assert not [f for f in weight["files"] if f["url"].endswith(".js")], weight["files"]
            loaded = [f["url"].rsplit("/", 1)[-1].split(".")[0] for f in weight["after_interaction"]["files"]]
            assert {"bundle", "worker"} <= set(loaded), loaded
    assert "real_over_same_pages" in results["met"] and "chưa đạt:" in done.stdout
