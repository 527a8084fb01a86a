"""Batch runs: archives in, one record per input out, on all cores, exactly once.

The path of a run, top to bottom (docs/batch.md has the user's view):

- `sources`  what the command line names: files, folders walked recursively, stdin
- `formats/` one reader per input format (jsonl, table: CSV/TSV/Parquet, html, warc, text)
- `fields`, `lines`, `options`  shared by the readers: field mapping, line splitting, guards
- `shards`   the plan: fixed slices of the inputs, the unit of work and of resume
- `readers`  a shard (or any input) to input records
- `workers`  one shard to encoded records; the local process pool
- `ray_engine`  the same shards as Ray tasks
- `writers`, `parquet`, `sinks`  JSON lines, Parquet tables, atomic parts and markers
- `stats`, `progress`  counts, the summary, the progress bar
- `runner`   the whole run and its exit status
"""
