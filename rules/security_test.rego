package art22.rules.security_test

import data.art22.fixture.baseline
import data.art22.rules.security

# VGZ and Menzis: marketing staff could read medical data.
test_role_access_fires_for_marketing_with_health_data if {
	inp := json.patch(baseline, [{"op": "add", "path": "/access/roles/-", "value": {"id": "marketing", "name": "Marketing", "function": "marketing", "categories": ["contact", "medical-history"], "justification": "Campaigns"}}])
	findings := security.role_access with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["access", "roles", 2, "categories"]
	f.message == "role `marketing` (marketing) can access special-category data (`medical-history`) although marketing does not need it"
}

test_role_access_fires_without_a_justification if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/access/roles/0/justification", "value": ""}])
	{f.path | some f in security.role_access} == {["access", "roles", 0, "justification"]} with input as inp
}

test_role_access_quiet_on_the_reference if {
	count(security.role_access) == 0 with input as baseline
}

test_access_logging_fires_without_logging if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/access/logging/specialCategories", "value": false}])
	{f.message | some f in security.access_logging} == {"special-category data is processed, but access to it is not logged"} with input as inp
}

test_access_logging_fires_without_reviews if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/access/logging/reviewed", "value": false}])
	count(security.access_logging) == 1 with input as inp
}

test_access_logging_quiet_on_the_reference if {
	count(security.access_logging) == 0 with input as baseline
}

test_access_logging_quiet_without_special_categories if {
	ordinary := [object.union(c, {"class": "ordinary", "about": "identity"}) | some c in baseline.dataCategories]
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories", "value": ordinary}, {"op": "replace", "path": "/access/logging/specialCategories", "value": false}])
	count(security.access_logging) == 0 with input as inp
}

# Insurer [B]: no plan for major failures.
test_continuity_fires_without_a_plan if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/security/continuityPlan/exists", "value": false}])
	{f.path | some f in security.continuity} == {["security", "continuityPlan"]} with input as inp
}

test_continuity_quiet_on_the_reference if {
	count(security.continuity) == 0 with input as baseline
}

# Insurer [B]: a procedures document whose scope is "All".
test_security_policy_fires_for_an_undefined_scope if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/security/policy/scopeDefined", "value": false}])
	{f.message | some f in security.security_policy} == {"the security policy does not define its scope"} with input as inp
}

test_security_policy_quiet_on_the_reference if {
	count(security.security_policy) == 0 with input as baseline
}

test_defaults_fires_for_optional_health_data_on_by_default if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/4/optional", "value": true}, {"op": "replace", "path": "/dataCategories/4/collectedByDefault", "value": true}])
	{f.path | some f in security.defaults} == {["dataCategories", 4, "collectedByDefault"]} with input as inp
}

test_defaults_quiet_for_optional_data_off_by_default if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/4/optional", "value": true}])
	count(security.defaults) == 0 with input as inp
}

test_defaults_quiet_on_the_reference if {
	count(security.defaults) == 0 with input as baseline
}
