"""Articles bundled with civics_kit, installed as the package ``civics_kit.seeds``.

Each article is ``NAME.txt`` (the text, byte for byte) with ``NAME.json`` beside
it (the metadata that is not in the text, with the source of each fact).
"""
