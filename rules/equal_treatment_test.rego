package art22.rules.equal_treatment_test

import data.art22.fixture.baseline
import data.art22.rules.equal_treatment as et

sex_factor := json.patch(baseline, [
	{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[2], {"id": "sex", "about": "sex"})},
	{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[0], {"id": "sex-rate", "category": "sex", "effect": "price"})},
])

test_sex_rating_fires_for_sex_in_the_price if {
	findings := et.sex_rating with input as sex_factor
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `sex-rate` makes sex a rating factor (price) for a product sold in the EU"
	f.because[1] == "product `term-life` is sold in IE, NL"
}

test_sex_rating_fires_for_a_pregnancy_loading if {
	inp := json.patch(sex_factor, [{"op": "replace", "path": "/dataCategories/7/about", "value": "pregnancy"}, {"op": "replace", "path": "/decisions/0/factors/3/effect", "value": "premium-loading"}])
	some f in et.sex_rating with input as inp
	contains(f.message, "makes pregnancy a rating factor")
}

test_sex_rating_fires_for_a_proxy if {
	inp := json.patch(sex_factor, [{"op": "replace", "path": "/dataCategories/7/about", "value": "occupation"}, {"op": "replace", "path": "/dataCategories/7/proxyFor", "value": ["sex"]}])
	count(et.sex_rating) == 1 with input as inp
}

test_sex_rating_quiet_outside_the_eu if {
	inp := json.patch(sex_factor, [{"op": "replace", "path": "/products/0/countries", "value": ["CH"]}])
	count(et.sex_rating) == 0 with input as inp
}

test_sex_rating_quiet_for_a_referral if {
	inp := json.patch(sex_factor, [{"op": "replace", "path": "/decisions/0/factors/3/effect", "value": "referral"}])
	count(et.sex_rating) == 0 with input as inp
}

test_sex_rating_quiet_on_the_reference if {
	count(et.sex_rating) == 0 with input as baseline
}
