package art22.rules.records_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.records

test_ropa_fires_without_a_record if {
	inp := fixture.with_section(baseline, ["controller", "recordOfProcessing", "maintained"], false)
	findings := records.ropa with input as inp
	{f.path | some f in findings} == {["controller", "recordOfProcessing"]}
	some f in findings
	f.message == "no record of processing activities is kept"
}

test_ropa_fires_for_a_record_nobody_can_find if {
	inp := fixture.with_section(baseline, ["controller", "recordOfProcessing", "reference"], "")
	{f.message | some f in records.ropa} == {"a record of processing activities is said to be kept, but not where"} with input as inp
}

test_ropa_quiet_on_the_reference if {
	count(records.ropa) == 0 with input as baseline
}
