"""Phonetic keys under which the romanisations of one Korean name meet.

Korean names reach English text in several systems at once: Revised Romanization ("Gyu-deok",
"Seong", "Jeong"), McCune-Reischauer without its diacritics ("Kyu-dok", "Choe", "Ri"), and the
personal spellings the press settles on ("Kyu-duk", "Sung", "Chung", "Lee", "Roh").  A key folds
the differences that these systems make for one syllable, and leaves alone the ones that tell two
syllables apart, so "Kim Gunn" and "Kim Jong Un" never meet.

>>> korean_key("Noh Gyu-deok") == korean_key("Kyu-Duk Roh")
True
>>> korean_key("Cho Tae-yul") & korean_key("Cho Hyun-dong")
frozenset()
"""

from __future__ import annotations

import functools
import re

from .names import name_tokens

__all__ = ["korean_key", "korean_key_of_tokens", "phonetic_token", "variants"]

#: whole-token spellings of one family name, each folded to one skeleton
_SURNAMES: dict[str, str] = {}
for _key, _spellings in {
    "i": "lee ri yi rhee rhie li yee i",
    "bak": "park pak bak bahk",
    "joi": "choi choe chwe",
    "no": "noh roh no ro",
    "gim": "kim gim",
    "im": "lim im yim rim",
    "yu": "yoo yu you ryu rhyu",
    "jo": "cho jo joe",
    "su": "suh seo",
    "o": "oh o",
    "an": "ahn an",
    "son": "sohn son",
    "sin": "shin sin",
    "wi": "wi wee",
    "u": "woo u",
    "hu": "huh heo hur",
    "gwon": "kwon gwon",
    "gwag": "kwak gwak",
}.items():
    for _spelling in _spellings.split():
        _SURNAMES[_spelling] = _key

#: spellings that serve as keys but that the press does not print
_SKELETON_ONLY = frozenset({"i", "o", "u", "no", "ro", "gim", "yee", "rhie", "bahk", "chwe"})

# Ordered rewrites of one romanised syllable run; each is a plain literal or a bounded class.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        ("eui", "ui"),  # 의: Eui / Ui
        ("wh", "hw"),  # 화: Kyung-wha / Gyeong-hwa
        ("ee", "i"),  # 희: Hee / Hui / Hi
        ("ui", "i"),
        ("oo", "u"),  # 훈: Hoon / Hun
        ("eo", "u"),  # 성, 정, 덕, 열: Seong / Sung, Deok / Duk, Yeol / Yul
        ("ou", "u"),  # 영, 열: Young / Yeong, Youl / Yeol
        ("oe", "oi"),  # 최: Choe / Choi
        ("(?<=[aeiouy])h(?![aeiouy])", ""),  # a silent h: Ahn, Suh
        ("sh", "s"),  # 신: Shin / Sin
        ("ch", "j"),  # 정, 조: Chung / Jung, Cho / Jo
        ("th", "t"),  # DPRK aspirates: Thae
        ("ph", "p"),
        ("kh", "k"),
        ("k", "g"),  # plain stops: Kyu / Gyu, Park / Bak, Tae / Dae
        ("t", "d"),
        ("p", "b"),
        ("([a-z])\\1", "\\1"),  # Gunn / Gun
    )
)


#: a letter every match of a rewrite that is no plain literal holds ("" where none is known)
_GUARDS = {"(?<=[aeiouy])h(?![aeiouy])": "h"}
#: the rewrites of :data:`_REWRITES` as :func:`_skeleton` runs them, as ``(guard, replacement,
#: pattern)``: a plain literal is its own guard and is replaced by ``str.replace`` (pattern None:
#: the same left-to-right, non-overlapping replacement as ``re.sub``); another pattern runs only
#: where its guard occurs ("" occurs in every text)
_STEPS: tuple[tuple[str, str, re.Pattern[str] | None], ...] = tuple(
    (pattern.pattern, replacement, None)
    if pattern.pattern.isalpha()
    else (_GUARDS.get(pattern.pattern, ""), replacement, pattern)
    for pattern, replacement in _REWRITES
)


@functools.lru_cache(maxsize=8192)
def _skeleton(text: str) -> str:
    """The rewrites of :data:`_REWRITES` applied in turn to ``text``: a name part read anew costs
    a substring test per rewrite, not a regular-expression pass.

    >>> _skeleton("kyungwha"), _skeleton("gyeonghwa"), _skeleton("gunn")
    ('gyunghwa', 'gyunghwa', 'gun')
    """
    for guard, replacement, pattern in _STEPS:
        if guard in text:
            text = (
                text.replace(guard, replacement)
                if pattern is None
                else pattern.sub(replacement, text)
            )
    return text


def _skeleton_by_patterns(text: str) -> str:
    """:func:`_skeleton` as the rewrites define it, each pattern run in turn (for the tests)."""
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    return text


@functools.lru_cache(maxsize=4096)
def phonetic_token(token: str) -> str:
    """The skeleton of one folded, hyphen-free name part: 'gyudeok' and 'kyuduk' → 'gyudug'.

    >>> phonetic_token("seong") == phonetic_token("sung")
    True
    >>> phonetic_token("roh") == phonetic_token("noh")
    True
    """
    surname = _SURNAMES.get(token)
    return surname if surname is not None else _skeleton(token)


def korean_key(name: str) -> frozenset[str]:
    """Keys under which two romanisations of one Korean name meet, in either name order.

    A key is ``family|given`` with the family name read first or last; family-name spellings
    are replaced by one skeleton and the given name's parts are joined and then reduced, so that
    spaces and hyphens inside a given name ("Jong Un", "Jong-un", "Jongun") make no difference.
    A single-part name has no keys.

    >>> korean_key("Lee Jae-myung") & korean_key("Jae Myung Lee") != set()
    True
    >>> korean_key("Choe Ryong Hae") & korean_key("Choi Ryong-hae") != set()
    True
    >>> korean_key("Kim Gunn") & korean_key("Kim Jong Un")
    frozenset()
    >>> korean_key("Kim Son") & korean_key("Kim Song")
    frozenset()
    """
    return korean_key_of_tokens(name_tokens(name))


def korean_key_of_tokens(tokens: list[str]) -> frozenset[str]:
    """:func:`korean_key` of a name already split by :func:`koreadip.names.name_tokens`."""
    parts = [_SURNAMES.get(t, t) for t in tokens]
    if len(parts) < 2:
        return frozenset()
    # family name first or last; the bar keeps the two apart, so that no rewrite joins a letter
    # of one to the other ("Kim Son" is not "Song Kim" with its doubled g folded)
    return frozenset(
        {
            f"{_skeleton(parts[0])}|{_skeleton(''.join(parts[1:]))}",
            f"{_skeleton(parts[-1])}|{_skeleton(''.join(parts[:-1]))}",
        }
    )


def variants(name: str) -> set[str]:
    """Common alternative spellings of a Korean family name first name (a small, finite set).

    The family name is swapped for its usual spellings and the given name is offered
    hyphenated, spaced and in Western order; useful for searching text, not for identity.

    >>> sorted(variants("Noh Kyu-duk"))[:3]
    ['Kyu Duk Noh', 'Kyu Duk Roh', 'Kyu-duk Noh']
    """
    tokens = name.split()
    if len(tokens) < 2:
        return {name}
    family, given = tokens[0], tokens[1:]
    skeleton = _SURNAMES.get(family.lower())
    families = {family}
    if skeleton is not None:
        families |= {
            s.capitalize()
            for s, k in _SURNAMES.items()
            if k == skeleton and s not in _SKELETON_ONLY
        }
    syllables = [s for part in given for s in part.split("-") if s]
    if not syllables:
        return {name}
    hyphenated = "-".join([syllables[0].capitalize(), *(s.lower() for s in syllables[1:])])
    spaced = " ".join(s.capitalize() for s in syllables)
    out: set[str] = set()
    for fam in families:
        for given_form in (hyphenated, spaced):
            out.add(f"{fam} {given_form}")
            out.add(f"{given_form} {fam}")
    return out
