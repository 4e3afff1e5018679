"""Our copies of Material's templates differ from the installed Material only where they mean to."""

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
