"""The group numbers the hot builds read their matches by name the groups they mean
(a group name on a `regex` match formats and discards an exception each call)."""

from extract.entities import patterns, products_codes, products_lines, quoted


def _group(rule: str, name: str) -> int:
    pattern = next(r.pattern for r in patterns.rules() if r.name == rule)
    return pattern.groupindex[name]


def test_code_rules_read_group_code_by_number() -> None:
    for rule in ("code_noun", "code_after_name", "brand_hyphen"):
        assert _group(rule, "code") == products_codes.CODE
    assert _group("latin_noun", "word") == products_codes.CODE
    assert _group("noun_latin", "word") == 1


def test_quoted_and_line_groups_by_number() -> None:
    assert quoted.QUOTED.groupindex["name"] == quoted.NAME
    index = products_lines.pattern().groupindex
    assert (index["line"], index["name"], index["code"]) == \
        (products_lines.LINE, products_lines.NAME, products_lines.CODE)


def test_bare_line_scans_once_per_text() -> None:
    """海豹 after 海豹08 is the series; the modelled lines are read once per article."""
    text = "比亚迪推出海豹08,10月海豹交付量大增"
    assert "海豹" in products_lines._modelled_lines(text)
    assert "海豹" not in products_lines._modelled_lines("10月海豹交付量大增")


def test_org_suffix_place_group_by_number() -> None:
    from extract.entities import orgs

    assert _group("org_suffix", "place") == orgs.PLACE


def test_bracket_model_and_gloss_groups_are_first() -> None:
    from extract.entities import brackets, entities, glossed

    assert brackets.LATIN_ALIAS.groupindex["alias"] == 1
    assert brackets.SHORT_FORM.groupindex["short"] == 1
    assert entities.MODEL.groupindex["code"] == 1
    assert glossed.LATIN.groupindex["latin"] == 1


def test_scanned_rules_skip_articles_without_their_character() -> None:
    """A rule of `patterns.NEEDS` matches only where its character stands, so an article
    without it loses nothing by skipping the scan; with it, the rule still finds."""
    texts = {"credit": "(记者 李华 摄)", "series_no": "福卫八号升空", "brand_hyphen": "云翼-S7发布",
             "glossed_org": "嘉吉(Cargill)宣布"}
    assert set(texts) == set(patterns.NEEDS)
    for rule, text in texts.items():
        pattern = next(r.pattern for r in patterns.rules() if r.name == rule)
        found = [m.group() for m in pattern.finditer(text)]
        assert found and all(patterns.NEEDS[rule] in g for g in found)
        assert not list(pattern.finditer(text.replace(patterns.NEEDS[rule], "")))
