"""Benchmark of the site: build time and memory, data checking time, page weight at first load, Lighthouse.

Run by `make bench`; writes bench/results.json and prints a short table, exits 1 when a target is missed.
`python -m bench.run --smoke` makes every measurement once on tiny data, with no Lighthouse, so that the benchmark
cannot rot unnoticed (tests/test_bench.py runs it in `make test-fast`).

"Material alone on the same pages" is the site's own exported source (`python -m campaign site`, the same
functions as the hooks) built by MkDocs with no hook and no macro: what the real build costs beyond its pages is
the hooks, the macros plugin and the data.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import functools
import gzip
import http.server
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

from campaign.publish.export import read_config as read_mkdocs_config
from campaign.publish.export import write_site
from campaign.publish.site import make_build
from campaign.read.load import load

ROOT = Path(__file__).resolve().parent.parent


RESULTS = ROOT / "bench" / "results.json"
LIGHTHOUSE = ROOT / "bench" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
RUNS = 3
SCALES = (10, 100)
PAGES = {"home": "", "scoreboard": "2021/bang-theo-doi/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {
    "lighthouse": {"performance": 1.0, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0},
    "first_load_gzip_kb": 60,  # the home page and the scoreboard
    # The real build against Material alone on the same pages, on the real data and on 100 times its units.
    "real_over_same_pages": 1.3,
    "data_100x_over_same_pages": 1.3,
}


# ---- machine ------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next(line.split(":", 1)[1].strip() for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))

    def version(*command: str) -> str:
        try:
            return subprocess.run(command, capture_output=True, text=True, check=False).stdout.strip()
        except OSError:
            return "missing"

    return {
        "date": datetime.date.today().isoformat(),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB",
        "free_h": version("free", "-h").splitlines()[1] if version("free", "-h") else "",
        "python": platform.python_version(),
        "chromium": version(CHROMIUM, "--version"),
        "node": version("node", "--version"),
    }


# ---- builds -------------------------------------------------------------------------------------

def build(config: Path, site_dir: Path, log: Path) -> tuple[float, float, float]:
    """Build once in a child process: (seconds, CPU seconds, peak resident memory in MiB of that child). The CPU time
    (user and system, git's included) moves far less than the wall time when other work shares the machine."""
    with log.open("w") as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "--site-dir",
                                  str(site_dir)], cwd=config.parent, stdout=out, stderr=subprocess.STDOUT,
                                 env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"build with {config} failed:\n{log.read_text()}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure_build(name: str, config: Path, work: Path) -> dict:
    runs = [build(config, work / f"site-{name}", work / f"build-{name}.log") for _ in range(RUNS)]
    seconds = [round(s, 3) for s, _, _ in runs]
    cpu = [round(c, 3) for _, c, _ in runs]
    return {"seconds": seconds, "median_s": round(statistics.median(seconds), 3), "cpu_s": cpu,
            "median_cpu_s": round(statistics.median(cpu), 3),
            "peak_rss_mib": round(max(m for _, _, m in runs), 1), "pages": count_pages(work / f"site-{name}")}


def count_pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def measure_validation(data_dir: Path) -> dict:
    seconds = []
    for _ in range(RUNS):
        start = time.perf_counter()
        dataset, report = load(data_dir)
        seconds.append(round(time.perf_counter() - start, 3))
        if dataset is None:
            sys.exit(f"{data_dir} does not validate:\n" + "\n".join(p.as_text() for p in report.errors))
    return {"seconds": seconds, "median_s": round(statistics.median(seconds), 3)}


def timed(command: list[str], cwd: Path, env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - start


def measure_data_path(work: Path, same_pages_s: float, fresh_clone: bool = True) -> dict:
    """What a pull request's data job runs on a warm virtualenv (validate, build, diff), against a plain
    Material build of the same pages; and the first `make validate` of a fresh clone (venv and install)."""
    python = sys.executable
    steps = {
        "validate": [python, "-m", "campaign", "validate", "--format", "github", "data"],
        "build": [python, "-m", "mkdocs", "build", "--strict", "--site-dir", str(work / "site-data-path")],
        "diff": [python, "-m", "campaign", "diff", "HEAD", "HEAD"],
    }
    runs = {name: [round(timed(cmd, ROOT, {"NO_MKDOCS_2_WARNING": "1"}), 3) for _ in range(RUNS)]
            for name, cmd in steps.items()}
    medians = {name: round(statistics.median(r), 3) for name, r in runs.items()}
    total = round(sum(medians.values()), 3)
    fresh = None
    if fresh_clone:  # a virtualenv and an install: left out of the smoke run
        clone = work / "fresh-clone"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        fresh = round(timed(["make", "validate"], clone), 3)
    return {"runs_s": runs, "median_s": medians, "total_s": total,
            "total_over_same_pages": round(total / same_pages_s, 2), "first_validate_fresh_clone_s": fresh}


def read_config() -> dict:
    return read_mkdocs_config(ROOT / "mkdocs.yml")


def project_dir(work: Path, name: str, config: dict) -> Path:
    """A config in a folder of its own beside links to the project's Python code, as mkdocs-macros needs."""
    folder = work / f"project-{name}"
    folder.mkdir()
    for code in ("macros", "hooks", "campaign"):
        (folder / code).symlink_to(ROOT / code, target_is_directory=True)
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def plain_config(work: Path) -> Path:
    """Material alone on the hand-written text pages: no macros plugin, no hook, no generated page."""
    config = read_config()
    config["docs_dir"] = str(ROOT / "docs")
    config["strict"] = False  # the text pages link to generated pages, which this build leaves out
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    for key in ("hooks", "watch", "nav"):
        config.pop(key, None)
    config["theme"].pop("custom_dir", None)
    return project_dir(work, "plain", config)


def same_pages_config(work: Path, name: str, data_dir: Path) -> Path:
    """Material alone on every page of the real site over `data_dir`: the site's exported source."""
    out = work / f"source-{name}"
    write_site(make_build(data_dir, ROOT / "docs"), ROOT, out)
    return out / "mkdocs.yml"


def data_config(work: Path, name: str, data_dir: Path) -> Path:
    config = read_config()
    config["docs_dir"] = str(ROOT / "docs")
    config["hooks"] = [str(ROOT / hook) for hook in config.get("hooks", [])]
    config.pop("watch", None)
    config["extra"]["campaign_data"] = str(data_dir)
    if "custom_dir" in config["theme"]:
        config["theme"]["custom_dir"] = str(ROOT / config["theme"]["custom_dir"])
    return project_dir(work, name, config)


# ---- generated data -----------------------------------------------------------------------------

def read_yaml(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class _PlainDumper(yaml.SafeDumper):
    """Writes a value shared by several copies out in full each time: the data files allow no YAML anchors."""

    def ignore_aliases(self, data) -> bool:
        return True


def write_yaml(path: Path, value, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + yaml.dump(value, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False,
                                       width=1000), encoding="utf-8")


def scaled_data(work: Path, scale: int) -> Path:
    """data/ with `scale` times the units and checklist items: copy k of each keeps the ids of copy 0 apart."""
    source = ROOT / "data" / "2021"
    target = work / f"data-{scale}x"
    year = target / "2021"
    header = "# Số liệu sinh ra để đo hiệu năng (make bench), không phải số liệu thật.\n"
    shutil.copytree(ROOT / "data" / "schemas", target / "schemas")
    (year / "ket-qua").mkdir(parents=True)
    shutil.copy(source / "chien-dich.yml", year / "chien-dich.yml")

    def copy_id(value: str, k: int) -> str:
        return value if k == 0 else f"{value}-{k}"

    def copy_name(value: str, k: int) -> str:
        return value if k == 0 else f"{value} ({k + 1})"

    units = read_yaml(source / "don-vi.yml")
    units["don_vi"] = [{**u, "ma": copy_id(u["ma"], k), "ten": copy_name(u["ten"], k)}
                       for k in range(scale) for u in units["don_vi"]]
    write_yaml(year / "don-vi.yml", units, header)
    for results_file in sorted((source / "ket-qua").glob("*.yml")):
        results = read_yaml(results_file)
        results["don_vi"] = [{**r, "ma": copy_id(r["ma"], k)} for k in range(scale) for r in results["don_vi"]]
        for checklist, items in (results.get("danh_muc") or {}).items():
            results["danh_muc"][checklist] = [{**i, "ma": copy_id(i["ma"], k), "ten": copy_name(i["ten"], k)}
                                              for k in range(scale) for i in items]
        write_yaml(year / "ket-qua" / results_file.name, results, header)
    return target


# ---- pages in a browser -------------------------------------------------------------------------

class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files as they are, uncompressed: the pages must be fast even where the portal's server does not
    compress (the weights are still reported gzip-compressed too, as nginx's `gzip on` would send them)."""

    def log_message(self, format, *args):
        pass


def serve(site_dir: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def page_weight(base: str) -> dict:
    """Bytes of each page at first load: the HTML and everything it requests, raw and gzip-compressed; then what
    the reader's first interaction adds (Material's script, which loads then, and the search worker)."""
    from playwright.sync_api import sync_playwright

    weights = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, path in PAGES.items():
            context = browser.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            responses = []
            page.on("response", lambda response: responses.append(response))
            page.goto(base + path, wait_until="networkidle")
            first = _files(responses, base)
            page.mouse.move(200, 400)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(300)
            then = _files(responses, base)[len(first):]
            weights[name] = {**_totals(first), "files": first,
                             "after_interaction": {**_totals(then), "files": then}}
            context.close()
        browser.close()
    return weights


def _files(responses: list, base: str) -> list[dict]:
    files = []
    for response in responses:
        if not response.url.startswith(base) or not response.ok:
            continue
        body = response.body()
        files.append({"url": response.url[len(base) - 1:], "raw": len(body),
                      "gzip": len(gzip.compress(body, compresslevel=6, mtime=0))})
    return files


def _totals(files: list[dict]) -> dict:
    return {"requests": len(files), "raw_kb": round(sum(f["raw"] for f in files) / 1024, 1),
            "gzip_kb": round(sum(f["gzip"] for f in files) / 1024, 1)}


def lighthouse(base: str, work: Path) -> dict:
    """Mobile Lighthouse scores of each page: the run with the median performance score of three."""
    if not LIGHTHOUSE.is_file():
        return {"skipped": "bench/node_modules has no lighthouse: run `make bench`, which installs it"}
    scores = {}
    for name, path in PAGES.items():
        runs = []
        for run in range(RUNS):
            report = work / f"lighthouse-{name}-{run}.json"
            subprocess.run([str(LIGHTHOUSE), base + path, "--quiet", "--output=json", f"--output-path={report}",
                            "--form-factor=mobile", f"--only-categories={','.join(CATEGORIES)}",
                            "--chrome-flags=" + " ".join(CHROMIUM_ARGS[:4])],
                           env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
            runs.append(json.loads(report.read_text()))
        runs.sort(key=lambda r: r["categories"]["performance"]["score"])
        chosen = runs[len(runs) // 2]
        scores[name] = {
            **{c: chosen["categories"][c]["score"] for c in CATEGORIES},
            "performance_runs": [r["categories"]["performance"]["score"] for r in runs],
            "metrics": {m: chosen["audits"][m]["displayValue"] for m in (
                "first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift", "speed-index")},
            "not_perfect": sorted(audit_id for c in CATEGORIES for audit_id in failing(chosen, c)),
        }
    return scores


def failing(report: dict, category: str) -> list[str]:
    refs = report["categories"][category]["auditRefs"]
    return [ref["id"] for ref in refs if ref.get("weight", 0) > 0
            and (report["audits"][ref["id"]].get("score") is not None)
            and report["audits"][ref["id"]]["score"] < 1]


# ---- the run ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    global RUNS, SCALES
    parser = argparse.ArgumentParser(description="Đo hiệu năng trang web.")
    parser.add_argument("--smoke", action="store_true", help="every measurement once, on tiny data, no Lighthouse")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if args.smoke:
        RUNS, SCALES = 1, (2,)
    chromium = Path(CHROMIUM).is_file()
    if not chromium and not args.smoke:
        sys.exit(f"{CHROMIUM} not found: the page weights and Lighthouse need Debian's chromium "
                 "(bash .ci/install-tools installs it)")
    # The project's code byte-compiled once, as pip compiles Material's at install: the Makefile's
    # PYTHONDONTWRITEBYTECODE would otherwise make every timed build compile it again (README, "Hiệu năng").
    for package in ("campaign", "hooks", "macros"):
        compileall.compile_dir(ROOT / package, quiet=1)
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    results = {"machine": machine(), "targets": TARGETS, "smoke": args.smoke,
               "served": "uncompressed (Python's http.server); gzip sizes computed from the same bytes"}
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        work = Path(tmp)
        print("Đo thời gian tạo trang…", flush=True)
        builds = {"real": measure_build("real", ROOT / "mkdocs.yml", work),
                  "plain": measure_build("plain", plain_config(work), work),
                  "same-pages": measure_build("same-pages", same_pages_config(work, "real", ROOT / "data"), work)}
        validation = {"real": measure_validation(ROOT / "data")}
        for scale in SCALES:
            data_dir = scaled_data(work, scale)
            validation[f"data-{scale}x"] = measure_validation(data_dir)
            builds[f"data-{scale}x"] = measure_build(f"data-{scale}x", data_config(work, f"{scale}x", data_dir), work)
            builds[f"data-{scale}x-same-pages"] = measure_build(
                f"data-{scale}x-same-pages", same_pages_config(work, f"{scale}x", data_dir), work)
        results["builds"] = builds
        results["validation"] = validation
        largest = max(SCALES)
        results["real_over_plain"] = _ratio(builds["real"], builds["plain"])
        results["real_over_same_pages"] = _ratio(builds["real"], builds["same-pages"])
        results["data_100x_over_same_pages"] = _ratio(builds[f"data-{largest}x"],
                                                      builds[f"data-{largest}x-same-pages"])
        # The same ratios in CPU time: what a quiet machine's wall time would be, nearly, when it is not quiet.
        results["cpu_ratios"] = {"real_over_same_pages": _ratio(builds["real"], builds["same-pages"], "median_cpu_s"),
                                 "data_100x_over_same_pages": _ratio(builds[f"data-{largest}x"],
                                                                     builds[f"data-{largest}x-same-pages"],
                                                                     "median_cpu_s")}
        print("Đo đường đi của một yêu cầu hợp nhất (kiểm tra, dựng trang, so sánh)…", flush=True)
        results["data_path"] = measure_data_path(work, builds["same-pages"]["median_s"], fresh_clone=not args.smoke)
        if chromium:
            print("Đo dung lượng trang" + ("" if args.smoke else " và Lighthouse") + "…", flush=True)
            server, base = serve(work / "site-real")
            try:
                results["page_weight"] = page_weight(base)
                results["lighthouse"] = {"skipped": "--smoke"} if args.smoke else lighthouse(base, work)
            finally:
                server.shutdown()
                server.server_close()
    # Other work on the machine moves the wall times: the load average at the start and the end goes with them.
    results["load_average"] = {"start": load_at_start, "end": [round(x, 2) for x in os.getloadavg()]}
    results["met"] = met(results)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(results, args.out)
    return 0 if args.smoke or all(results["met"].values()) else 1


def _ratio(build: dict, alone: dict, key: str = "median_s") -> float:
    return round(build[key] / alone[key], 2)


def met(r: dict) -> dict[str, bool]:
    found = {"real_over_same_pages": r["real_over_same_pages"] <= TARGETS["real_over_same_pages"],
             "data_100x_over_same_pages": r["data_100x_over_same_pages"] <= TARGETS["data_100x_over_same_pages"]}
    for page, weight in r.get("page_weight", {}).items():  # the home page too
        found[f"{page}_gzip_kb"] = weight["gzip_kb"] <= TARGETS["first_load_gzip_kb"]
    for page, scores in r.get("lighthouse", {}).items():
        if isinstance(scores, dict):
            found[f"lighthouse_{page}"] = all(scores[c] >= TARGETS["lighthouse"][c] for c in CATEGORIES)
    return found


def print_table(r: dict, out: Path = RESULTS) -> None:
    m = r["machine"]
    print(f"\n{m['date']} · {m['nproc']} nhân · {m['memory']} · {m['cpu']} · tải (load average) lúc đầu "
          f"{r['load_average']['start']}, lúc cuối {r['load_average']['end']}")
    print(f"\n{'tạo trang':<22}{'trung vị (s)':>14}{'CPU (s)':>10}{'bộ nhớ (MiB)':>14}{'số trang':>10}"
          f"{'kiểm tra số liệu (s)':>22}")
    for name, b in r["builds"].items():
        check = r["validation"].get(name, {}).get("median_s", "")
        print(f"{name:<22}{b['median_s']:>14}{b['median_cpu_s']:>10}{b['peak_rss_mib']:>14}{b['pages']:>10}"
              f"{check!s:>22}")
    print(f"real / same-pages: {r['real_over_same_pages']} (mục tiêu ≤ {TARGETS['real_over_same_pages']}); "
          f"real / plain (text pages only): {r['real_over_plain']}; "
          f"largest data / same pages: {r['data_100x_over_same_pages']} "
          f"(mục tiêu ≤ {TARGETS['data_100x_over_same_pages']}); theo thời gian CPU: "
          + ", ".join(f"{k} {v}" for k, v in r["cpu_ratios"].items()))
    d = r["data_path"]
    print("yêu cầu hợp nhất: " + ", ".join(f"{k} {v} s" for k, v in d["median_s"].items())
          + f" = {d['total_s']} s, {d['total_over_same_pages']} × Material trên cùng các trang; "
          f"make validate lần đầu trong bản sao mới: {d['first_validate_fresh_clone_s']} s")
    print(f"\n{'trang':<12}{'yêu cầu':>9}{'KB':>9}{'KB gzip':>9}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, w in r.get("page_weight", {}).items():
        scores = r["lighthouse"].get(name, {})
        print(f"{name:<12}{w['requests']:>9}{w['raw_kb']:>9}{w['gzip_kb']:>9}"
              + "".join(f"{scores.get(c, '–')!s:>16}" for c in CATEGORIES))
    for name, w in r.get("page_weight", {}).items():
        after = w["after_interaction"]
        print(f"{name}: lần chạm đầu tiên tải thêm {after['requests']} tệp, {after['raw_kb']} KB "
              f"({after['gzip_kb']} KB gzip)")
    print(f"mục tiêu: trang chủ và bảng theo dõi ≤ {TARGETS['first_load_gzip_kb']} KB gzip; Lighthouse "
          + ", ".join(f"{c} ≥ {v}" for c, v in TARGETS["lighthouse"].items()))
    print("chưa đạt: " + (", ".join(k for k, v in r["met"].items() if not v) or "không"))
    print(f"\nĐã ghi {out}")


if __name__ == "__main__":
    sys.exit(main())
