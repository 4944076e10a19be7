package art22.rules.records_test

import data.art22.fixture.baseline
import data.art22.rules.records

test_ropa_fires_without_a_record if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/controller/recordOfProcessing/maintained", "value": false}])
	{f.path | some f in records.ropa} == {["controller", "recordOfProcessing"]} with input as inp
}

test_ropa_quiet_on_the_reference if {
	count(records.ropa) == 0 with input as baseline
}
