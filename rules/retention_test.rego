package art22.rules.retention_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.retention

# In the reference every category is kept 7 years, 6 months for declined applicants and 7
# years after the relationship ends, each with its reason; product term-life has a 6-year
# limitation period. Category indexes: identity 0, contact 1, age 2, smoking 3, build 4,
# medical-history 5, medical-reports 6.

_undeclared := {"declared": false, "hours": 0, "indefinite": false, "text": ""}

_no_reason := {"basis": "", "reference": ""}

_months(n) := {"declared": true, "hours": n * 730.5, "indefinite": false, "text": $"{n} months"}

_years(n) := {"declared": true, "hours": n * 8766, "indefinite": false, "text": $"{n} years"}

# ART5-1E-RETENTION

test_retention_fires_without_a_period if {
	inp := fixture.set_field(baseline, "dataCategories", "smoking", ["retention", "period", "declared"], false)
	findings := retention.retention with input as inp
	{f.path | some f in findings} == {["dataCategories", 3, "retention", "period"]}
	some f in findings
	f.message == "data category `smoking` has no retention period"
	f.because == ["`smoking` (health) is used by `life-underwriting`, `underwriting`", "retention.period is not declared"]
}

# AG2R La Mondiale: periods defined on paper, not applied by the systems.
test_retention_fires_when_data_cannot_be_erased if {
	inp := fixture.set_field(baseline, "dataCategories", "medical-history", ["retention", "deletion"], "not-possible")
	some f in retention.retention with input as inp
	f.path == ["dataCategories", 5, "retention", "deletion"]
	f.message == "data category `medical-history` cannot be erased by the systems that hold it"
}

test_retention_fires_without_a_period_for_declined_applicants if {
	inp := fixture.set_field(baseline, "dataCategories", "build", ["retention", "declinedApplicants", "declared"], false)
	some f in retention.retention with input as inp
	f.path == ["dataCategories", 4, "retention", "declinedApplicants"]
	f.because[1] == "retention.declinedApplicants is not declared, and `life-underwriting`, `underwriting` assess applications with it"
}

# Derived, not taken from the purpose's list: a category the underwriting decision reads
# assesses applications though the underwriting purpose does not list it. Quiet before
# the assessment was derived from the decisions too.
test_retention_fires_for_a_decision_input_without_a_period_for_declined_applicants if {
	inp := fixture.change(
		fixture.set_field(baseline, "dataCategories", "medical-history", ["retention", "declinedApplicants", "declared"], false),
		"purposes", "underwriting", {"categories": ["identity", "contact", "age", "smoking", "build", "medical-reports"]},
	)
	findings := retention.retention with input as inp
	{f.path | some f in findings} == {["dataCategories", 5, "retention", "declinedApplicants"]}
	some f in findings
	f.because[1] == "retention.declinedApplicants is not declared, and `life-underwriting` assess applications with it"
}

test_retention_fires_once_per_category_with_every_gap if {
	inp := fixture.set_field(
		fixture.set_field(baseline, "dataCategories", "smoking", ["retention", "period", "declared"], false),
		"dataCategories", "smoking", ["retention", "declinedApplicants", "declared"], false,
	)
	findings := retention.retention with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 3, "retention"]
	f.message == "data category `smoking` has no retention period; it is used to assess applications but has no retention period for declined applicants"
}

test_retention_fires_when_kept_indefinitely if {
	inp := fixture.set_field(baseline, "dataCategories", "identity", ["retention", "period", "indefinite"], true)
	some f in retention.retention with input as inp
	f.message == "data category `identity` is kept indefinitely"
}

test_retention_fires_when_kept_indefinitely_after_the_relationship_ends if {
	inp := fixture.set_field(baseline, "dataCategories", "contact", ["retention", "afterRelationshipEnds"], {"declared": true, "hours": 0, "indefinite": true, "text": "indefinite"})
	some f in retention.retention with input as inp
	f.path == ["dataCategories", 1, "retention", "afterRelationshipEnds"]
}

test_retention_quiet_on_the_reference if {
	count(retention.retention) == 0 with input as baseline
}

# Contact details are read by no underwriting decision and listed by no underwriting
# purpose here: no period for declined applicants is needed.
test_retention_quiet_without_declined_period_for_data_not_used_in_underwriting if {
	inp := fixture.change(
		fixture.set_field(baseline, "dataCategories", "contact", ["retention", "declinedApplicants", "declared"], false),
		"purposes", "underwriting", {"categories": ["identity", "age", "smoking", "build", "medical-history", "medical-reports"]},
	)
	count(retention.retention) == 0 with input as inp
}

test_retention_quiet_for_unused_data if {
	inp := fixture.add(baseline, "dataCategories", object.union(baseline.dataCategories[0], {
		"id": "hobbies", "about": "hobbies",
		"retention": {"period": _undeclared, "deletion": "not-possible"},
	}))
	count(retention.retention) == 0 with input as inp
}

# ART5-1E-RETENTION-EXCESS

# Driving data from a telematics box, kept 10 months, used to administer the policy.
_telematics(retention_patch) := fixture.change(
	fixture.add(baseline, "dataCategories", {
		"id": "telematics", "name": "Driving data from the telematics box", "about": "driving-behaviour",
		"class": "ordinary", "subjects": ["insured"], "sources": ["device"], "proxyFor": [],
		"optional": false, "collectedByDefault": false,
		"necessity": "The premium is reset on the last 10 months of driving.",
		"retention": object.union(
			{
				"period": _months(10), "declinedApplicants": _undeclared, "afterRelationshipEnds": _undeclared,
				"deletion": "automatic",
				"reasons": {"period": _no_reason, "declinedApplicants": _no_reason, "afterRelationshipEnds": _no_reason},
			},
			retention_patch,
		),
	}),
	"purposes", "administration", {"categories": ["identity", "contact", "telematics"]},
)

test_retention_excess_fires_for_telematics_kept_10_months_with_no_reason if {
	findings := retention.retention_excess with input as _telematics({})
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7, "retention", "reasons", "period"]
	f.message == "data category `telematics` is kept 10 months for customers with no reason"
	f.because == [
		"`telematics` (ordinary) is used by `administration`; retention.period is 10 months",
		"retention.reasons.period.basis is empty: no law, limitation period, claim, contract or need is given for it",
	]
}

test_retention_excess_quiet_for_telematics_with_a_reason if {
	inp := _telematics({"reasons": {"period": {
		"basis": "purpose-need",
		"reference": "Tariff rules TR-2026, section 3 (the premium is reset on the last 10 months of driving)",
	}}})
	count(retention.retention_excess) == 0 with input as inp
}

test_retention_excess_fires_for_a_basis_without_a_reference if {
	inp := _telematics({"reasons": {"period": {"basis": "purpose-need", "reference": " "}}})
	some f in retention.retention_excess with input as inp
	f.message == "data category `telematics` is kept 10 months for customers with basis purpose-need but no reference saying which"
	f.because[1] == "retention.reasons.period.reference is empty"
}

# Within the 6-year limitation period of term-life, the only product: the limitation
# period is the reason.
test_retention_excess_quiet_after_the_relationship_within_the_limitation_period if {
	inp := _telematics({
		"afterRelationshipEnds": _years(6),
		"reasons": {"period": {"basis": "purpose-need", "reference": "Tariff rules TR-2026, section 3"}},
	})
	count(retention.retention_excess) == 0 with input as inp
}

# The reference keeps identity data 7 years after the policy ends, a year beyond the
# limitation period; without its reason that year is unexplained.
test_retention_excess_fires_after_the_relationship_beyond_the_limitation_period if {
	inp := fixture.set_field(baseline, "dataCategories", "identity", ["retention", "reasons", "afterRelationshipEnds"], _no_reason)
	findings := retention.retention_excess with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 0, "retention", "reasons", "afterRelationshipEnds"]
	f.message == "data category `identity` is kept 7 years after the relationship ends with no reason, beyond what the limitation period explains"
	f.because[1] == "retention.reasons.afterRelationshipEnds.basis is empty, and the limitation period does not cover it: product `term-life` has a limitation period of 6 years"
}

test_retention_excess_quiet_after_the_relationship_within_the_limitation_period_of_the_decision_product if {
	inp := fixture.set_field(
		fixture.set_field(baseline, "dataCategories", "identity", ["retention", "reasons", "afterRelationshipEnds"], _no_reason),
		"dataCategories", "identity", ["retention", "afterRelationshipEnds"], _years(5),
	)
	count(retention.retention_excess) == 0 with input as inp
}

test_retention_excess_fires_when_the_product_declares_no_limitation_period if {
	inp := fixture.change(
		_telematics({
			"afterRelationshipEnds": _years(2),
			"reasons": {"period": {"basis": "purpose-need", "reference": "Tariff rules TR-2026, section 3"}},
		}),
		"products", "term-life", {"limitationPeriod": _undeclared},
	)
	some f in retention.retention_excess with input as inp
	f.path == ["dataCategories", 7, "retention", "reasons", "afterRelationshipEnds"]
	endswith(f.because[1], "product `term-life` declares no limitation period")
}

test_retention_excess_quiet_on_the_reference if {
	count(retention.retention_excess) == 0 with input as baseline
}

# An indefinite period is ART5-1E-RETENTION's; a period not declared has nothing to explain.
test_retention_excess_quiet_for_indefinite_or_undeclared_periods if {
	inp := _telematics({"period": {"declared": true, "hours": 0, "indefinite": true, "text": "indefinite"}})
	count(retention.retention_excess) == 0 with input as inp
}
