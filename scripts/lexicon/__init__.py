"""The lexicon build run by ``scripts/build_lexicon.py``: one module per generated file
(cldr, divisions, places, gov, listed, tw_listed, surnames, sources), plus the shadow form
and file format (rows), jieba's word frequencies (words) and the checks of every file."""
