"""Surnames with frequency weights: ``data-sources/surnames_zh`` -> ``surnames.tsv``.

The person rules need to know what a surname is and how likely it is. The file is the
union of the mainland and Taiwan lists (Faker zh_CN + zh_TW) in shadow form (陳 → 陈);
the weight is the larger of the two percentages; compound surnames of the public-domain
百家姓 that Faker lacks are added with weight 0 (no frequency data), common Japanese
surnames with a small weight that counts after a title only.
"""

from __future__ import annotations

import csv

from .rows import OUT, SRC, shadow

# Compound surnames of the 百家姓 (public domain) that the Faker lists lack.
COMPOUND_SURNAMES = """司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于
单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 亓官 司寇 子车
颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 羊舌
微生 梁丘 左丘 东门 西门 南宫 第五""".split()

# Common Japanese surnames in Chinese characters (facts of naming, shadow form). They
# have no population weight here; JAPANESE_WEIGHT lets them count after a title only
# (社长佐藤恒治), never before a bare speech verb (see extract/entities/tables.py).
JAPANESE_SURNAMES = """佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村
清水 山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 青木
坂本 齐藤 福田 太田 西村 藤井 金子 冈本 藤原 三浦 中野 中川 原田 松田 竹内 小野 田村 中山 和田
石田 森田 上田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野
藤本 村田 武田 上野 杉山 增田 小山 大塚 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地
野村 新井 渡部 石破 岸田 安倍 丰田 柳井 三木 稻盛 盛田 井深 永守 大西 高市 河野 茂木 武藤 赤泽""".split()
JAPANESE_WEIGHT = 0.05

# Single-character surnames of the mainland that the Faker lists lack (付 and 闫 are common
# variant spellings of 傅 and 阎 in registration); no weight data, so they count after a
# title only, like the Japanese surnames.
EXTRA_SURNAMES = "付 闫 禤 钮".split()

# Hong Kong surnames the mainland and Taiwan figures rank far too low (区, Au: 0.015), raised
# to the after-a-title weight so that 記者區嘉欣 is a name; a bare 区 stays a word (区长).
HONG_KONG_SURNAMES = "区".split()


def build_surnames() -> list[tuple[str, float]]:
    """(surname, weight) sorted by weight descending, then by surname; `write_surnames`
    marks the 百家姓 compounds."""
    weights: dict[str, float] = {}
    for name in ("surnames_zh_CN.tsv", "surnames_zh_TW.tsv"):
        with (SRC / "surnames_zh" / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                surname = shadow(row["surname"]).strip()
                weights[surname] = max(weights.get(surname, 0.0), float(row["weight"]))
    for surname in COMPOUND_SURNAMES:
        weights.setdefault(surname, 0.0)
    for surname in JAPANESE_SURNAMES + EXTRA_SURNAMES:
        weights.setdefault(shadow(surname), JAPANESE_WEIGHT)
    for surname in HONG_KONG_SURNAMES:
        weights[surname] = max(weights.get(surname, 0.0), JAPANESE_WEIGHT)
    return sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))


def write_surnames(rows: list[tuple[str, float]]) -> int:
    """Write surnames.tsv; return the row count."""
    lines = [
        "# format: surname<TAB>weight — one surname per row, shadow form (Simplified); weight ="
        " percent of population (larger of the mainland and Taiwan figures), 0 = no data",
        "# source: Faker 40.63.0 zh_CN + zh_TW last_names (data-sources/surnames_zh);"
        " compound surnames of the 百家姓 (public domain) added with weight 0; common Japanese"
        " surnames and a few mainland ones Faker lacks (付, 闫; facts, compiled by zh-extract"
        " developers) with weight 0.05, enough after a title only; 区 (Au, a Hong Kong surname) raised"
        " to 0.05 for the same reason",
        "# licence: MIT, see data-sources/surnames_zh/LICENSE (百家姓 additions: public domain)",
        "# compound: 1 for the two-character surnames of the 百家姓 (欧阳, 司马, 诸葛): two characters"
        " that form one are evidence of a name whatever their weight (extract/entities/names.py)",
        "surname\tweight\tcompound",
    ]
    compound = set(COMPOUND_SURNAMES)
    lines += [f"{s}\t{w:g}\t{int(s in compound)}" for s, w in rows]
    (OUT / "surnames.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for surname, _ in rows:
        assert shadow(surname) == surname and 1 <= len(surname) <= 2, surname
    return len(rows)

