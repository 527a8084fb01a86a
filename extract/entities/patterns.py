"""Entity patterns: names that no lexicon holds, found by their context.

Each rule's pattern finds a *trigger* (a title, a speech verb, an org head, a middle
dot, a model code); its `build` then reads the name around it and checks what a regex
cannot (surname weight, a stem that is not generic, a code that is not a year). Anchoring
on triggers keeps the rules fast: a pattern that starts with a name-shaped class would
be tried at every character. The rules only *propose*: `entities.py` ranks their hits
below lexicon hits, so a known name keeps its canonical value. A pattern hit's value is
its shadow-form surface (or the lexicon's value when the stem is a known organization).

`propose` is what `entities.py` calls: one Aho-Corasick pass finds every trigger word,
and each word-triggered rule's pattern is then `match`ed only where its trigger is; the
rules that start with a character class (Latin letter, middle dot) scan with `finditer`.
`rules.hits(RULES, shadow)` runs the same patterns with `finditer`, for the case tables.

The tables, `Draft` and the small context tests live in `entity_tables.py`.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex

from extract.entities import abbr, names, products_lines
from extract.entities import products as prod
from extract.entities.bodies import (
    body_end_before,
    build_body_unit,
    build_numbered_school,
    build_place_body,
    build_school,
)
from extract.entities.depts import build_dept
from extract.entities.glossed import build_glossed_org
from extract.entities.industry import build_org_industry, may_end_stem
from extract.entities.orgs import build_committee, build_latin_org, build_org_suffix
from extract.entities.persons import (
    build_byline,
    build_credit,
    build_name_role,
    build_role_name,
    build_speech_name,
    build_translit,
    speaker_end,
    surname_before,
)
from extract.entities.places import build_place_feature, may_end_place
from extract.entities.products_codes import build_brand_hyphen, build_code, build_latin_noun
from extract.entities.products_maker import build_maker_noun
from extract.entities.quoted import QUOTED, build_noun_latin, build_quoted, quote_opens
from extract.entities.tables import (
    MIDDLE_DOTS,
    Draft,
    translit_chars,
    triggers,
)
from extract.rules import Rule
from extract.tables import alternation
from extract.text.shadow import Shadow

# --- products: the code rules' builds are in products_codes.py ------------------------
CODE = r"""
    (?P<code>
        [A-Za-z]                              # a Latin word: H20, NVL72, CloudMatrix, iPhone
        (?<![A-Za-z0-9.\-].)                  # that does not continue a longer token
        {after}                               # (code_after_name: and follows a Chinese word)
        (?:[A-Za-z0-9]*\d[A-Za-z0-9]*        # with a digit in the token: H20, NVL72
        |[A-Za-z0-9]*[\ \-][A-Za-z]*\d[A-Za-z0-9]*)  # or in a part after it: ' 384', ' R1'
        (?:-[A-Z][A-Z0-9]{{0,2}}(?![a-z]))?     # a variant letter after a hyphen: EH216-S
    )
    (?![A-Za-z0-9]|\.\d)                      # nothing Latin or decimal after it
"""


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The pattern rules, compiled once from the tables."""
    kinds = ("role", "byline", "speech", "org_legal", "org_suffix", "org_suffix_place", "org_industry",
             "gov_body", "dept_head", "product_noun", "place_feature", "drug_suffix", "gov_unit",
             "brand_cue", "school_head", "maker_noun", "vessel_head", "drug_category")
    t = {k: alternation(triggers(k)) for k in kinds}
    code, code_after_han = CODE.format(after=""), CODE.format(after=r"(?<=\p{Han}.|\).)")
    ab = abbr.chars()
    translit, dots, v = regex.escape("".join(sorted(translit_chars()))), MIDDLE_DOTS, regex.VERBOSE
    return (
        Rule("role_name", regex.compile(rf"""
            (?:{t["role"]})                       # a title: 总经理, 分析师; the name follows
            (?=\p{{Han}}{{2}})                    # (surname and length checked in build)
        """, v), build_role_name),
        Rule("name_role", regex.compile(rf"""
            (?:{t["role"]})                       # a title after the name: 董事长, 总经理
        """, v), build_name_role),
        Rule("byline", regex.compile(rf"""
            (?:{t["byline"]})                     # 记者, 责任编辑, 文, 实习生
            [\ :/]{{0,2}}                         # a space, colon or slash before the name
            (?=\p{{Han}})                          # (surname and length checked in build)
        """, v), build_byline),
        Rule("credit", regex.compile(r"""
            \((?:记者\ ?)?                         # an opening bracket, 记者 optional
            (?P<name>\p{Han}{2,4}?)\ ?摄\)          # the photographer's name, 摄, closing
        """, v), build_credit),
        Rule("abbr", regex.compile(rf"""
            [{ab}](?=、?[{ab}])                    # a place abbreviation before another: 中|俄, 英|、法
            |(?<=[{ab}]、?|[{abbr.visit_verbs()}])[{ab}]  # or after one (中俄|, 英、|法) or a verb (访|美)
        """, v), abbr.build),
        Rule("translit_name", regex.compile(rf"""
            [{dots}](?<=[{translit}].)            # a middle dot after a transliteration char
            [{translit}]{{1,8}}                   # the next part of the name
            (?:[{dots}][{translit}]{{1,8}})*      # and any further parts
        """, v), build_translit),
        Rule("speech_name", regex.compile(rf"""
            (?:{t["speech"]})                     # 表示, 称, 说; the speaker is read backwards
        """, v), build_speech_name),
        Rule("org_suffix", regex.compile(rf"""
            (?P<place>{t["org_suffix_place"]})    # a head a place may carry: 大学, 银行
            |{t["org_suffix"]}                    # or any other head: 公司, 证券, 科技
        """, v), build_org_suffix),
        Rule("committee", regex.compile(r"""
            委员会                                # a committee (the legislature before it read in build)
        """, v), build_committee),
        Rule("org_industry", regex.compile(rf"""
            (?:{t["org_industry"]})               # 电器, 食品, 工业: a coined stem before it
                                                  # (read and checked in build)
        """, v), build_org_industry),
        Rule("glossed_org", regex.compile(r"""
            \((?<=\p{Han}\()(?=[A-Z][a-z])          # a bracket opening a Latin name after
                                                  # Chinese (the name read in build; the
                                                  # literal first, which the engine skips to)
        """, v), build_glossed_org),
        Rule("dept_org", regex.compile(rf"""
            (?:{t["dept_head"]})                  # 学院, 学系, 系: a university's school before it
        """, v), build_dept),
        Rule("place_body", regex.compile(rf"""
            (?:{t["gov_body"]})                   # 商务部, 统计局, 央行 (place checked in build)
        """, v), build_place_body),
        Rule("school_org", regex.compile(rf"""
            (?:{t["school_head"]})                # 國小, 國中 in Taiwan news (name read in build)
        """, v), build_school),
        Rule("numbered_school", regex.compile(r"""
            (?<=\p{Han})                          # after a place (read in build)
            (?P<num>[一二三四五六七八九十]{1,2})中  # 一中, 十二中: a numbered middle school
        """, v), build_numbered_school),
        Rule("body_unit", regex.compile(rf"""
            (?:{t["gov_unit"]})                   # 处, 署, 局, 司, 厅 (body and unit read in build)
        """, v), build_body_unit),
        Rule("place_feature", regex.compile(rf"""
            (?:{t["place_feature"]})              # 站, 线, 河, 开发区 (the place is read in build)
        """, v), build_place_feature),
        Rule("drug_name", regex.compile(rf"""
            (?:{t["drug_suffix"]})                # 替尼, 单抗, 肽 (the stem is read in build)
        """, v), prod.build_drug),
        Rule("brand_drug", regex.compile(rf"""
            (?:{t["drug_suffix"]})                # the same endings; the brand before the
                                                  # bracketed drug is read in build
        """, v), prod.build_brand_drug),
        Rule("brand_cue", regex.compile(rf"""
            (?:{t["brand_cue"]}):?                # 商品名: the brand follows
            (?P<name>\p{{Han}}{{2,6}})(?=[),。、;])  # to a bracket or punctuation: 泽立康)
        """, v), prod.build_brand_cue),
        Rule("series_no", regex.compile(r"""
            号(?<=[一二三四五六七八九十0-9]号)     # 号 after a number: 福卫八号 (name read in build)
        """, v), prod.build_series),
        Rule("drug_brand", regex.compile(t["drug_category"]), prod.build_drug_brand),  # 新药|泽立康
        Rule("place_vessel", regex.compile(t["vessel_head"]), prod.build_vessel),  # 舰 after a place: 福建舰
        Rule("line_code", products_lines.pattern(), products_lines.build_line_code),  # 汉L, 腾势N9
        Rule("brand_hyphen", regex.compile(r"""
            -(?<=\p{Han}-)                         # a hyphen after a Chinese brand: 云翼-S7
            (?P<code>[A-Z]{1,3}\d{1,4}[A-Za-z]?)    # a short model code
            (?![A-Za-z0-9]|\.\d|-)                  # that ends there
        """, v), build_brand_hyphen),
        Rule("code_noun", regex.compile(rf"""
            {code}                                # a model code with a digit: H20, NVL72
            (?={t["product_noun"]})               # before a product noun: 芯片, 超节点
        """, v), build_code),
        Rule("code_after_name", regex.compile(rf"""
            {code_after_han}                      # a model code right after a Chinese
                                                  # word or a bracket: 英伟达H20, 华为Mate 70,
                                                  # 超微(AMD)MI450
        """, v), build_code),
        Rule("latin_noun", regex.compile(rf"""
            (?P<word>[A-Z](?<![A-Za-z0-9].)       # a capitalized Latin word
            [a-z]+(?:[A-Z][A-Za-z]*)?)            # Blackwell, DeepSeek (not AI, GPU)
            (?={t["product_noun"]})               # before a product noun: 平台, 一体机
        """, v), build_latin_noun),
        Rule("noun_latin", regex.compile(rf"""
            (?:{t["product_noun"]})               # a product noun, then a Latin name:
            (?P<word>[A-Z][a-z]+(?:[A-Z][A-Za-z]*)?  # 大型语言模型FoxBrain, 大模型LongCat-Flash
            (?:-[A-Z][a-z]+)?)(?![A-Za-z0-9])
        """, v), build_noun_latin),
        Rule("maker_noun", regex.compile(t["maker_noun"]), build_maker_noun),  # 海豹|车型 (build)
        Rule("quoted_name", QUOTED, build_quoted),  # 邮轮“爱达·花城号”, 新盘「海誉湾」 (quoted.py)
        Rule("latin_org", regex.compile(rf"""
            (?:{t["org_legal"]})                  # a company head: 公司, 集团 (the Latin name
                                                  # before it is read in build)
        """, v), build_latin_org),
        *names.rules(),                           # untitled names: 村民王小明, 李娜获得
    )


# Where the word-triggered rules can start: trigger kinds found by the matcher. The
# other rules start with a character class (Latin letter, middle dot), which `finditer`
# skips through quickly, so they scan the text directly.
ANCHORS: dict[str, tuple[str, ...]] = {
    "role_name": ("role",),
    "name_role": ("role",),
    "byline": ("byline",),
    "speech_name": ("speech",),
    "org_suffix": ("org_suffix", "org_suffix_place"),
    "org_industry": ("org_industry",),
    "committee": ("committee",),
    "dept_org": ("dept_head",),
    "place_body": ("gov_body",),
    "place_feature": ("place_feature",),
    "body_unit": ("gov_unit",),
    "school_org": ("school_head",),
    "drug_name": ("drug_suffix",),
    "brand_drug": ("drug_suffix",),
    "brand_cue": ("brand_cue",),
    "line_code": ("product_line",),  # product_lines.tsv (products_lines.py)
    "latin_org": ("org_legal",),
    "noun_latin": ("product_noun",),
    "maker_noun": ("maker_noun",),
    "place_vessel": ("vessel_head",),
    "drug_brand": ("drug_category",),
    "abbr": ("abbr",),  # not a trigger kind: the words of abbr.anchor_words()
    "role_noun_name": ("role_noun",),  # person_cues.tsv kinds (names.py)
    "verb_name": ("person_verb",),
}


# Rules that scan the text but need a word somewhere in it: a product noun after the
# name (code_noun, latin_noun: 27 of the 109 corpus articles hold one) or a middle dot
# (translit_name). The matcher's one pass finds those words too (under the gate's name,
# which is no rule's), so an article without one skips the scan.
GATES: dict[str, str] = {"code_noun": "@product_noun", "latin_noun": "@product_noun",
                         "translit_name": "@middle_dot"}


def _gate_words(gate: str) -> frozenset[str]:
    return frozenset(MIDDLE_DOTS) if gate == "@middle_dot" else triggers(gate[1:])


@lru_cache(maxsize=1)
def anchor_words() -> dict[str, tuple[str, ...]]:
    """Every trigger word that anchors a rule (or opens a gate) -> the names of the rules
    it anchors (or of the gate)."""
    by_word: dict[str, list[str]] = defaultdict(list)
    for rule, kinds in ANCHORS.items():
        for kind in kinds:
            words = abbr.anchor_words() if kind == "abbr" else \
                products_lines.line_words() if kind == "product_line" else \
                names.cues(kind) if kind in names.CUE_KINDS else triggers(kind)
            for word in words:
                by_word[word].append(rule)
    for gate in sorted(set(GATES.values())):
        for word in _gate_words(gate):
            by_word[word].append(gate)
    return {w: tuple(r) for w, r in sorted(by_word.items())}


Anchors = dict[str, list[int]]  # rule name -> positions where its pattern may match

# Rules whose name ends right before the trigger, by what that name's last character must
# be: a cheap test of text[pos - 1] that skips the match and the build where it fails
# (most org heads follow punctuation or a function word: ，公司表示). Each is the build's
# own first test, so the drafts are the same.
HAN_BEFORE = frozenset({"committee", "school_org", "org_suffix", "org_industry", "place_feature", "body_unit",
                        "drug_name", "brand_drug", "maker_noun", "place_vessel"})
LATIN_BEFORE = frozenset({"latin_org"})
# The model-code rules start with a Latin letter that starts a token and has a digit in
# it or in the part after it (H20, CloudMatrix 384): tried only where `CODE_START` finds
# one, found once for both, instead of two scans of the text with the heavier patterns.
AT_CODE = frozenset({"code_noun", "code_after_name"})
CODE_START = regex.compile(r"""
    (?<![A-Za-z0-9])[A-Za-z]++            # the letters that start a Latin token: H, Mate
    (?:\d|(?=[\ \-][A-Za-z]*\d))           # then a digit, or one in the part after it
""", regex.VERBOSE)


@lru_cache(maxsize=1)
def _noun_sizes() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in triggers("product_noun")}))


def _capital_after(text: str, spots: list[int]) -> list[int]:
    """The product nouns' positions with a Latin capital right after a noun of some length
    there: a loop, not a generator per spot (most product nouns have none)."""
    sizes, out = _noun_sizes(), []
    for p in spots:
        for k in sizes:
            if "A" <= text[p + k : p + k + 1] <= "Z":
                out.append(p)
                break
    return out


def _spots(rule: str, text: str, at: Anchors) -> list[int]:
    """The positions a word-triggered rule is tried at: its triggers, minus those where
    the character before cannot end the name the build reads."""
    spots = at.get(rule, [])
    if rule == "body_unit":
        return [p for p in spots if p and "\u4e00" <= text[p - 1] <= "\u9fff" and body_end_before(text, p)]
    if rule == "place_feature":
        return [p for p in spots if p and "\u4e00" <= text[p - 1] <= "\u9fff" and may_end_place(text, p)]
    if rule == "org_industry":
        return [p for p in spots if may_end_stem(text, p)]
    if rule == "org_suffix":  # or a place in brackets before a legal form: 君泽生物科技(苏州)|股份有限公司
        return [p for p in spots if p and ("\u4e00" <= text[p - 1] <= "\u9fff" or text[p - 1] == ")")]
    if rule == "noun_latin":  # a capital right after a product noun (模型|FoxBrain)
        return _capital_after(text, spots)
    if rule == "maker_noun":  # the build's first test: 的 or 旗下 before a 2-3 character name
        return [p for p in spots if p > 3 and (text[p - 3] in "的下" or text[p - 4] in "的下")]
    if rule in HAN_BEFORE:
        return [p for p in spots if p and "\u4e00" <= text[p - 1] <= "\u9fff"]
    if rule in LATIN_BEFORE:
        return [p for p in spots if p and text[p - 1].isascii() and text[p - 1].isalnum()]
    if rule == "name_role":
        return [p for p in spots if surname_before(text, p)]
    if rule == "verb_name":  # the build steps back over adverbs first (王小明也获得)
        return [p for p in spots if surname_before(text, speaker_end(text, p))]
    if rule == "abbr":  # an anchor word holds the abbreviations at +0, +1, +2
        table = abbr.all_chars()
        return sorted({p + k for p in spots for k in (0, 1, 2) if p + k < len(text) and text[p + k] in table})
    return spots


def _at_starts(pattern: regex.Pattern[str], text: str, starts: list[int]) -> list[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern that can only start at one of `starts`:
    the same matches, left to right, none starting inside the one before."""
    found, end = [], 0
    for pos in starts:
        if pos >= end and (m := pattern.match(text, pos)) is not None:
            found.append(m)
            end = m.end()
    return found


# Rules that scan the text but start with (or hold) one literal character: an article
# without it skips the scan (one `in` test): a photo credit's 摄, a series' 号, the hyphen
# of 云翼-S7, the bracket of 嘉吉(Cargill).
NEEDS: dict[str, str] = {"credit": "摄", "series_no": "号", "brand_hyphen": "-", "glossed_org": "("}
ANCHORED, CODED, QUOTES, SCANNED = range(4)


@lru_cache(maxsize=1)
def _plan() -> tuple[tuple[str, int, regex.Pattern[str], Rule], ...]:
    """Each rule with how `propose` tries it, read once instead of per article."""
    def how(name: str) -> int:
        return ANCHORED if name in ANCHORS else CODED if name in AT_CODE else \
            QUOTES if name == "quoted_name" else SCANNED
    return tuple((r.name, how(r.name), r.pattern, r) for r in rules())


def propose(shadow: Shadow, at: Anchors) -> list[Draft]:
    """Every draft any rule builds, overlapping; `entities.py` selects among them.

    `at` are the trigger positions: entities.py folds the trigger words into its one
    lexicon pass.
    """
    text = shadow.text
    found: list[Draft] = []
    codes: list[int] | None = None
    for name, how, pattern, rule in _plan():
        if name in GATES and GATES[name] not in at:
            continue  # no product noun (no middle dot) in the article: the pattern cannot match
        if how == ANCHORED:
            if name not in at:
                continue  # none of its trigger words occurs: the rule costs nothing here
            match = pattern.match
            matches = [m for pos in _spots(name, text, at) if (m := match(text, pos)) is not None]
        elif how == CODED:
            if codes is None:
                codes = [m.start() for m in CODE_START.finditer(text)]
            matches = _at_starts(pattern, text, codes)
        elif how == QUOTES:  # at each opening quote, found by str.find (no regex scan)
            matches = _at_starts(pattern, text, quote_opens(text))
        elif name in NEEDS and NEEDS[name] not in text:
            continue
        else:
            matches = list(pattern.finditer(text))
        build = rule.build
        for m in matches:
            made = build(m, shadow)
            if isinstance(made, Draft):
                found.append(made)
    return found
