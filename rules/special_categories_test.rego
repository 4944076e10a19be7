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
