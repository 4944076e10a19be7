package art22.rules.privacy_notice_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.privacy_notice as pn

# The reference: privacy-notice (before collection) covers every Art. 13 item; the
# reinsurer is in Germany, so there is no transfer outside the EEA to tell.

# A privacy notice whose retention sentence gives no period.
_generic_retention := fixture.with_claim(
	fixture.without_claim(
		fixture.change(baseline, "disclosures", "privacy-notice", {"text": concat(" ", [
			baseline.disclosures[fixture.index(baseline, "disclosures", "privacy-notice")].text,
			"We keep your data as long as necessary.",
		])}),
		"privacy-notice", "retention", "", "",
	),
	"privacy-notice", {"topic": "retention", "quote": "We keep your data as long as necessary"},
)

test_notice_incomplete_fires_without_retention_and_complaint if {
	inp := fixture.without_claim(
		fixture.without_claim(baseline, "privacy-notice", "retention", "", ""),
		"privacy-notice", "right-complaint", "", "",
	)
	findings := pn.notice_incomplete with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["disclosures", 0]
	f.message == "the information given at collection does not cover: how long data is kept (Art. 13(2)(a)); the right to complain to a supervisory authority (Art. 13(2)(d))"
	f.because == [
		"texts shown before collection or at consent: `privacy-notice`, `consent-text`",
		"none of them evidences: retention, right-complaint",
	]
}

test_notice_incomplete_fires_for_a_generic_retention_period if {
	findings := pn.notice_incomplete with input as _generic_retention
	count(findings) == 1
	some f in findings
	f.message == "the information given at collection does not cover: how long data is kept (Art. 13(2)(a))"
	f.because[2] == "the retention claim quotes \"We keep your data as long as necessary\", which states no period: a period, or criteria without a number, is for a person to check"
}

test_notice_incomplete_fires_for_transfers_outside_the_eea if {
	inp := fixture.without_claim(
		fixture.change(baseline, "recipients", "policy-admin", {"country": "US"}),
		"privacy-notice", "transfers", "", "",
	)
	some f in pn.notice_incomplete with input as inp
	f.because[1] == "none of them evidences: transfers"
}

test_notice_incomplete_fires_without_any_notice if {
	inp := fixture.change(baseline, "disclosures", "privacy-notice", {"stage": "on-request"})
	some f in pn.notice_incomplete with input as inp
	f.path == ["disclosures"]
}

test_notice_incomplete_quiet_on_the_reference if {
	count(pn.notice_incomplete) == 0 with input as baseline
}

# A period stated beside the generic words counts.
test_notice_incomplete_quiet_for_a_retention_period_in_numbers if {
	inp := fixture.with_claim(_generic_retention, "privacy-notice", {"topic": "retention", "quote": "We keep your data for 7 years after your policy ends"})
	count(pn.notice_incomplete) == 0 with input as inp
}

test_notice_incomplete_quiet_without_transfers_to_tell if {
	inp := fixture.without_claim(baseline, "privacy-notice", "transfers", "", "")
	count(pn.notice_incomplete) == 0 with input as inp
}
