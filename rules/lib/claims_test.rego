# Helpers for rule tests that change one claim of a disclosure, named by its topic and
# the entry it is about (field factor, purpose, recipient or category, and the entry's id),
# rather than by its position in covers.
#
#   inp := fixture.without_claim(baseline, "privacy-notice", "recipient", "recipient", "reinsurer")
#   inp := fixture.unevidenced_claim(baseline, "decision-notice", "factor-applied", "factor", "smoker-loading")
#   inp := fixture.with_claim(baseline, "privacy-notice", {"topic": "retention", "quote": "...", "evidenced": true})
#
# For a claim about no entry (retention, adm-logic...), give field "" and id "".
package art22.fixture

# inp without the claims of disclosure ds_id on topic about the entry field = id.
without_claim(inp, ds_id, topic, field, id) := set_field(inp, "disclosures", ds_id, ["covers"], [c |
	some c in _covers(inp, ds_id)
	not _claim_is(c, topic, field, id)
])

# inp with the claims of disclosure ds_id on topic about the entry field = id marked as
# not evidenced (their quote does not stand in the text).
unevidenced_claim(inp, ds_id, topic, field, id) := set_field(inp, "disclosures", ds_id, ["covers"], [_unevidenced_if(c, topic, field, id) |
	some c in _covers(inp, ds_id)
])

# inp with a claim appended to disclosure ds_id; the claim's missing fields are empty.
with_claim(inp, ds_id, claim) := set_field(inp, "disclosures", ds_id, ["covers"], array.concat(_covers(inp, ds_id), [object.union(
	{"topic": "", "factor": "", "purpose": "", "recipient": "", "category": "", "quote": "", "evidenced": true},
	claim,
)]))

_covers(inp, ds_id) := inp.disclosures[index(inp, "disclosures", ds_id)].covers

_claim_is(c, topic, "", _) if c.topic == topic

_claim_is(c, topic, field, id) if {
	field != ""
	c.topic == topic
	c[field] == id
}

_unevidenced_if(c, topic, field, id) := object.union(c, {"evidenced": false}) if _claim_is(c, topic, field, id)

_unevidenced_if(c, topic, field, id) := c if not _claim_is(c, topic, field, id)

test_without_claim_removes_only_that_claim if {
	inp := without_claim(baseline, "privacy-notice", "recipient", "recipient", "reinsurer")
	covers := _covers(inp, "privacy-notice")
	count(covers) == count(_covers(baseline, "privacy-notice")) - 1
	some c in covers
	c.recipient == "policy-admin"
}

test_unevidenced_claim_marks_only_that_claim if {
	inp := unevidenced_claim(baseline, "decision-notice", "factor-applied", "factor", "smoker-loading")
	{c.factor | some c in _covers(inp, "decision-notice"); not c.evidenced} == {"smoker-loading"}
}

test_with_claim_appends_a_complete_claim if {
	inp := with_claim(baseline, "privacy-notice", {"topic": "source", "category": "identity", "quote": "x"})
	some c in _covers(inp, "privacy-notice")
	c.topic == "source"
	c.evidenced
	c.factor == ""
}
