package art22.rules.equal_treatment_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.equal_treatment as et

# The reference's product term-life is sold in Ireland and the Netherlands.

# A category added and read by a factor of life-underwriting with the given effect.
_rated(category, effect) := fixture.add_factor(
	fixture.add(baseline, "dataCategories", object.union(baseline.dataCategories[2], category)),
	"life-underwriting",
	object.union(baseline.decisions[0].factors[0], {"id": "extra-factor", "category": category.id, "effect": effect}),
)

_sex := {"id": "sex", "name": "Sex", "about": "sex"}

test_sex_rating_fires_for_sex_in_the_price if {
	findings := et.sex_rating with input as _rated(_sex, "price")
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `extra-factor` makes sex a rating factor (price) for a product sold in the EU"
	f.because == [
		"factor `extra-factor` in decision `life-underwriting` reads `sex` (Sex), about sex, with effect price",
		"product `term-life` is sold in IE, NL",
		"Art. 5(1): sex may not result in differences in individuals' premiums and benefits",
	]
}

test_sex_rating_fires_for_a_pregnancy_loading if {
	inp := _rated({"id": "pregnancy", "name": "Current pregnancy", "about": "pregnancy", "class": "health"}, "premium-loading")
	some f in et.sex_rating with input as inp
	f.message == "factor `extra-factor` makes pregnancy a rating factor (premium-loading) for a product sold in the EU"
	f.because[2] == "Art. 5(3): costs related to pregnancy and maternity may not result in differences in individuals' premiums and benefits"
}

# Occupation declared to stand in for sex.
test_sex_rating_fires_for_a_declared_proxy if {
	inp := _rated({"id": "occupation", "name": "Occupation", "about": "occupation", "proxyFor": ["sex"]}, "price")
	some f in et.sex_rating with input as inp
	f.because[0] == "factor `extra-factor` in decision `life-underwriting` reads `occupation` (Occupation), about occupation; declared a proxy for sex, with effect price"
}

test_sex_rating_quiet_outside_the_eu if {
	inp := fixture.change(_rated(_sex, "price"), "products", "term-life", {"countries": ["CH"]})
	count(et.sex_rating) == 0 with input as inp
}

test_sex_rating_quiet_for_a_referral if {
	count(et.sex_rating) == 0 with input as _rated(_sex, "referral")
}

test_sex_rating_quiet_for_an_undeclared_occupation if {
	count(et.sex_rating) == 0 with input as _rated({"id": "occupation", "name": "Occupation", "about": "occupation"}, "price")
}

test_sex_rating_quiet_on_the_reference if {
	count(et.sex_rating) == 0 with input as baseline
}
