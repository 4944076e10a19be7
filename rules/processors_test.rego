package art22.rules.processors_test

import data.art22.fixture.baseline
import data.art22.rules.processors

test_no_contract_fires_for_a_processor_without_contract if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/1/contract/signed", "value": false}])
	findings := processors.no_contract with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["recipients", 1, "contract"]
	f.message == "processor `policy-admin` (Example Admin Ltd) works without a signed Art. 28(3) contract"
}

test_no_contract_fires_for_an_unauthorised_sub_processor if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/1/subProcessors/0/authorised", "value": false}])
	{f.path | some f in processors.no_contract} == {["recipients", 1, "subProcessors", 0, "authorised"]} with input as inp
}

test_no_contract_fires_for_a_joint_controller_without_arrangement if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/0/role", "value": "joint-controller"}])
	some f in processors.no_contract with input as inp
	contains(f.message, "Art. 26 arrangement")
}

test_no_contract_quiet_on_the_reference if {
	count(processors.no_contract) == 0 with input as baseline
}

test_no_contract_quiet_for_an_independent_controller if {
	count(processors.no_contract) == 0 with input as json.patch(baseline, [{"op": "replace", "path": "/recipients/0/contract/signed", "value": false}])
}
