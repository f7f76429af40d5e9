"""koreadip's built-in exporters and source formats, each an ordinary plugin module.

They are registered through the entry-point group ``koreadip`` in koreadip's own
``pyproject.toml``, exactly as a third-party plugin is, so ``KOREADIP_LOAD_PLUGINS`` and
``koreadip formats`` treat them alike.
"""
