package art22.rules.accuracy_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.accuracy

# In the reference only medical-reports comes from others (the applicant's doctor).

_rectification(patch) := fixture.with_section(baseline, ["rights", "rectification"], object.union(baseline.rights.rectification, patch))

test_no_correction_fires_without_rectification if {
	inp := _rectification({"available": false})
	findings := accuracy.no_correction with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["rights", "rectification"]
	f.message == "data obtained from others (`medical-reports`) is used, but no way to have data corrected is declared"
	f.because[0] == "categories from sources other than the person: `medical-reports` (doctors)"
}

test_no_correction_fires_when_third_party_data_is_excluded if {
	inp := _rectification({"includesThirdPartyData": false})
	some f in accuracy.no_correction with input as inp
	endswith(f.message, "corrections do not extend to data obtained from others")
}

# Derived, not labelled: a credit score declared as derived data is still established by
# a third party.
test_no_correction_fires_for_a_credit_score_declared_derived if {
	with_score := fixture.add(
		fixture.set_field(_rectification({"includesThirdPartyData": false}), "dataCategories", "medical-reports", ["sources"], ["data-subject"]),
		"dataCategories", object.union(baseline.dataCategories[0], {"id": "credit-score", "name": "Credit score", "about": "credit-score", "sources": ["derived"]}),
	)
	inp := fixture.change(with_score, "purposes", "administration", {"categories": ["identity", "contact", "credit-score"]})
	findings := accuracy.no_correction with input as inp
	count(findings) == 1
	some f in findings
	f.message == "data obtained from others (`credit-score`) is used, but corrections do not extend to data obtained from others"
	f.because[0] == "categories from sources other than the person: `credit-score` (a credit score, established by others though declared from derived)"
}

test_no_correction_quiet_on_the_reference if {
	count(accuracy.no_correction) == 0 with input as baseline
}

test_no_correction_quiet_when_all_data_comes_from_the_person if {
	inp := fixture.set_field(_rectification({"available": false}), "dataCategories", "medical-reports", ["sources"], ["data-subject"])
	count(accuracy.no_correction) == 0 with input as inp
}
