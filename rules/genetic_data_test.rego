package art22.rules.genetic_data_test

import data.art22.fixture.baseline
import data.art22.rules.genetic_data as g

with_category(c, countries) := json.patch(baseline, [
	{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[5], c)},
	{"op": "add", "path": "/decisions/0/inputs/-", "value": c.id},
	{"op": "add", "path": "/purposes/0/categories/-", "value": c.id},
	{"op": "replace", "path": "/products/0/countries", "value": countries},
])

hereditary := {"id": "relatives-hereditary", "about": "hereditary-disease", "class": "health"}

tests := {"id": "genetic-tests", "about": "genetic-test", "class": "genetic"}

# Insurer [B]: hereditary diseases of parents and siblings, in Iceland.
test_genetic_ban_fires_for_hereditary_diseases_in_iceland if {
	findings := g.genetic_ban with input as with_category(hereditary, ["IS"])
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7]
	f.message == "data category `relatives-hereditary` (hereditary-disease) is used for a product sold in IS, where insurers may not ask for or use information on genetic traits or the risk of developing disease"
}

test_genetic_ban_fires_for_genetic_tests_in_france if {
	findings := g.genetic_ban with input as with_category(tests, ["FR", "IE"])
	{f.message | some f in findings} == {"data category `genetic-tests` (genetic-test) is used for a product sold in FR, where insurers may not take the results of genetic tests into account"}
}

test_genetic_ban_fires_for_genetic_tests_in_german_health_cover if {
	inp := json.patch(with_category(tests, ["DE"]), [{"op": "replace", "path": "/products/0/line", "value": "health"}])
	count(g.genetic_ban) == 1 with input as inp
}

test_genetic_ban_fires_for_family_history_rating_in_iceland if {
	inp := json.patch(with_category({"id": "family", "about": "family-history", "class": "health"}, ["IS"]), [
		{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[0], {"id": "family-loading", "category": "family"})},
	])
	findings := g.genetic_ban with input as inp
	{f.path | some f in findings} == {["decisions", 0, "factors", 3]}
}

# TM: family-health answers refer the application to an underwriter.
test_genetic_ban_quiet_for_family_history_referral_in_iceland if {
	inp := json.patch(with_category({"id": "family", "about": "family-history", "class": "health"}, ["IS"]), [
		{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[2], {"id": "family-health", "category": "family"})},
	])
	count(g.genetic_ban) == 0 with input as inp
}

test_genetic_ban_quiet_for_hereditary_diseases_in_germany if {
	count(g.genetic_ban) == 0 with input as with_category(hereditary, ["DE"])
}

test_genetic_ban_quiet_for_german_life_cover if {
	count(g.genetic_ban) == 0 with input as with_category(tests, ["DE"])
}

test_genetic_ban_quiet_on_the_reference if {
	count(g.genetic_ban) == 0 with input as baseline
}

test_genetic_thresholds_fires_without_thresholds if {
	findings := g.genetic_thresholds with input as with_category(tests, ["DE", "GB"])
	{f.message | some f in findings} == {
		"product `term-life` uses genetic test results (`genetic-tests`) in DE without declaring the threshold applied",
		"product `term-life` uses genetic test results (`genetic-tests`) in GB without declaring the threshold applied",
	}
	some f in findings
	f.path == ["products", 0, "geneticThresholds"]
}

test_genetic_thresholds_fires_below_the_law if {
	inp := json.patch(with_category(tests, ["DE"]), [{"op": "replace", "path": "/products/0/geneticThresholds", "value": [
		{"country": "DE", "sumInsuredAbove": {"currency": "EUR", "amount": 100000, "declared": true}, "annualBenefitAbove": {"currency": "", "amount": 0, "declared": false}, "conditions": []},
	]}])
	some f in g.genetic_thresholds with input as inp
	contains(f.message, "with a threshold below the law's")
}

test_genetic_thresholds_quiet_at_the_legal_thresholds if {
	inp := json.patch(with_category(tests, ["DE", "GB"]), [{"op": "replace", "path": "/products/0/geneticThresholds", "value": [
		{"country": "DE", "sumInsuredAbove": {"currency": "EUR", "amount": 300000, "declared": true}, "annualBenefitAbove": {"currency": "EUR", "amount": 30000, "declared": true}, "conditions": []},
		{"country": "GB", "sumInsuredAbove": {"currency": "GBP", "amount": 500000, "declared": true}, "annualBenefitAbove": {"currency": "", "amount": 0, "declared": false}, "conditions": ["Huntington's disease"]},
	]}])
	count(g.genetic_thresholds) == 0 with input as inp
}

test_genetic_thresholds_quiet_on_the_reference if {
	count(g.genetic_thresholds) == 0 with input as baseline
}
