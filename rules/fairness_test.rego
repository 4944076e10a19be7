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

# ART5-1A-UNDISCLOSED-PURPOSE

test_undisclosed_purpose_fires_for_an_unnamed_recipient if {
	inp := json.patch(baseline, [{"op": "remove", "path": "/disclosures/0/covers/5"}])
	findings := fairness.undisclosed_purpose with input as inp
	{f.path | some f in findings} == {["recipients", 0]}
	some f in findings
	f.message == "recipient `reinsurer` (Example Re SE, reinsurer) is named in no notice given to the person"
}

test_undisclosed_purpose_fires_for_an_unnamed_purpose if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/0/covers/3/evidenced", "value": false}])
	findings := fairness.undisclosed_purpose with input as inp
	some f in findings
	f.path == ["purposes", 1]
	some b in f.because
	contains(b, "claims purpose for `administration`, but its quote does not stand in its text")
}

test_undisclosed_purpose_fires_when_named_only_after_the_decision if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/0/stage", "value": "after-decision"}])
	count(fairness.undisclosed_purpose) == 4 with input as inp
}

test_undisclosed_purpose_quiet_on_the_reference if {
	count(fairness.undisclosed_purpose) == 0 with input as baseline
}

test_undisclosed_purpose_quiet_when_named_after_third_party_collection if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/0/stage", "value": "after-third-party-collection"}])
	count(fairness.undisclosed_purpose) == 0 with input as inp
}

# ART5-1A-RELATIVES-DATA

# Insurer [B]: parents' and siblings' hereditary diseases, from the applicant.
relatives := json.patch(baseline, [
	{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[5], {"id": "relatives-diseases", "about": "hereditary-disease", "subjects": ["relatives"]})},
	{"op": "add", "path": "/purposes/0/categories/-", "value": "relatives-diseases"},
])

test_relatives_data_fires_for_relatives_diseases if {
	findings := fairness.relatives_data with input as relatives
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7, "subjects"]
	f.message == "data category `relatives-diseases` holds health data about relatives, and nothing gives it a basis of their own"
}

test_relatives_data_fires_when_the_applicant_consents_for_them if {
	inp := json.patch(relatives, [{"op": "replace", "path": "/consents/0/onBehalfOf", "value": ["relatives"]}])
	count(fairness.relatives_data) == 1 with input as inp
}

test_relatives_data_quiet_with_their_own_consent if {
	inp := json.patch(relatives, [{"op": "replace", "path": "/consents/0/givenBy", "value": ["applicant", "relatives"]}])
	count(fairness.relatives_data) == 0 with input as inp
}

test_relatives_data_quiet_for_the_applicants_own_family_history if {
	inp := json.patch(relatives, [{"op": "replace", "path": "/dataCategories/7/subjects", "value": ["applicant"]}])
	count(fairness.relatives_data) == 0 with input as inp
}

test_relatives_data_quiet_on_the_reference if {
	count(fairness.relatives_data) == 0 with input as baseline
}

# ART5-1A-PROTECTED-PROXY

postcode_factor := json.patch(baseline, [
	{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[1], {"id": "postcode", "about": "postcode", "proxyFor": ["ethnic-origin"]})},
	{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[0], {"id": "area", "category": "postcode", "effect": "price"})},
])

test_protected_proxy_fires_for_a_postcode_standing_in_for_ethnic_origin if {
	findings := fairness.protected_proxy with input as postcode_factor
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `area` uses ethnic-origin without a documented objective justification"
	contains(f.because[0], "declared a proxy for ethnic-origin")
}

test_protected_proxy_fires_for_nationality if {
	inp := json.patch(postcode_factor, [
		{"op": "replace", "path": "/dataCategories/7/about", "value": "nationality"},
		{"op": "replace", "path": "/dataCategories/7/proxyFor", "value": []},
	])
	some f in fairness.protected_proxy with input as inp
	contains(f.message, "uses nationality")
}

test_protected_proxy_quiet_with_a_justification if {
	inp := json.patch(postcode_factor, [{"op": "replace", "path": "/decisions/0/factors/3/justification", "value": "Flood-risk zones; tested for correlation with ethnic origin."}])
	count(fairness.protected_proxy) == 0 with input as inp
}

test_protected_proxy_quiet_on_the_reference if {
	count(fairness.protected_proxy) == 0 with input as baseline
}

# ART5-1A-HARD-AGE-CUTOFF

age_cutoff := json.patch(baseline, [{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[0], {"id": "entry-age", "category": "age", "effect": "decline", "cutoff": "over 65"})}])

test_hard_age_cutoff_fires_for_an_automatic_decline_by_age if {
	findings := fairness.hard_age_cutoff with input as age_cutoff
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `entry-age` declines the application automatically on age alone"
	contains(f.because[0], "cut-off over 65")
}

test_hard_age_cutoff_quiet_when_referred_to_a_human if {
	inp := json.patch(age_cutoff, [{"op": "replace", "path": "/decisions/0/factors/3/effect", "value": "referral"}])
	count(fairness.hard_age_cutoff) == 0 with input as inp
}

test_hard_age_cutoff_quiet_with_a_justification if {
	inp := json.patch(age_cutoff, [{"op": "replace", "path": "/decisions/0/factors/3/justification", "value": "Maximum entry age of the tariff (actuarial basis AB-2025, s. 2)."}])
	count(fairness.hard_age_cutoff) == 0 with input as inp
}

test_hard_age_cutoff_quiet_on_the_reference if {
	count(fairness.hard_age_cutoff) == 0 with input as baseline
}
