"""Prints the CSP hashes of the inline scripts in a built site, for script-src in deploy/nginx.conf.example.

Material for MkDocs puts two small inline scripts in every page; one holds the page's path to
the site root, so its hash depends on how deep the page is. With --depths N it also prints the
hashes for pages up to N folders deep, so pages added later need no change to the nginx config.
"""

import argparse
import base64
import hashlib
import pathlib
import re
import sys

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
_SCOPE = re.compile(r'^__md_scope=new URL\("(?P<base>[^"]*)",location\)')


def csp_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_scripts(html: str) -> list[str]:
    """Bodies of the scripts a browser runs inline (not src=, not JSON data blocks)."""
    return [
        m["body"]
        for m in _INLINE_SCRIPT.finditer(html)
        if "src=" not in m["attrs"] and "application/json" not in m["attrs"]
    ]


def site_hashes(site: pathlib.Path, depths: int = 0) -> list[str]:
    """Sorted CSP hashes of every inline script in the site, plus the scope script at each depth up to `depths`."""
    bodies = set()
    for page in sorted(site.rglob("*.html")):
        bodies.update(inline_scripts(page.read_text(encoding="utf-8")))
    for body in list(bodies):
        scope = _SCOPE.match(body)
        if scope:
            for base in ["/", "."] + ["/".join([".."] * n) for n in range(1, depths + 1)]:
                bodies.add(body.replace(scope.group(0), f'__md_scope=new URL("{base}",location)', 1))
    return sorted(csp_hash(b) for b in bodies)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=pathlib.Path, nargs="?", default=pathlib.Path("site"))
    parser.add_argument("--depths", type=int, default=0)
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html không có: hãy chạy make build trước.", file=sys.stderr)
        return 2
    print(" ".join(site_hashes(args.site, args.depths)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
