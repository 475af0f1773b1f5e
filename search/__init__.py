"""Everything that is not UI: corpus loading, extraction, the Whoosh index and queries.

This package never imports Textual or Rich, so the CLI's script subcommands stay
fast and the core can be used as a plain library.
"""
