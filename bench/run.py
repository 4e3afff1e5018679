"""Benchmark of the site: build time and memory, data checking time, page weight at first load, Lighthouse.

Run by `make bench`; writes bench/results.json and prints a short table. Measures, never asserts: the
targets are printed beside the numbers.
"""

from __future__ import annotations

import datetime
import functools
import gzip
import http.server
import io
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
from types import SimpleNamespace
from urllib.parse import urlsplit

import yaml

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
    "lighthouse": {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0},
    "scoreboard_gzip_kb": 120,
    # The "plain mkdocs-material build of the same pages with the macros plugin off".
    "real_over_same_pages": 1.5,
    "data_100x_build_s": 15,
}
# What a web server compresses; the portal's server is expected to do the same (see bench/README.md).
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


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

def build(config: Path, site_dir: Path, log: Path) -> tuple[float, float]:
    """Build once in a child process: (seconds, peak resident memory in MiB of that child)."""
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
    return seconds, usage.ru_maxrss / 1024


def measure_build(name: str, config: Path, work: Path) -> dict:
    runs = [build(config, work / f"site-{name}", work / f"build-{name}.log") for _ in range(RUNS)]
    seconds = [round(s, 3) for s, _ in runs]
    return {"seconds": seconds, "median_s": round(statistics.median(seconds), 3),
            "peak_rss_mib": round(max(m for _, m in runs), 1), "pages": count_pages(work / f"site-{name}")}


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


def measure_data_path(work: Path, same_pages_s: float) -> dict:
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
    clone = work / "fresh-clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    fresh = round(timed(["make", "validate"], clone), 3)
    return {"runs_s": runs, "median_s": medians, "total_s": total,
            "total_over_same_pages": round(total / same_pages_s, 2), "first_validate_fresh_clone_s": fresh}


def read_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml reads SITE_URL with !ENV; the benchmark builds without it, as CI does.
    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1]
                           if isinstance(node, yaml.SequenceNode) else None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


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
    config.pop("hooks", None)
    config.pop("watch", None)
    config["nav"] = existing_nav(config["nav"])
    config["theme"].pop("custom_dir", None)
    return project_dir(work, "plain", config)


class _MacroEnv:
    """Stands in for mkdocs-macros' env: collects the macros the project registers, then serves one page."""

    def __init__(self, data_dir: Path):
        self.conf = {"config_file_path": str(ROOT / "mkdocs.yml"), "extra": {"campaign_data": str(data_dir)}}
        self.macros: dict = {}
        self.page = None

    def macro(self, function, name: str | None = None) -> None:
        self.macros[name or function.__name__] = function


def same_pages_config(work: Path) -> Path:
    """Material alone on every page of the real site, the generated ones written out beforehand as Markdown:
    what the real build costs beyond its pages is the macros plugin, the hook and the data."""
    import jinja2

    import macros
    from campaign.publish.site import dataset, generated_files

    docs = work / "docs-same-pages"
    shutil.copytree(ROOT / "docs", docs)
    for generated in generated_files(dataset(ROOT / "data")):
        (docs / generated.path).parent.mkdir(parents=True, exist_ok=True)
        (docs / generated.path).write_text(generated.content, encoding="utf-8")
    env = _MacroEnv(ROOT / "data")
    macros.define_env(env)
    jinja = jinja2.Environment(undefined=jinja2.StrictUndefined)
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if "{{" in text:
            env.page = SimpleNamespace(file=SimpleNamespace(src_uri=page.relative_to(docs).as_posix()))
            page.write_text(jinja.from_string(text).render(**env.macros), encoding="utf-8")
    config = read_config()
    config["docs_dir"] = str(docs)
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)]
    config.pop("hooks", None)
    config.pop("watch", None)
    config["theme"].pop("custom_dir", None)
    return project_dir(work, "same-pages", config)


def existing_nav(nav: list) -> list:
    kept = []
    for entry in nav:
        (title, value), = entry.items()
        if isinstance(value, list):
            children = existing_nav(value)
            if children:
                kept.append({title: children})
        elif (ROOT / "docs" / value).is_file():
            kept.append({title: value})
    return kept


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
    """Static files, gzip-compressed for a client that accepts it, as a production web server sends them."""

    def log_message(self, format, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and urlsplit(self.path).path.endswith("/"):
            path = path / "index.html"
        if ("gzip" not in self.headers.get("Accept-Encoding", "") or path.suffix not in COMPRESSIBLE
                or not path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(site_dir: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(Handler, directory=str(site_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


def page_weight(base: str) -> dict:
    """Bytes of each page at first load: the HTML and everything it requests, raw and gzip-compressed."""
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
            files = []
            for response in responses:
                if not response.url.startswith(base) or not response.ok:
                    continue
                body = response.body()
                files.append({"url": response.url[len(base) - 1:], "raw": len(body),
                              "gzip": len(gzip.compress(body, compresslevel=6, mtime=0))})
            weights[name] = {"requests": len(files), "raw_kb": round(sum(f["raw"] for f in files) / 1024, 1),
                             "gzip_kb": round(sum(f["gzip"] for f in files) / 1024, 1), "files": files}
            context.close()
        browser.close()
    return weights


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

def main() -> int:
    if not Path(CHROMIUM).is_file():
        sys.exit(f"{CHROMIUM} not found: the page weights and Lighthouse need Debian's chromium "
                 "(bash .ci/install-tools installs it)")
    results = {"machine": machine(), "targets": TARGETS}
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        work = Path(tmp)
        print("Đo thời gian tạo trang…", flush=True)
        builds = {"real": measure_build("real", ROOT / "mkdocs.yml", work),
                  "plain": measure_build("plain", plain_config(work), work),
                  "same-pages": measure_build("same-pages", same_pages_config(work), work)}
        validation = {"real": measure_validation(ROOT / "data")}
        for scale in SCALES:
            data_dir = scaled_data(work, scale)
            validation[f"data-{scale}x"] = measure_validation(data_dir)
            builds[f"data-{scale}x"] = measure_build(f"data-{scale}x", data_config(work, f"{scale}x", data_dir), work)
        results["builds"] = builds
        results["validation"] = validation
        results["real_over_plain"] = round(builds["real"]["median_s"] / builds["plain"]["median_s"], 2)
        results["real_over_same_pages"] = round(builds["real"]["median_s"] / builds["same-pages"]["median_s"], 2)
        print("Đo đường đi của một yêu cầu hợp nhất (kiểm tra, dựng trang, so sánh)…", flush=True)
        results["data_path"] = measure_data_path(work, builds["same-pages"]["median_s"])

        print("Đo dung lượng trang và Lighthouse…", flush=True)
        server, base = serve(work / "site-real")
        try:
            results["page_weight"] = page_weight(base)
            results["lighthouse"] = lighthouse(base, work)
        finally:
            server.shutdown()
            server.server_close()

    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print_table(results)
    return 0


def print_table(r: dict) -> None:
    m = r["machine"]
    print(f"\n{m['date']} · {m['nproc']} nhân · {m['memory']} · {m['cpu']}")
    print(f"\n{'tạo trang':<14}{'trung vị (s)':>14}{'bộ nhớ (MiB)':>14}{'số trang':>10}{'kiểm tra số liệu (s)':>22}")
    for name, b in r["builds"].items():
        check = r["validation"].get(name, {}).get("median_s", "")
        print(f"{name:<14}{b['median_s']:>14}{b['peak_rss_mib']:>14}{b['pages']:>10}{check!s:>22}")
    print(f"real / same-pages: {r['real_over_same_pages']} (mục tiêu ≤ {TARGETS['real_over_same_pages']}); "
          f"real / plain (text pages only): {r['real_over_plain']}; "
          f"100×: {r['builds']['data-100x']['median_s']} s (mục tiêu < {TARGETS['data_100x_build_s']} s)")
    d = r["data_path"]
    print("yêu cầu hợp nhất: " + ", ".join(f"{k} {v} s" for k, v in d["median_s"].items())
          + f" = {d['total_s']} s, {d['total_over_same_pages']} × Material trên cùng các trang; "
          f"make validate lần đầu trong bản sao mới: {d['first_validate_fresh_clone_s']} s")
    print(f"\n{'trang':<12}{'yêu cầu':>9}{'KB':>9}{'KB gzip':>9}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, w in r["page_weight"].items():
        scores = r["lighthouse"].get(name, {})
        print(f"{name:<12}{w['requests']:>9}{w['raw_kb']:>9}{w['gzip_kb']:>9}"
              + "".join(f"{scores.get(c, '–')!s:>16}" for c in CATEGORIES))
    print(f"mục tiêu: bảng theo dõi ≤ {TARGETS['scoreboard_gzip_kb']} KB gzip; Lighthouse "
          + ", ".join(f"{c} ≥ {v}" for c, v in TARGETS["lighthouse"].items()))
    print(f"\nĐã ghi {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    sys.exit(main())
