package art22.rules.processors_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.processors

# The reference's recipients: reinsurer (index 0, an independent controller) and
# policy-admin (index 1, a processor with a signed contract and an authorised
# sub-processor).

test_no_contract_fires_for_a_processor_without_contract if {
	inp := fixture.set_field(baseline, "recipients", "policy-admin", ["contract", "signed"], false)
	findings := processors.no_contract with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["recipients", 1, "contract"]
	f.message == "processor `policy-admin` (Example Admin Ltd) works without a signed Art. 28(3) contract"
	f.because == ["recipient `policy-admin` (policy-administrator) is a processor and receives `identity`, `contact`", "contract.signed is false"]
}

test_no_contract_fires_for_an_unauthorised_sub_processor if {
	inp := fixture.set_field(baseline, "recipients", "policy-admin", ["subProcessors", 0, "authorised"], false)
	findings := processors.no_contract with input as inp
	{f.path | some f in findings} == {["recipients", 1, "subProcessors", 0, "authorised"]}
	some f in findings
	f.because[1] == "sub-processor Example Cloud Ireland Ltd (hosting) of `policy-admin` is declared not authorised"
}

test_no_contract_fires_for_a_joint_controller_without_arrangement if {
	inp := fixture.change(baseline, "recipients", "reinsurer", {"role": "joint-controller"})
	some f in processors.no_contract with input as inp
	f.message == "joint-controller `reinsurer` (Example Re SE) works without a signed Art. 26 arrangement"
}

test_no_contract_quiet_on_the_reference if {
	count(processors.no_contract) == 0 with input as baseline
}

test_no_contract_quiet_for_an_independent_controller if {
	inp := fixture.set_field(baseline, "recipients", "reinsurer", ["contract", "signed"], false)
	count(processors.no_contract) == 0 with input as inp
}
