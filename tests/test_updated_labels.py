"""One list of a language's labels of a page's last change (dates.yaml UPDATED): the publication date
passes over a date they label, and in Japanese and Korean the text's dates leave it out too."""
from __future__ import annotations

import pytest

from kronika.lang import load
from kronika.nlp.published import _labelled_updated


@pytest.mark.parametrize("code", ["ja", "ko"])
def test_every_label_the_date_finder_drops_also_loses_the_publication(code):
    from kronika.lang import cjk

    words = cjk.date_words(code, "年", "月", "日", [], {}).modified
    assert words and set(words) == {str(w) for w in load(code).raw["dates"]["UPDATED"]}
    assert all(_labelled_updated(f"{w} ", code) for w in words)


@pytest.mark.parametrize("code,label", [("ko", "갱신 "), ("ja", "更新日時：")])
def test_a_label_once_known_only_to_the_date_finder_marks_the_last_change(code, label):
    assert _labelled_updated(label, code)
