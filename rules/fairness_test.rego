package art22.rules.fairness_test

import data.art22.fixture.baseline
import data.art22.rules.fairness

# The TM case: the certificate shown at the decision says only "Smoker: yes".
tm_certificate := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2", "value": {
	"id": "certificate", "name": "Policy certificate", "kind": "policy-certificate", "stage": "at-decision",
	"within": baseline.disclosures[2].within, "languages": ["is"], "decisions": ["life-underwriting"],
	"text": "Reykir: Já (Smoker: yes)", "covers": [],
}}])

test_factor_not_disclosed_fires_on_the_tm_certificate if {
	findings := fairness.factor_not_disclosed with input as tm_certificate
	paths := {f.path | some f in findings}
	paths == {["decisions", 0, "factors", 0], ["decisions", 0, "factors", 1]}
	some f in findings
	f.path == ["decisions", 0, "factors", 0]
	contains(f.message, "factor `smoker-loading` loads the premium automatically")
	contains(f.message, "that it applied or to what extent")
	contains(f.because[1], "`certificate`")
}

test_factor_not_disclosed_fires_when_only_the_extent_is_missing if {
	inp := json.patch(baseline, [{"op": "remove", "path": "/disclosures/2/covers/1"}])
	findings := fairness.factor_not_disclosed with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 0]
	endswith(f.message, "says to what extent")
}

test_factor_not_disclosed_fires_when_the_quote_is_not_in_the_text if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/covers/0/evidenced", "value": false}])
	findings := fairness.factor_not_disclosed with input as inp
	some f in findings
	f.path == ["decisions", 0, "factors", 0]
	some b in f.because
	contains(b, "claims factor-applied for `smoker-loading`, but its quote does not stand in its text")
}

test_factor_not_disclosed_fires_when_the_text_is_for_another_decision if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/decisions", "value": []}])
	findings := fairness.factor_not_disclosed with input as inp
	count(findings) == 2
	some f in findings
	f.because[1] == "no text is shown at or after decision `life-underwriting`"
}

test_factor_not_disclosed_fires_when_told_only_before_collection if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/stage", "value": "before-collection"}])
	count(fairness.factor_not_disclosed) == 2 with input as inp
}

test_factor_not_disclosed_quiet_on_the_reference if {
	count(fairness.factor_not_disclosed) == 0 with input as baseline
}

test_factor_not_disclosed_quiet_when_a_human_applies_the_factor if {
	inp := json.patch(tm_certificate, [
		{"op": "replace", "path": "/decisions/0/factors/0/appliedBy", "value": "human"},
		{"op": "replace", "path": "/decisions/0/factors/1/appliedBy", "value": "human"},
	])
	count(fairness.factor_not_disclosed) == 0 with input as inp
}

test_factor_not_disclosed_quiet_for_a_price_factor if {
	inp := json.patch(tm_certificate, [
		{"op": "replace", "path": "/decisions/0/factors/0/effect", "value": "price"},
		{"op": "replace", "path": "/decisions/0/factors/1/effect", "value": "discount"},
	])
	count(fairness.factor_not_disclosed) == 0 with input as inp
}

test_factor_not_disclosed_quiet_when_told_after_the_decision if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/stage", "value": "after-decision"}])
	count(fairness.factor_not_disclosed) == 0 with input as inp
}
