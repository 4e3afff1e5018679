"""The stylesheet browsers get: the same rules as the source, without its comments and spaces."""

from pathlib import Path

import pytest

from campaign.publish.assets import compact_css

ROOT = Path(__file__).resolve().parent.parent


def test_comments_and_spaces_go_strings_stay():
    source = 'a { content: "x /* y */  z"; } /* it\'s "quoted" */\nb > c ,\nd { color: red ; }\n'
    assert compact_css(source) == 'a{content:"x /* y */  z"}b>c,d{color:red}\n'


def test_page_margin_texts_keep_their_spaces():
    source = '@page { @bottom-right { content: "Trang " counter(page) "/" counter(pages); } }'
    assert compact_css(source) == '@page{@bottom-right{content:"Trang " counter(page) "/" counter(pages)}}\n'


@pytest.mark.site
def test_the_built_stylesheet_is_the_compacted_source(built_site):
    source = (ROOT / "docs" / "stylesheets" / "thidua.css").read_text(encoding="utf-8")
    built = (built_site / "stylesheets" / "thidua.css").read_text(encoding="utf-8")
    assert built == compact_css(source) and len(built) < 0.8 * len(source) and "/*" not in built
