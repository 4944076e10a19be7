package art22.rules.purpose_limitation_test

import data.art22.fixture.baseline
import data.art22.rules.purpose_limitation as pl

marketing := json.patch(baseline, [{"op": "add", "path": "/purposes/-", "value": object.union(baseline.purposes[1], {
	"id": "cross-sell", "name": "Offers of other products", "type": "marketing",
	"legalBasis": "legitimate-interests", "categories": ["contact", "smoking"],
})}])

test_purpose_reuse_fires_for_health_data_in_marketing if {
	findings := pl.purpose_reuse with input as marketing
	paths := {f.path | some f in findings}
	paths == {["purposes", 2, "categories", 0], ["purposes", 2, "categories", 1]}
	some f in findings
	f.path == ["purposes", 2, "categories", 1]
	f.message == "data category `smoking`, used by `underwriting`, is reused by marketing purpose `cross-sell` without the person's explicit consent"
}

test_purpose_reuse_fires_for_health_data_even_with_a_compatibility_assessment if {
	inp := json.patch(marketing, [{"op": "replace", "path": "/purposes/2/compatibility", "value": {"with": "underwriting", "assessment": "Related products."}}])
	findings := pl.purpose_reuse with input as inp
	some f in findings
	f.path == ["purposes", 2, "categories", 1]
	contains(f.because[1], "cannot cover special-category data")
}

test_purpose_reuse_quiet_for_contact_data_with_an_assessment if {
	inp := json.patch(marketing, [
		{"op": "replace", "path": "/purposes/2/categories", "value": ["contact"]},
		{"op": "replace", "path": "/purposes/2/compatibility", "value": {"with": "administration", "assessment": "Offers to existing customers; opt-out in every message (CA-2026-01)."}},
	])
	count(pl.purpose_reuse) == 0 with input as inp
}

test_purpose_reuse_quiet_with_explicit_consent_for_health_data if {
	inp := json.patch(marketing, [
		{"op": "replace", "path": "/purposes/2/categories", "value": ["smoking"]},
		{"op": "replace", "path": "/purposes/2/specialCategoryCondition", "value": "explicit-consent"},
		{"op": "replace", "path": "/purposes/2/consent", "value": "health-consent"},
	])
	count(pl.purpose_reuse) == 0 with input as inp
}

test_purpose_reuse_quiet_on_the_reference if {
	count(pl.purpose_reuse) == 0 with input as baseline
}

# TM's spouse offer: marketing on legitimate interests, with marital status only.
test_purpose_reuse_quiet_for_a_marketing_purpose_with_its_own_data if {
	inp := json.patch(marketing, [{"op": "replace", "path": "/purposes/2/categories", "value": ["age"]}, {"op": "replace", "path": "/purposes/0/categories", "value": ["identity", "contact", "smoking"]}])
	count(pl.purpose_reuse) == 0 with input as inp
}
