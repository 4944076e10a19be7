package art22.rules.breaches_test

import data.art22.fixture.baseline
import data.art22.rules.breaches

test_breach_procedure_fires_for_a_notification_later_than_72_hours if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/security/breachResponse/notifyAuthorityWithin", "value": {"text": "5 days", "hours": 120, "indefinite": false, "declared": true}}])
	findings := breaches.breach_procedure with input as inp
	{f.message | some f in findings} == {"the breach procedure notifies the supervisory authority within 5 days, later than 72 hours"}
}

test_breach_procedure_fires_without_a_procedure if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/security/breachResponse/procedure", "value": false}, {"op": "replace", "path": "/security/breachResponse/recordsAllBreaches", "value": false}])
	{f.path | some f in breaches.breach_procedure} == {["security", "breachResponse", "procedure"], ["security", "breachResponse", "recordsAllBreaches"]} with input as inp
}

test_breach_procedure_quiet_on_the_reference if {
	count(breaches.breach_procedure) == 0 with input as baseline
}

test_data_subjects_fires_without_criteria if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/security/breachResponse/dataSubjects/highRiskCriteria", "value": ""}])
	{f.path | some f in breaches.data_subjects} == {["security", "breachResponse", "dataSubjects", "highRiskCriteria"]} with input as inp
}

# Viamedis and Almerys: processors in the chain must report promptly.
test_data_subjects_fires_for_a_processor_without_a_deadline if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/1/notifiesBreachWithin/declared", "value": false}])
	findings := breaches.data_subjects with input as inp
	{f.message | some f in findings} == {"processor `policy-admin` is not required to report breaches to the controller within a set time"}
}

test_data_subjects_quiet_on_the_reference if {
	count(breaches.data_subjects) == 0 with input as baseline
}
