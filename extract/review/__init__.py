"""HTML for people: the review page of `zh-extract show` and the report of `eval --html`.

Both are one self-contained file (styles and script inlined from the package's
templates, no network asset), so they open offline from a file: URL or a CI artifact.
"""
