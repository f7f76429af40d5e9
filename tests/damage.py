"""What the damaged-document tests share: the values a field may hold instead of its own, every
path into a plain document, and one drawn piece of damage done to it.

Not a test module (no ``test_`` prefix): ``test_codec_json`` and ``test_codec_paths`` import it.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

#: values a damaged document may hold where a record's field was
DAMAGE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", " ", "US", "ZZ", "held", "video", "2018-12-07", "2018-02-30", "x"]),
    st.lists(st.sampled_from(["US", "s1", "", "sanctions"]), max_size=2),
    st.dictionaries(st.sampled_from(["id", "official_id", "source_id", "name"]), st.just("a")),
)


def paths_into(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a plain document (dicts and lists), containers included."""
    out = [path] if path else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths_into(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths_into(v, (*path, i))
    return out


def damage(doc: Any, data: st.DataObject) -> None:
    """Damage ``doc`` in place at one drawn path: the key removed, or its value replaced."""
    paths = paths_into(doc)
    if not paths:
        return
    *parents, last = data.draw(st.sampled_from(paths))
    parent = doc
    for step in parents:
        parent = parent[step]
    if isinstance(parent, dict) and data.draw(st.booleans()):
        del parent[last]
    else:
        parent[last] = data.draw(DAMAGE)
