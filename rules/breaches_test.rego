package art22.rules.breaches_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.breaches

# The reference notifies within 72 hours, records every breach, takes in misdirected
# correspondence, tells people for special-categories, national-id-numbers, identity-data,
# contact-data, financial-data and large-scale, and its processor policy-admin (recipient
# index 1) reports within 24 hours.

_hours(n, text) := {"declared": true, "hours": n, "indefinite": false, "text": text}

_with_breach_response(inp, patch) := fixture.with_section(inp, ["security", "breachResponse"], object.union(inp.security.breachResponse, patch))

_with_criteria(inp, criteria) := fixture.with_section(inp, ["security", "breachResponse", "dataSubjects", "highRiskCriteria"], criteria)

# ART33-BREACH-PROCEDURE

test_breach_procedure_fires_for_a_notification_later_than_72_hours if {
	inp := _with_breach_response(baseline, {"notifyAuthorityWithin": _hours(120, "5 days")})
	findings := breaches.breach_procedure with input as inp
	{f.message | some f in findings} == {"the breach procedure notifies the supervisory authority within 5 days, later than 72 hours"}
}

test_breach_procedure_fires_without_a_procedure if {
	inp := _with_breach_response(baseline, {"procedure": false, "recordsAllBreaches": false})
	{f.path | some f in breaches.breach_procedure} == {["security", "breachResponse", "procedure"], ["security", "breachResponse", "recordsAllBreaches"]} with input as inp
}

test_breach_procedure_fires_without_a_notification_time if {
	inp := _with_breach_response(baseline, {"notifyAuthorityWithin": {"declared": false, "hours": 0, "indefinite": false, "text": ""}})
	{f.message | some f in breaches.breach_procedure} == {"the breach procedure sets no time for notifying the supervisory authority"} with input as inp
}

# DKV: a recipient's reports of other people's medical authorisations were redirected,
# never handled as a breach. The procedure exists on paper; misdirection never reaches it.
test_breach_procedure_fires_when_misdirected_correspondence_is_not_a_breach if {
	inp := fixture.with_section(baseline, ["security", "correspondence", "misdirectionIsBreach"], false)
	findings := breaches.breach_procedure with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["security", "correspondence", "misdirectionIsBreach"]
	f.message == "a report that correspondence reached the wrong person does not enter the breach procedure"
	f.because[1] == "special categories in use: `build` (health), `medical-history` (health), `medical-reports` (health), `smoking` (health); a misdirected send may disclose them (ART32-MISDIRECTED checks how they are sent)"
}

# Link4: a claim e-mail with ordinary data sent to the wrong person was a notifiable breach.
test_breach_procedure_fires_for_misdirection_without_special_categories if {
	ordinary := [object.union(c, {"class": "ordinary", "about": "identity"}) | some c in baseline.dataCategories]
	inp := fixture.with_section(
		fixture.with_section(baseline, ["dataCategories"], ordinary),
		["security", "correspondence", "misdirectionIsBreach"], false,
	)
	some f in breaches.breach_procedure with input as inp
	f.because[1] == "a misdirected letter or e-mail discloses personal data to someone not entitled to it (Art. 4(12))"
}

test_breach_procedure_quiet_on_the_reference if {
	count(breaches.breach_procedure) == 0 with input as baseline
}

test_breach_procedure_quiet_for_a_notification_within_48_hours if {
	inp := _with_breach_response(baseline, {"notifyAuthorityWithin": _hours(48, "48 hours")})
	count(breaches.breach_procedure) == 0 with input as inp
}

# ART34-DATA-SUBJECTS

test_data_subjects_fires_without_criteria if {
	inp := _with_criteria(baseline, [])
	findings := breaches.data_subjects with input as inp
	{f.path | some f in findings} == {["security", "breachResponse", "dataSubjects", "highRiskCriteria"]}
	some f in findings
	f.message == "the breach procedure has no criteria for when people must be told of a breach"
}

test_data_subjects_fires_without_channels if {
	inp := fixture.with_section(baseline, ["security", "breachResponse", "dataSubjects", "channels"], [])
	{f.path | some f in breaches.data_subjects} == {["security", "breachResponse", "dataSubjects", "channels"]} with input as inp
}

# Viamedis and Almerys: processors in the chain must report promptly.
test_data_subjects_fires_for_a_processor_without_a_deadline if {
	inp := fixture.set_field(baseline, "recipients", "policy-admin", ["notifiesBreachWithin", "declared"], false)
	findings := breaches.data_subjects with input as inp
	{f.message | some f in findings} == {"processor `policy-admin` is not required to report breaches to the controller within a set time"}
	some f in findings
	f.path == ["recipients", 1, "notifiesBreachWithin"]
}

test_data_subjects_fires_for_a_processor_reporting_late if {
	inp := fixture.change(baseline, "recipients", "policy-admin", {"notifiesBreachWithin": _hours(168, "1 week")})
	{f.message | some f in breaches.data_subjects} == {"processor `policy-admin` reports breaches to the controller only within 1 week, too late for the controller's 72 hours"} with input as inp
}

test_data_subjects_quiet_on_the_reference if {
	count(breaches.data_subjects) == 0 with input as baseline
}

test_data_subjects_quiet_for_an_independent_controller_without_a_deadline if {
	inp := fixture.set_field(baseline, "recipients", "reinsurer", ["notifiesBreachWithin", "declared"], false)
	count(breaches.data_subjects) == 0 with input as inp
}

# ART34-HIGH-RISK-CRITERIA

# Viamedis and Almerys: civil status and social security numbers leaked, no medical data;
# a procedure that tells people only of a breach of health data would not tell them.
_health_only := _with_criteria(
	fixture.add(baseline, "dataCategories", object.union(baseline.dataCategories[0], {
		"id": "social-security-number", "name": "Social security number", "about": "national-id",
	})),
	["special-categories"],
)

test_high_risk_criteria_fires_for_a_procedure_telling_people_only_of_health_data if {
	findings := breaches.high_risk_criteria with input as _health_only
	count(findings) == 1
	some f in findings
	f.path == ["security", "breachResponse", "dataSubjects", "highRiskCriteria"]
	f.message == "the breach procedure tells people of a breach only for special-categories, not of a breach of contact-data, identity-data, national-id-numbers, which the data held exposes"
	f.because == [
		"security.breachResponse.dataSubjects.highRiskCriteria is special-categories",
		"contact-data: `contact`, whose leak exposes people to phishing",
		"identity-data: `identity`, whose leak exposes people to phishing and identity fraud",
		"national-id-numbers: `social-security-number`, whose leak exposes people to identity fraud",
	]
}

# Health data labelled ordinary is still exposed as a special category.
test_high_risk_criteria_fires_for_health_data_labelled_ordinary if {
	ordinary := [object.union(c, {"class": "ordinary"}) | some c in baseline.dataCategories]
	inp := _with_criteria(fixture.with_section(baseline, ["dataCategories"], ordinary), ["identity-data", "contact-data"])
	some f in breaches.high_risk_criteria with input as inp
	startswith(f.because[1], "special-categories: `build` (declared ordinary, but about build: health data, ART9-1-UNFLAGGED-HEALTH)")
}

test_high_risk_criteria_quiet_on_the_reference if {
	count(breaches.high_risk_criteria) == 0 with input as baseline
}

test_high_risk_criteria_quiet_when_every_kind_of_data_held_is_a_criterion if {
	inp := _with_criteria(_health_only, ["special-categories", "identity-data", "contact-data", "national-id-numbers"])
	count(breaches.high_risk_criteria) == 0 with input as inp
}

# Empty criteria are ART34-DATA-SUBJECTS' finding, reported once.
test_high_risk_criteria_quiet_without_criteria if {
	inp := _with_criteria(baseline, [])
	count(breaches.high_risk_criteria) == 0 with input as inp
}
