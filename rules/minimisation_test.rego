package art22.rules.minimisation_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.minimisation as m

# Dangerous hobbies: a category of the reference's shape that nothing uses.
_hobbies(patch) := fixture.add(baseline, "dataCategories", object.union(
	object.union(baseline.dataCategories[0], {"id": "hobbies", "name": "Dangerous hobbies", "about": "hobbies"}),
	patch,
))

# ART5-1C-UNUSED-DATA

test_unused_data_fires_for_a_category_nothing_uses if {
	findings := m.unused_data with input as _hobbies({})
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7]
	f.message == "data category `hobbies` (Dangerous hobbies) is collected but no purpose or decision uses it"
	f.because == ["no purpose lists `hobbies` in its categories and no decision in its inputs or factors", "nothing else refers to it"]
}

test_unused_data_fires_when_only_a_role_sees_it if {
	inp := fixture.change(
		fixture.change(baseline, "purposes", "administration", {"categories": ["identity"]}),
		"purposes", "underwriting", {"categories": ["identity", "age", "smoking", "build", "medical-history", "medical-reports"]},
	)
	some f in m.unused_data with input as inp
	f.path == ["dataCategories", 1]
	f.because[1] == "it is only received or seen by `customer-service`, `policy-admin`"
}

test_unused_data_quiet_on_the_reference if {
	count(m.unused_data) == 0 with input as baseline
}

test_unused_data_quiet_for_a_decision_input if {
	inp := fixture.change(_hobbies({}), "decisions", "life-underwriting", {"inputs": ["identity", "age", "smoking", "build", "medical-history", "hobbies"]})
	count(m.unused_data) == 0 with input as inp
}

# ART5-1C-NO-NECESSITY

test_no_necessity_fires_without_a_statement if {
	inp := fixture.change(baseline, "dataCategories", "smoking", {"necessity": "  "})
	findings := m.no_necessity with input as inp
	{f.path | some f in findings} == {["dataCategories", 3, "necessity"]}
	some f in findings
	f.because == ["`smoking` (health) is used by `life-underwriting`, `underwriting` and its necessity is empty"]
}

test_no_necessity_quiet_on_the_reference if {
	count(m.no_necessity) == 0 with input as baseline
}

test_no_necessity_quiet_for_unused_data if {
	count(m.no_necessity) == 0 with input as _hobbies({"necessity": ""})
}
