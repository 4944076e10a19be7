package art22.rules.special_categories_test

import data.art22.fixture.baseline
import data.art22.rules.special_categories as sc

test_no_condition_fires_when_none_is_declared if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/0/specialCategoryCondition", "value": ""}])
	findings := sc.no_condition with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 0, "specialCategoryCondition"]
	f.message == "purpose `underwriting` uses special-category data (`smoking`, `build`, `medical-history`, `medical-reports`) but declares no Art. 9(2) condition"
}

test_no_condition_fires_when_the_law_is_not_named if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/0/specialCategoryCondition", "value": "substantial-public-interest"}])
	findings := sc.no_condition with input as inp
	{f.path | some f in findings} == {["purposes", 0, "conditionLaw"]}
}

test_no_condition_fires_when_the_consent_is_not_explicit if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/explicit", "value": false}])
	findings := sc.no_condition with input as inp
	some f in findings
	f.path == ["purposes", 0, "consent"]
}

test_no_condition_fires_when_no_consent_is_named if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/0/consent", "value": ""}])
	findings := sc.no_condition with input as inp
	{f.path | some f in findings} == {["purposes", 0, "consent"]}
}

test_no_condition_quiet_on_the_reference if {
	count(sc.no_condition) == 0 with input as baseline
}

test_no_condition_quiet_for_ordinary_data if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/1/specialCategoryCondition", "value": ""}])
	count(sc.no_condition) == 0 with input as inp
}

test_no_condition_quiet_when_the_law_is_named if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/purposes/0/specialCategoryCondition", "value": "substantial-public-interest"},
		{"op": "replace", "path": "/purposes/0/conditionLaw", "value": "Icelandic Act 30/2004 on insurance contracts, art. 82"},
	])
	count(sc.no_condition) == 0 with input as inp
}

test_unflagged_health_fires_for_smoking_declared_ordinary if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/3/class", "value": "ordinary"}])
	findings := sc.unflagged_health with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 3, "class"]
	f.message == "data category `smoking` is about smoking but is classified ordinary"
}

test_unflagged_health_fires_for_a_genetic_test_declared_ordinary if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/5/about", "value": "genetic-test"}, {"op": "replace", "path": "/dataCategories/5/class", "value": "ordinary"}])
	some f in sc.unflagged_health with input as inp
	contains(f.because[0], "data about genetic-test is genetic or health data")
}

test_unflagged_health_quiet_on_the_reference if {
	count(sc.unflagged_health) == 0 with input as baseline
}

test_unflagged_health_quiet_for_a_genetic_test_declared_genetic if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/5/about", "value": "genetic-test"}, {"op": "replace", "path": "/dataCategories/5/class", "value": "genetic"}])
	count(sc.unflagged_health) == 0 with input as inp
}

# The Bulgarian practice: patient records handed to the successor's company.
successor := json.patch(baseline, [{"op": "add", "path": "/recipients/-", "value": object.union(baseline.recipients[0], {
	"id": "successor", "name": "Successor practice Ltd", "type": "successor",
	"categories": ["identity", "medical-history"], "legalBasis": "legitimate-interests", "specialCategoryCondition": "",
})}])

test_transfer_no_condition_fires_for_a_successor_without_condition if {
	findings := sc.transfer_no_condition with input as successor
	count(findings) == 1
	some f in findings
	f.path == ["recipients", 2, "specialCategoryCondition"]
	f.message == "recipient `successor` (controller) receives special-category data (`medical-history`) with no Art. 9(2) condition of its own"
}

test_transfer_no_condition_fires_without_the_law if {
	inp := json.patch(successor, [{"op": "replace", "path": "/recipients/2/specialCategoryCondition", "value": "health-or-social-care"}])
	{f.path | some f in sc.transfer_no_condition} == {["recipients", 2, "conditionLaw"]} with input as inp
}

test_transfer_no_condition_quiet_on_the_reference if {
	count(sc.transfer_no_condition) == 0 with input as baseline
}

test_transfer_no_condition_quiet_for_a_processor if {
	inp := json.patch(successor, [{"op": "replace", "path": "/recipients/2/role", "value": "processor"}])
	count(sc.transfer_no_condition) == 0 with input as inp
}
