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
