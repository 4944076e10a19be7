package art22.rules.retention_test

import data.art22.fixture.baseline
import data.art22.rules.retention

test_retention_fires_without_a_period if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/3/retention/period/declared", "value": false}])
	findings := retention.retention with input as inp
	{f.path | some f in findings} == {["dataCategories", 3, "retention", "period"]}
	some f in findings
	f.message == "data category `smoking` has no retention period"
}

# The Bulgarian practice: records of inactive patients could only be marked inactive.
test_retention_fires_when_data_cannot_be_erased if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/5/retention/deletion", "value": "not-possible"}])
	some f in retention.retention with input as inp
	f.path == ["dataCategories", 5, "retention", "deletion"]
}

test_retention_fires_without_a_period_for_declined_applicants if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/4/retention/declinedApplicants/declared", "value": false}])
	some f in retention.retention with input as inp
	f.path == ["dataCategories", 4, "retention", "declinedApplicants"]
}

test_retention_fires_once_per_category_with_every_gap if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/dataCategories/3/retention/period/declared", "value": false},
		{"op": "replace", "path": "/dataCategories/3/retention/declinedApplicants/declared", "value": false},
	])
	findings := retention.retention with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 3, "retention"]
	f.message == "data category `smoking` has no retention period; it is used to assess applications but has no retention period for declined applicants"
}

test_retention_fires_when_kept_indefinitely if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/dataCategories/0/retention/period/indefinite", "value": true}])
	some f in retention.retention with input as inp
	f.message == "data category `identity` is kept indefinitely"
}

test_retention_quiet_on_the_reference if {
	count(retention.retention) == 0 with input as baseline
}

test_retention_quiet_without_declined_period_for_data_not_used_in_underwriting if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/dataCategories/1/retention/declinedApplicants/declared", "value": false},
		{"op": "replace", "path": "/purposes/0/categories", "value": ["identity", "age", "smoking", "build", "medical-history", "medical-reports"]},
	])
	count(retention.retention) == 0 with input as inp
}
