"""Kronika: dated diplomatic events from multilingual news."""

__version__ = "0.1.0"

_frozen = False


def warm(languages=()) -> None:
    """Load the languages' data (codes; none by default), then move every object loaded so far out of the
    garbage collector's sight (gc.freeze), once per process.

    What a long-running extraction loads (language data, registry, models: some 200,000 objects) lives as
    long as the process, yet each full collection walks all of it again (~10 ms a collection, one every
    few dozen documents); frozen, it is never walked. A batch calls this after its first document
    (pipeline.extract_one), as the web workers freeze after start-up; a program that extracts through
    the library may call it once it has loaded what it needs."""
    global _frozen
    import gc

    from kronika import lang

    for code in languages:
        lang.load(code)
    if not _frozen:
        # no gc.collect() first: a full collection costs what start-up of a one-file run cannot spare,
        # and the cyclic garbage of loading frozen with the rest is freed at exit (a few MB at most)
        gc.freeze()  # a splice of the collector's lists: microseconds
        _frozen = True
