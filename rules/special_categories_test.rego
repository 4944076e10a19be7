package art22.rules.special_categories_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.special_categories as sc

# ART9-2-NO-CONDITION

test_no_condition_fires_when_none_is_declared if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"specialCategoryCondition": ""})
	findings := sc.no_condition with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 0, "specialCategoryCondition"]
	f.message == "purpose `underwriting` uses special-category data (`build`, `medical-history`, `medical-reports`, `smoking`) but declares no Art. 9(2) condition"
}

test_no_condition_fires_when_the_law_is_not_named if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"specialCategoryCondition": "substantial-public-interest"})
	findings := sc.no_condition with input as inp
	{f.path | some f in findings} == {["purposes", 0, "conditionLaw"]}
}

test_no_condition_fires_when_the_consent_is_not_explicit if {
	inp := fixture.change(baseline, "consents", "health-consent", {"explicit": false})
	some f in sc.no_condition with input as inp
	f.path == ["purposes", 0, "consent"]
	f.message == "purpose `underwriting` uses special-category data (`build`, `medical-history`, `medical-reports`, `smoking`) but consent `health-consent` is not explicit"
}

test_no_condition_fires_when_no_consent_is_named if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"consent": ""})
	findings := sc.no_condition with input as inp
	{f.path | some f in findings} == {["purposes", 0, "consent"]}
}

# The consent chain (Belgian APD 109/2024): consent to health data made a condition of a
# mortgage-rate discount is not freely given, so it is no Art. 9(2)(a) condition.
test_no_condition_fires_when_the_consent_is_a_condition_of_a_discount if {
	inp := fixture.change(baseline, "consents", "health-consent", {"conditionOf": {"what": "discount", "description": "mortgage rate discount", "necessary": false}})
	findings := sc.no_condition with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 0, "consent"]
	endswith(f.message, "but consent `health-consent` is not valid, so it has no Art. 9(2)(a) condition")
	f.because[1] == "consent `health-consent` is not valid: it is a condition of the discount, which does not need the processing (ART7-4-CONDITIONAL-CONSENT)"
}

test_no_condition_quiet_on_the_reference if {
	count(sc.no_condition) == 0 with input as baseline
}

test_no_condition_quiet_for_ordinary_data if {
	inp := fixture.change(baseline, "purposes", "administration", {"specialCategoryCondition": ""})
	count(sc.no_condition) == 0 with input as inp
}

test_no_condition_quiet_when_the_law_is_named if {
	inp := fixture.change(baseline, "purposes", "underwriting", {
		"specialCategoryCondition": "substantial-public-interest",
		"conditionLaw": "Icelandic Act 30/2004 on insurance contracts, art. 82",
	})
	count(sc.no_condition) == 0 with input as inp
}

# ART9-1-UNFLAGGED-HEALTH

test_unflagged_health_fires_for_smoking_declared_ordinary if {
	inp := fixture.change(baseline, "dataCategories", "smoking", {"class": "ordinary"})
	findings := sc.unflagged_health with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 3, "class"]
	f.message == "data category `smoking` is about smoking but is classified ordinary"
}

test_unflagged_health_fires_for_a_genetic_test_declared_ordinary if {
	inp := fixture.change(baseline, "dataCategories", "medical-history", {"about": "genetic-test", "class": "ordinary"})
	some f in sc.unflagged_health with input as inp
	contains(f.because[0], "data about genetic-test is genetic or health data")
}

test_unflagged_health_fires_for_religion_declared_ordinary if {
	inp := fixture.change(baseline, "dataCategories", "contact", {"about": "religion"})
	some f in sc.unflagged_health with input as inp
	contains(f.because[0], "data about religion is religious-or-philosophical-beliefs data")
}

test_unflagged_health_quiet_on_the_reference if {
	count(sc.unflagged_health) == 0 with input as baseline
}

test_unflagged_health_quiet_for_a_genetic_test_declared_genetic if {
	inp := fixture.change(baseline, "dataCategories", "medical-history", {"about": "genetic-test", "class": "genetic"})
	count(sc.unflagged_health) == 0 with input as inp
}

# ART9-2-TRANSFER-NO-CONDITION

# The Bulgarian practice: patient records handed to the successor's company.
_successor := fixture.add(baseline, "recipients", object.union(baseline.recipients[0], {
	"id": "successor", "name": "Successor practice Ltd", "type": "successor",
	"categories": ["identity", "medical-history"], "legalBasis": "legitimate-interests", "specialCategoryCondition": "",
}))

test_transfer_no_condition_fires_for_a_successor_without_condition if {
	findings := sc.transfer_no_condition with input as _successor
	count(findings) == 1
	some f in findings
	f.path == ["recipients", 2, "specialCategoryCondition"]
	f.message == "recipient `successor` (controller) receives special-category data (`medical-history`) with no Art. 9(2) condition of its own"
}

test_transfer_no_condition_fires_without_the_law if {
	inp := fixture.change(_successor, "recipients", "successor", {"specialCategoryCondition": "health-or-social-care"})
	{f.path | some f in sc.transfer_no_condition} == {["recipients", 2, "conditionLaw"]} with input as inp
}

test_transfer_no_condition_quiet_on_the_reference if {
	count(sc.transfer_no_condition) == 0 with input as baseline
}

test_transfer_no_condition_quiet_for_a_processor if {
	inp := fixture.change(_successor, "recipients", "successor", {"role": "processor"})
	count(sc.transfer_no_condition) == 0 with input as inp
}
