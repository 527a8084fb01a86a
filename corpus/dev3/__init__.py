"""Development set 3: one module per article, each with its text, mention rows and claims (see DEV3.md)."""
