package art22.rules.transparency_test

import data.art22.fixture.baseline
import data.art22.rules.transparency as tr

test_adm_not_disclosed_fires_when_the_logic_is_not_told if {
	inp := json.patch(baseline, [{"op": "remove", "path": "/disclosures/0/covers/11"}])
	findings := tr.adm_not_disclosed with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0]
	f.message == "decision `life-underwriting` is solely automated and premium-loading, but no text before collection tells meaningful information about the logic involved"
}

test_adm_not_disclosed_fires_when_told_only_at_the_decision if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/0/stage", "value": "at-decision"}, {"op": "replace", "path": "/disclosures/1/covers", "value": []}])
	some f in tr.adm_not_disclosed with input as inp
	contains(f.message, "that the decision is automated; meaningful information about the logic involved; its significance and envisaged consequences")
}

test_adm_not_disclosed_quiet_on_the_reference if {
	count(tr.adm_not_disclosed) == 0 with input as baseline
}

test_adm_not_disclosed_quiet_when_only_acceptance_is_automated if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/decisions/0/outcomes/1/decidedBy", "value": "human"},
		{"op": "replace", "path": "/disclosures/0/covers", "value": []},
		{"op": "replace", "path": "/disclosures/1/covers", "value": []},
	])
	count(tr.adm_not_disclosed) == 0 with input as inp
}

test_third_party_source_fires_without_a_notice if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/3/covers", "value": []}])
	findings := tr.third_party_source with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 6, "sources"]
	f.message == "data category `medical-reports` is obtained from doctors, but the person is not told where it comes from or what it is"
}

test_third_party_source_fires_when_notified_too_late if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/3/within", "value": {"text": "3 months", "hours": 2191.5, "indefinite": false, "declared": true}}])
	count(tr.third_party_source) == 1 with input as inp
}

# Insurer [B] in Iceland: a blanket authorisation, no signed informed consent.
test_third_party_source_fires_in_iceland_without_written_consent if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/products/0/countries", "value": ["IS"]}])
	findings := tr.third_party_source with input as inp
	some f in findings
	f.message == "data category `medical-reports` is obtained from doctors for a product sold in Iceland without the person's prior written, informed consent"
}

test_third_party_source_quiet_in_iceland_with_a_signed_consent if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/products/0/countries", "value": ["IS"]},
		{"op": "replace", "path": "/consents/0/mechanism", "value": "electronic-signature"},
	])
	count(tr.third_party_source) == 0 with input as inp
}

test_third_party_source_quiet_on_the_reference if {
	count(tr.third_party_source) == 0 with input as baseline
}

test_unsupported_claim_fires_for_a_quote_not_in_the_text if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/covers/1/evidenced", "value": false}])
	findings := tr.unsupported_claim with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["disclosures", 2, "covers", 1, "quote"]
	f.message == "disclosure `decision-notice` claims factor-extent for `smoker-loading`, but the quote does not stand in its text"
}

test_unsupported_claim_quiet_on_the_reference if {
	count(tr.unsupported_claim) == 0 with input as baseline
}
