package art22.rules.genetic_data_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.genetic_data as g

# A category added to decision life-underwriting and purpose underwriting, with the
# reference's product term-life sold in the given countries on the given line.
_with_category(c, countries, line) := fixture.change(
	fixture.change(
		fixture.change(
			fixture.add(baseline, "dataCategories", object.union(baseline.dataCategories[5], c)),
			"decisions", "life-underwriting", {"inputs": array.concat(baseline.decisions[0].inputs, [c.id])},
		),
		"purposes", "underwriting", {"categories": array.concat(baseline.purposes[0].categories, [c.id])},
	),
	"products", "term-life", {"countries": countries, "line": line},
)

_tests := {"id": "genetic-tests", "name": "Results of predictive genetic tests", "about": "genetic-test", "class": "genetic"}

_hereditary := {"id": "relatives-hereditary", "name": "Hereditary diseases of parents and siblings", "about": "hereditary-disease", "class": "health"}

_thresholds(inp, ts) := fixture.change(inp, "products", "term-life", {"geneticThresholds": ts})

_money(currency, amount) := {"currency": currency, "amount": amount, "declared": true}

_none := {"currency": "", "amount": 0, "declared": false}

_de(sum, annual) := {"country": "DE", "sumInsuredAbove": sum, "annualBenefitAbove": annual, "conditions": []}

_gb(sum, conditions) := {"country": "GB", "sumInsuredAbove": sum, "annualBenefitAbove": _none, "conditions": conditions}

_ban_messages(inp) := {f.message | some f in g.genetic_ban with input as inp}

# ART9-4-GENETIC-BAN: Iceland, personal insurance

test_genetic_ban_fires_for_genetic_tests_in_icelandic_life_cover if {
	findings := g.genetic_ban with input as _with_category(_tests, ["IS"], "life")
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7]
	f.message == "data category `genetic-tests` (genetic-test) is used for `term-life` (life) sold in IS, where insurers may not ask for, obtain, receive or use genetic test results that may indicate a risk of disease, nor ask for such tests, in personal insurance"
	f.because == [
		"data category `genetic-tests` is about genetic-test, class genetic, used by `life-underwriting`, `underwriting`",
		"it serves `term-life` (life), sold in IS",
		"Iceland, Act 30/2004 on insurance contracts, art. 82(2) as amended by Act 156/2007: personal insurance (life, accident and sickness cover)",
	]
}

# Act 156/2007: art. 82(1) lets insurers ask about diseases of parents and siblings.
test_genetic_ban_quiet_for_hereditary_diseases_of_relatives_in_iceland if {
	count(g.genetic_ban) == 0 with input as _with_category(_hereditary, ["IS"], "life")
}

test_genetic_ban_quiet_for_family_history_rating_in_iceland if {
	inp := fixture.add_factor(
		_with_category({"id": "family", "name": "Family history", "about": "family-history", "class": "health"}, ["IS"], "life"),
		"life-underwriting", object.union(baseline.decisions[0].factors[0], {"id": "family-loading", "category": "family"}),
	)
	count(g.genetic_ban) == 0 with input as inp
}

test_genetic_ban_quiet_for_icelandic_motor_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["IS"], "motor")
}

# France: death and disability cover

test_genetic_ban_fires_for_genetic_tests_in_french_life_cover if {
	_ban_messages(_with_category(_tests, ["FR", "IE"], "life")) == {"data category `genetic-tests` (genetic-test) is used for `term-life` (life) sold in FR, where insurers covering death or disability risks may not take genetic test results into account, even if the person hands them over, nor ask about or for a test"}
}

test_genetic_ban_fires_for_genetic_tests_in_french_income_protection if {
	count(g.genetic_ban) == 1 with input as _with_category(_tests, ["FR"], "income-protection")
}

test_genetic_ban_quiet_for_french_health_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["FR"], "health")
}

test_genetic_ban_quiet_for_french_motor_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["FR"], "motor")
}

# Germany: every line but those the exception covers

test_genetic_ban_fires_for_genetic_tests_in_german_health_cover if {
	some f in g.genetic_ban with input as _with_category(_tests, ["DE"], "health")
	f.because[2] == "Germany, Gendiagnostikgesetz § 18(1) sentence 1 no. 2; the exception of sentence 2 covers only life, occupational-disability, incapacity-for-work and long-term-care pension insurance"
}

test_genetic_ban_fires_for_genetic_tests_in_german_critical_illness_cover if {
	count(g.genetic_ban) == 1 with input as _with_category(_tests, ["DE"], "critical-illness")
}

test_genetic_ban_quiet_for_german_life_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["DE"], "life")
}

test_genetic_ban_quiet_for_hereditary_diseases_in_germany if {
	count(g.genetic_ban) == 0 with input as _with_category(_hereditary, ["DE"], "health")
}

# United Kingdom: life, critical illness and income protection

test_genetic_ban_fires_for_genetic_tests_in_uk_critical_illness_cover if {
	_ban_messages(_with_category(_tests, ["GB"], "critical-illness")) == {"data category `genetic-tests` (genetic-test) is used for `term-life` (critical-illness) sold in GB, where insurers have agreed not to ask for or use predictive genetic test results for critical illness or income protection, and for life cover only for Huntington's disease above GBP 500,000"}
}

test_genetic_ban_quiet_for_uk_health_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["GB"], "health")
}

test_genetic_ban_quiet_for_uk_motor_cover if {
	count(g.genetic_ban) == 0 with input as _with_category(_tests, ["GB"], "motor")
}

test_genetic_ban_quiet_on_the_reference if {
	count(g.genetic_ban) == 0 with input as baseline
}

# GENETIC-THRESHOLDS

test_genetic_thresholds_fires_without_thresholds if {
	findings := g.genetic_thresholds with input as _with_category(_tests, ["DE", "GB"], "life")
	{f.message | some f in findings} == {
		"product `term-life` (life) uses genetic test results (`genetic-tests`) in DE without declaring the threshold applied",
		"product `term-life` (life) uses genetic test results (`genetic-tests`) in GB without declaring the threshold applied",
	}
	some f in findings
	f.path == ["products", 0, "geneticThresholds"]
}

test_genetic_thresholds_fires_for_german_income_protection_without_thresholds if {
	some f in g.genetic_thresholds with input as _with_category(_tests, ["DE"], "income-protection")
	f.because[2] == "Gendiagnostikgesetz § 18(1) sentence 2: life, occupational-disability, incapacity-for-work and long-term-care pension insurance, a benefit of more than EUR 300,000 or an annual pension of more than EUR 30,000; results of tests already done only"
}

test_genetic_thresholds_fires_below_the_law if {
	inp := _thresholds(_with_category(_tests, ["DE"], "life"), [_de(_money("EUR", 100000), _none)])
	findings := g.genetic_thresholds with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["products", 0, "geneticThresholds", 0, "sumInsuredAbove"]
	f.message == "product `term-life` (life) uses genetic test results (`genetic-tests`) in DE with a sum-insured threshold below the law's (EUR 100000; the law: more than EUR 300000)"
}

# Each threshold declared must meet the law, not only one of them.
test_genetic_thresholds_fires_for_a_low_annual_benefit_beside_a_lawful_sum if {
	inp := _thresholds(_with_category(_tests, ["DE"], "life"), [_de(_money("EUR", 300000), _money("EUR", 10000))])
	{f.path | some f in g.genetic_thresholds} == {["products", 0, "geneticThresholds", 0, "annualBenefitAbove"]} with input as inp
}

# The Code's only exception is Huntington's disease.
test_genetic_thresholds_fires_for_uk_conditions_beyond_huntingtons if {
	inp := _thresholds(_with_category(_tests, ["GB"], "life"), [_gb(_money("GBP", 500000), ["Huntington's disease", "BRCA1"])])
	some f in g.genetic_thresholds with input as inp
	f.path == ["products", 0, "geneticThresholds", 0, "conditions"]
	f.message == "product `term-life` (life) uses genetic test results (`genetic-tests`) in GB for conditions other than Huntington's disease (Huntington's disease, BRCA1)"
}

test_genetic_thresholds_quiet_at_the_legal_thresholds if {
	inp := _thresholds(_with_category(_tests, ["DE", "GB"], "life"), [
		_de(_money("EUR", 300000), _money("EUR", 30000)),
		_gb(_money("GBP", 500000), ["Huntington's disease"]),
	])
	count(g.genetic_thresholds) == 0 with input as inp
}

# Motor cover is outside both exceptions: in Germany the ban applies, in the UK nothing.
test_genetic_thresholds_quiet_for_motor_cover if {
	count(g.genetic_thresholds) == 0 with input as _with_category(_tests, ["DE", "GB"], "motor")
}

test_genetic_thresholds_quiet_for_uk_critical_illness_cover if {
	count(g.genetic_thresholds) == 0 with input as _with_category(_tests, ["GB"], "critical-illness")
}

test_genetic_thresholds_quiet_on_the_reference if {
	count(g.genetic_thresholds) == 0 with input as baseline
}
