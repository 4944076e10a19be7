package art22.rules.lawful_basis_test

import data.art22.fixture.baseline
import data.art22.rules.lawful_basis as lb

test_no_basis_fires_without_a_basis if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/1/legalBasis", "value": ""}])
	findings := lb.no_basis with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 1, "legalBasis"]
	f.message == "purpose `administration` has no Art. 6(1) basis"
}

test_no_basis_fires_for_a_legal_obligation_without_law if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/1/legalBasis", "value": "legal-obligation"}])
	{f.path | some f in lb.no_basis} == {["purposes", 1, "legalBasisLaw"]} with input as inp
}

test_no_basis_fires_for_a_controller_recipient_without_basis if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/0/legalBasis", "value": ""}])
	some f in lb.no_basis with input as inp
	f.path == ["recipients", 0, "legalBasis"]
}

test_no_basis_fires_for_legitimate_interests_without_the_interest if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/purposes/1/legalBasis", "value": "legitimate-interests"}])
	some f in lb.no_basis with input as inp
	f.path == ["purposes", 1, "legitimateInterest"]
}

test_no_basis_quiet_on_the_reference if {
	count(lb.no_basis) == 0 with input as baseline
}

test_no_basis_quiet_for_a_processor_recipient if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/recipients/1/legalBasis", "value": ""}])
	count(lb.no_basis) == 0 with input as inp
}

profiling := json.patch(baseline, [
	{"op": "replace", "path": "/purposes/1/legalBasis", "value": "legitimate-interests"},
	{"op": "replace", "path": "/purposes/1/profiling", "value": true},
	{"op": "replace", "path": "/purposes/1/legitimateInterest/interest", "value": "Detecting fraud"},
])

test_profiling_no_objection_fires_without_an_objection_route if {
	findings := lb.profiling_no_objection with input as profiling
	{f.path | some f in findings} == {["purposes", 1, "legitimateInterest", "objectionChannels"], ["purposes", 1, "legitimateInterest", "objectionToldAtFirstContact"]}
}

test_profiling_no_objection_quiet_with_an_objection_route if {
	inp := json.patch(profiling, [
		{"op": "replace", "path": "/purposes/1/legitimateInterest/objectionChannels", "value": ["online"]},
		{"op": "replace", "path": "/purposes/1/legitimateInterest/objectionToldAtFirstContact", "value": true},
	])
	count(lb.profiling_no_objection) == 0 with input as inp
}

test_profiling_no_objection_quiet_without_profiling if {
	inp := json.patch(profiling, [{"op": "replace", "path": "/purposes/1/profiling", "value": false}])
	count(lb.profiling_no_objection) == 0 with input as inp
}

test_profiling_no_objection_quiet_on_the_reference if {
	count(lb.profiling_no_objection) == 0 with input as baseline
}
