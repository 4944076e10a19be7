package art22.rules.security_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.security

# The reference's roles: medical-underwriters (index 0, health data, justified) and
# customer-service (index 1, identity and contact). Special categories in use: smoking,
# build, medical-history, medical-reports (health).

# inp with the role whose id is id merged with patch (roles are not a top-level section).
_with_role(inp, id, patch) := fixture.with_section(inp, ["access", "roles"], [_merged(r, id, patch) | some r in inp.access.roles])

_merged(r, id, patch) := object.union(r, patch) if r.id == id

_merged(r, id, _) := r if r.id != id

# ART32-ROLE-ACCESS

# VGZ and Menzis: marketing staff could read medical data.
test_role_access_fires_for_marketing_with_health_data if {
	inp := fixture.with_section(baseline, ["access", "roles"], array.concat(baseline.access.roles, [{
		"id": "marketing", "name": "Marketing", "function": "marketing",
		"categories": ["contact", "medical-history"], "justification": "Campaigns",
	}]))
	findings := security.role_access with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["access", "roles", 2, "categories"]
	f.message == "role `marketing` (marketing) can access special-category data (`medical-history`) although marketing does not need it"
	f.because[2] == "function marketing never needs special-category data"
}

test_role_access_fires_without_a_justification if {
	inp := _with_role(baseline, "medical-underwriters", {"justification": ""})
	{f.path | some f in security.role_access} == {["access", "roles", 0, "justification"]} with input as inp
}

# Derived, not labelled: smoking data declared ordinary is still health data, and
# customer service cannot see it without a reason.
test_role_access_fires_for_health_data_labelled_ordinary if {
	inp := _with_role(
		fixture.change(baseline, "dataCategories", "smoking", {"class": "ordinary"}),
		"customer-service", {"function": "sales", "categories": ["identity", "contact", "smoking"]},
	)
	some f in security.role_access with input as inp
	f.path == ["access", "roles", 1, "categories"]
	f.because[1] == "special categories among them: `smoking` (declared ordinary, but about smoking: health data, ART9-1-UNFLAGGED-HEALTH)"
}

test_role_access_quiet_on_the_reference if {
	count(security.role_access) == 0 with input as baseline
}

test_role_access_quiet_for_marketing_without_special_data if {
	inp := _with_role(baseline, "customer-service", {"function": "marketing"})
	count(security.role_access) == 0 with input as inp
}

# ART32-ACCESS-LOGGING

test_access_logging_fires_without_logging if {
	inp := fixture.with_section(baseline, ["access", "logging", "specialCategories"], false)
	findings := security.access_logging with input as inp
	{f.message | some f in findings} == {"special-category data is processed, but access to it is not logged"}
	some f in findings
	f.because[0] == "special categories in use: `build` (health), `medical-history` (health), `medical-reports` (health), `smoking` (health)"
}

test_access_logging_fires_without_reviews if {
	inp := fixture.with_section(baseline, ["access", "logging", "reviewed"], false)
	{f.message | some f in security.access_logging} == {"special-category data is processed, but the access logs are not reviewed"} with input as inp
}

test_access_logging_quiet_on_the_reference if {
	count(security.access_logging) == 0 with input as baseline
}

test_access_logging_quiet_without_special_categories if {
	ordinary := [object.union(c, {"class": "ordinary", "about": "identity"}) | some c in baseline.dataCategories]
	inp := fixture.with_section(
		fixture.with_section(baseline, ["dataCategories"], ordinary),
		["access", "logging", "specialCategories"], false,
	)
	count(security.access_logging) == 0 with input as inp
}

# ART32-CONTINUITY

# Insurer [B]: no plan for major failures.
test_continuity_fires_without_a_plan if {
	inp := fixture.with_section(baseline, ["security", "continuityPlan", "exists"], false)
	findings := security.continuity with input as inp
	{f.path | some f in findings} == {["security", "continuityPlan"]}
	some f in findings
	f.because[1] == "backups: taken true, restore tested true; backups alone are not a plan"
}

test_continuity_quiet_on_the_reference if {
	count(security.continuity) == 0 with input as baseline
}

# ART32-SECURITY-POLICY

# Insurer [B]: a procedures document whose scope is "All".
test_security_policy_fires_for_an_undefined_scope if {
	inp := fixture.with_section(baseline, ["security", "policy", "scopeDefined"], false)
	{f.message | some f in security.security_policy} == {"the security policy does not define its scope"} with input as inp
}

test_security_policy_fires_without_a_policy if {
	inp := fixture.with_section(baseline, ["security", "policy"], {"documented": false, "scopeDefined": false})
	{f.message | some f in security.security_policy} == {"there is no written security policy"} with input as inp
}

test_security_policy_quiet_on_the_reference if {
	count(security.security_policy) == 0 with input as baseline
}

# ART32-MISDIRECTED

# DKV: authorisations for medical tests e-mailed to the wrong person, again and again.
test_misdirected_fires_without_address_verification if {
	inp := fixture.with_section(baseline, ["security", "correspondence", "addressVerified"], false)
	findings := security.misdirected with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["security", "correspondence", "addressVerified"]
	f.message == "correspondence with special-category data is sent without verifying the recipient's address against the person's record"
	f.because[2] == "a report that correspondence reached the wrong person enters the breach procedure"
}

test_misdirected_fires_without_a_check_before_sending if {
	inp := fixture.with_section(baseline, ["security", "correspondence", "checkedBeforeSending"], false)
	findings := security.misdirected with input as inp
	{f.path | some f in findings} == {["security", "correspondence", "checkedBeforeSending"]}
}

# The breach side of the same send is reported once, by ART33-BREACH-PROCEDURE, and named here.
test_misdirected_fires_naming_the_breach_procedure_when_reports_are_not_breaches if {
	inp := fixture.with_section(baseline, ["security", "correspondence"], {
		"addressVerified": false, "checkedBeforeSending": true, "misdirectionIsBreach": false,
	})
	findings := security.misdirected with input as inp
	{f.path | some f in findings} == {["security", "correspondence", "addressVerified"]}
	some f in findings
	f.because[2] == "a report that correspondence reached the wrong person does not enter the breach procedure either (ART33-BREACH-PROCEDURE)"
}

test_misdirected_quiet_on_the_reference if {
	count(security.misdirected) == 0 with input as baseline
}

test_misdirected_quiet_when_only_the_breach_procedure_misses_misdirection if {
	inp := fixture.with_section(baseline, ["security", "correspondence", "misdirectionIsBreach"], false)
	count(security.misdirected) == 0 with input as inp
}

test_misdirected_quiet_without_special_categories if {
	ordinary := [object.union(c, {"class": "ordinary", "about": "identity"}) | some c in baseline.dataCategories]
	inp := fixture.with_section(
		fixture.with_section(baseline, ["dataCategories"], ordinary),
		["security", "correspondence"], {"addressVerified": false, "checkedBeforeSending": false, "misdirectionIsBreach": true},
	)
	count(security.misdirected) == 0 with input as inp
}

# ART25-DEFAULTS

test_defaults_fires_for_optional_health_data_on_by_default if {
	inp := fixture.change(baseline, "dataCategories", "build", {"optional": true, "collectedByDefault": true})
	findings := security.defaults with input as inp
	{f.path | some f in findings} == {["dataCategories", 4, "collectedByDefault"]}
	some f in findings
	f.message == "optional health data `build` is collected unless the person opts out"
}

test_defaults_quiet_for_optional_data_off_by_default if {
	inp := fixture.change(baseline, "dataCategories", "build", {"optional": true})
	count(security.defaults) == 0 with input as inp
}

test_defaults_quiet_on_the_reference if {
	count(security.defaults) == 0 with input as baseline
}
