"""Text primitives that `lang/` and every later stage stand on: offset-keeping normalisation, tokens and
sentences (`tokens`), the lexicon matcher (`lexicon`) and the spans found in text (`spans`). Nothing here
knows a language or imports the rest of the package."""
