"""Property tests of a function of your own, with koreadip's Hypothesis strategies.

The function under test, :func:`meetings_per_country`, stands for any code of yours that takes
koreadip records.  Run the tests with pytest (Hypothesis needs the ``testing`` extra,
``pip install "koreadip[testing]"``)::

    pytest examples/property_test_example.py

or as a script: ``python examples/property_test_example.py``.  docs/testing.md explains each step.
"""

from __future__ import annotations

from collections import Counter

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import koreadip
from koreadip.testing import country_codes, dossiers, meetings

# a modest example count keeps the file quick; Hypothesis's default is 100
EXAMPLES = settings(max_examples=50, deadline=None)


def meetings_per_country(dossier: koreadip.Dossier) -> Counter[str]:
    """How many meetings each country took part in (a country listed twice counts once).

    >>> d = koreadip.Dossier(meetings=[koreadip.Meeting(id="m1", countries=["US", "KR", "KR"])])
    >>> sorted(meetings_per_country(d).items())
    [('KR', 1), ('US', 1)]
    """
    counts: Counter[str] = Counter()
    for meeting in dossier.meetings:
        counts.update(set(meeting.countries))
    return counts


@EXAMPLES
@given(dossiers())
def test_no_country_has_more_meetings_than_there_are(dossier: koreadip.Dossier) -> None:
    counts = meetings_per_country(dossier)
    assert all(0 < n <= len(dossier.meetings) for n in counts.values())
    assert sum(counts.values()) == sum(len(set(m.countries)) for m in dossier.meetings)


@EXAMPLES
@given(dossiers(), meetings(ids=st.just("new-meeting")), country_codes())
def test_one_more_meeting_counts_once(
    dossier: koreadip.Dossier, meeting: koreadip.Meeting, country: str
) -> None:
    meeting = attrs.evolve(meeting, countries=(country, country))
    before = meetings_per_country(dossier)
    after = meetings_per_country(attrs.evolve(dossier, meetings=(*dossier.meetings, meeting)))
    assert after - before == Counter({country: 1})
    assert before - after == Counter()


@EXAMPLES
@given(dossiers())
def test_counts_survive_native_json(dossier: koreadip.Dossier) -> None:
    again: koreadip.Dossier = koreadip.loads(koreadip.dumps(dossier))
    assert meetings_per_country(again) == meetings_per_country(dossier)


@EXAMPLES
@given(st.from_type(koreadip.Meeting))
def test_a_lone_meeting_counts_each_of_its_countries_once(meeting: koreadip.Meeting) -> None:
    counts = meetings_per_country(koreadip.Dossier(meetings=[meeting]))
    assert set(counts) == set(meeting.countries)
    assert set(counts.values()) <= {1}


if __name__ == "__main__":
    for test in (
        test_no_country_has_more_meetings_than_there_are,
        test_one_more_meeting_counts_once,
        test_counts_survive_native_json,
        test_a_lone_meeting_counts_each_of_its_countries_once,
    ):
        test()
        print("passed:", test.__name__)
