package art22.rules.minimisation_test

import data.art22.fixture.baseline
import data.art22.rules.minimisation as m

test_unused_data_fires_for_a_category_nothing_uses if {
	inp := json.patch(baseline, [{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[0], {"id": "hobbies", "name": "Dangerous hobbies", "about": "hobbies"})}])
	findings := m.unused_data with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7]
	f.because == ["no purpose lists `hobbies` in its categories and no decision in its inputs or factors", "nothing else refers to it"]
}

test_unused_data_fires_when_only_a_role_sees_it if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/1/categories", "value": ["identity"]}, {"op": "replace", "path": "/purposes/0/categories", "value": ["identity", "age", "smoking", "build", "medical-history", "medical-reports"]}])
	findings := m.unused_data with input as inp
	some f in findings
	f.path == ["dataCategories", 1]
	f.because[1] == "it is only received or seen by `customer-service`, `policy-admin`"
}

test_unused_data_quiet_on_the_reference if {
	count(m.unused_data) == 0 with input as baseline
}

test_unused_data_quiet_for_a_decision_input if {
	inp := json.patch(baseline, [
		{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[0], {"id": "hobbies", "about": "hobbies"})},
		{"op": "add", "path": "/decisions/0/inputs/-", "value": "hobbies"},
	])
	count(m.unused_data) == 0 with input as inp
}

test_no_necessity_fires_without_a_statement if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/3/necessity", "value": "  "}])
	findings := m.no_necessity with input as inp
	{f.path | some f in findings} == {["dataCategories", 3, "necessity"]}
	some f in findings
	f.because == ["`smoking` (health) is used by `life-underwriting`, `underwriting` and its necessity is empty"]
}

test_no_necessity_quiet_on_the_reference if {
	count(m.no_necessity) == 0 with input as baseline
}

test_no_necessity_quiet_for_unused_data if {
	inp := json.patch(baseline, [{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[0], {"id": "hobbies", "about": "hobbies", "necessity": ""})}])
	count(m.no_necessity) == 0 with input as inp
}
