"""Our copies of Material's templates differ from the installed Material only where they mean to."""

import re
from pathlib import Path

import material

ROOT = Path(__file__).resolve().parent.parent
MATERIAL = Path(material.__file__).resolve().parent / "templates"


def body(text: str) -> str:
    """A template without its leading {#- … -#} comment."""
    return text.split("-#}\n", 1)[1] if text.startswith("{#-") else text


def test_search_partial_is_materials_with_a_named_dialog():
    ours = body((ROOT / "overrides" / "partials" / "search.html").read_text(encoding="utf-8"))
    theirs = body((MATERIAL / "partials" / "search.html").read_text(encoding="utf-8"))
    named = ' role="dialog" aria-label="{{ lang.t(\'search\') }}">'
    assert named in ours
    assert ours.replace(named, ' role="dialog">') == theirs, "Material changed partials/search.html: copy it again"


def language_strings(path: Path) -> dict[str, str]:
    """The strings of a theme language file: {key: text}."""
    import json
    import re

    text = path.read_text(encoding="utf-8")
    body = text[text.index("{{ {") + 3:text.rindex("}[key]") + 1]
    return json.loads(re.sub(r",\s*}$", "}", body))


# Strings that read the same in both languages, or that no reader sees.
SAME_IN_ENGLISH = {"direction", "search.config.pipeline", "search.config.separator"}


def test_every_theme_string_is_in_vietnamese():
    ours = language_strings(ROOT / "overrides" / "partials" / "languages" / "vi.html")
    english = language_strings(MATERIAL / "partials" / "languages" / "en.html")
    assert set(english) <= set(ours), f"Material added strings: {sorted(set(english) - set(ours))}"
    left = [k for k in english if k not in SAME_IN_ENGLISH and ours[k] == english[k]]
    assert not left, f"still in English: {left}"
    assert ours["top"] == "Lên đầu trang" and ours["search.result.more.one"] == "Còn 1 kết quả khác trên trang này"


def test_header_partial_is_materials_with_the_site_name_in_two_parts():
    ours = body((ROOT / "overrides" / "partials" / "header.html").read_text(encoding="utf-8"))
    theirs = body((MATERIAL / "partials" / "header.html").read_text(encoding="utf-8"))
    split = ours[ours.index("{%- set name"):ours.index("{% endif %}", ours.index("{%- set name")) + len("{% endif %}")]
    assert ours.replace(split, "{{ config.site_name }}") == theirs, "Material changed partials/header.html: copy it again"


SCRIPTS_BLOCK = re.compile(r"\{% block scripts %\}.*?\{% endblock %\}", re.DOTALL)
LOADER = re.compile(r'<script data-bundle="\{\{ \'(?P<bundle>[^\']+)\' \| url \}\}">(?P<body>[^<]*)</script>')


def test_scripts_block_is_materials_with_the_bundle_loaded_at_the_first_interaction():
    ours = SCRIPTS_BLOCK.search((ROOT / "overrides" / "main.html").read_text(encoding="utf-8")).group(0)
    theirs = SCRIPTS_BLOCK.search((MATERIAL / "base.html").read_text(encoding="utf-8")).group(0)
    loader = LOADER.search(ours)
    assert loader, "overrides/main.html lost its loader"
    material_tag = f'<script src="{{{{ \'{loader["bundle"]}\' | url }}}}"></script>'
    assert material_tag in theirs, "Material renamed its bundle: copy its scripts block again, keeping the loader"
    flat = [line.strip() for line in ours.replace(loader.group(0), material_tag).splitlines()]
    assert flat == [line.strip() for line in theirs.splitlines()], "Material changed its scripts block"
    # The same body on every page (one CSP hash); the events a reader's first interaction fires.
    assert "{" not in loader["bundle"] and "{{" not in loader["body"]
    for event in ("pointerdown", "keydown", "focusin", "touchstart", "scroll"):
        assert f'"{event}"' in loader["body"], event
    assert 'new Event("DOMContentLoaded")' in loader["body"] and 'classList.replace("no-js","js")' in loader["body"]
    assert '"__search"' in loader["body"] and ".md-search__input\").focus()" in loader["body"]
