"""The one reader of MEANTIME's REFERS_TO relations (mention -> instance), on invented markup."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from generator.evaluate.meantime import refers_to

RELATIONS = """<Relations>
  <REFERS_TO r_id="1"><source m_id="2"/><source m_id="3"/><target m_id="10"/></REFERS_TO>
  <REFERS_TO r_id="2"><source m_id="4"/></REFERS_TO>
  <REFERS_TO r_id="3"><source m_id="5"/><target m_id="11"/></REFERS_TO>
  <HAS_PARTICIPANT r_id="4"><source m_id="6"/><target m_id="12"/></HAS_PARTICIPANT>
</Relations>"""


def test_every_source_of_a_relation_with_a_target_in_order() -> None:
    assert list(refers_to(ET.fromstring(RELATIONS))) == [("2", "10"), ("3", "10"), ("5", "11")]


def test_no_relations_no_pairs() -> None:
    assert list(refers_to(ET.fromstring("<Relations/>"))) == []
