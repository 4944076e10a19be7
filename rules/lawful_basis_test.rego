package art22.rules.lawful_basis_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.lawful_basis as lb

# The reference's purposes: underwriting (contract; Art. 9(2)(a) with health-consent)
# and administration (contract); its recipients: reinsurer (controller, contract) and
# policy-admin (processor).

# ART6-1-NO-BASIS

test_no_basis_fires_without_a_basis if {
	inp := fixture.change(baseline, "purposes", "administration", {"legalBasis": ""})
	findings := lb.no_basis with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 1, "legalBasis"]
	f.message == "purpose `administration` has no Art. 6(1) basis"
}

test_no_basis_fires_for_a_legal_obligation_without_law if {
	inp := fixture.change(baseline, "purposes", "administration", {"legalBasis": "legal-obligation"})
	{f.path | some f in lb.no_basis} == {["purposes", 1, "legalBasisLaw"]} with input as inp
}

test_no_basis_fires_for_a_controller_recipient_without_basis if {
	inp := fixture.change(baseline, "recipients", "reinsurer", {"legalBasis": ""})
	some f in lb.no_basis with input as inp
	f.path == ["recipients", 0, "legalBasis"]
}

test_no_basis_fires_for_legitimate_interests_without_the_interest if {
	inp := fixture.change(baseline, "purposes", "administration", {"legalBasis": "legitimate-interests"})
	some f in lb.no_basis with input as inp
	f.path == ["purposes", 1, "legitimateInterest"]
}

test_no_basis_fires_for_consent_without_a_consent if {
	inp := fixture.change(baseline, "purposes", "administration", {"legalBasis": "consent"})
	some f in lb.no_basis with input as inp
	f.message == "purpose `administration` rests on consent but names no consent"
}

# The consent chain: a consent that is not valid is no Art. 6(1)(a) basis, and the
# finding names the root.
test_no_basis_fires_when_the_consent_relied_on_is_bundled if {
	inp := fixture.change(
		fixture.change(baseline, "purposes", "underwriting", {"legalBasis": "consent"}),
		"consents", "health-consent", {"mechanism": "privacy-acknowledgement"},
	)
	findings := lb.no_basis with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 0, "consent"]
	f.message == "purpose `underwriting` rests on consent `health-consent`, which is not valid, so it has no Art. 6(1)(a) basis"
	f.because[1] == "consent `health-consent` is not valid: it is given by privacy-acknowledgement, which is not a separate, specific act (ART7-2-BUNDLED-CONSENT)"
}

test_no_basis_fires_when_one_consent_backs_several_kinds_of_purpose if {
	inp := fixture.add(
		fixture.change(baseline, "purposes", "underwriting", {"legalBasis": "consent"}),
		"purposes", object.union(baseline.purposes[1], {
			"id": "marketing", "name": "Offers", "type": "marketing",
			"legalBasis": "consent", "consent": "health-consent",
		}),
	)
	findings := lb.no_basis with input as inp
	{f.path | some f in findings} == {["purposes", 0, "consent"], ["purposes", 2, "consent"]}
	some f in findings
	contains(f.because[1], "(ART7-GRANULAR-CONSENT)")
}

test_no_basis_quiet_on_the_reference if {
	count(lb.no_basis) == 0 with input as baseline
}

test_no_basis_quiet_for_a_processor_recipient if {
	inp := fixture.change(baseline, "recipients", "policy-admin", {"legalBasis": ""})
	count(lb.no_basis) == 0 with input as inp
}

test_no_basis_quiet_when_a_valid_consent_is_relied_on if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"legalBasis": "consent"})
	count(lb.no_basis) == 0 with input as inp
}

# ART6-1-BASIS-NECESSITY

test_basis_necessity_fires_for_optional_data_on_contract if {
	inp := fixture.change(baseline, "dataCategories", "build", {"optional": true})
	findings := lb.basis_necessity with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["purposes", 0, "categories", 4]
	f.message == "purpose `underwriting` rests on contract, but data category `build` is optional, so it is not necessary for the contract"
}

test_basis_necessity_fires_for_marketing_on_contract if {
	inp := fixture.change(baseline, "purposes", "administration", {"type": "marketing"})
	some f in lb.basis_necessity with input as inp
	f.path == ["purposes", 1, "legalBasis"]
	f.message == "purpose `administration` rests on contract, but marketing is not necessary to perform an insurance contract"
}

# A factor that discriminates without justification has no basis under contract.
test_basis_necessity_fires_for_an_unjustified_proxy_factor if {
	inp := fixture.add_factor(
		fixture.change(baseline, "dataCategories", "contact", {"about": "postcode"}),
		"life-underwriting", {
			"id": "postcode-loading", "category": "contact", "effect": "premium-loading", "appliedBy": "engine",
			"extent": "+10%", "cutoff": "", "decisive": false,
			"justification": {"statement": "Actuarially sound.", "evidence": "", "biasTest": {"date": "", "result": "", "groups": [], "reference": ""}},
		},
	)
	some f in lb.basis_necessity with input as inp
	f.path == ["purposes", 0, "categories", 1]
	f.message == "purpose `underwriting` rests on contract, but its decision `life-underwriting` rates people on factor `postcode-loading`, which uses ethnic-origin without justification"
	contains(f.because[1], "(ART5-1A-PROTECTED-PROXY)")
}

test_basis_necessity_quiet_on_the_reference if {
	count(lb.basis_necessity) == 0 with input as baseline
}

test_basis_necessity_quiet_for_optional_data_on_consent if {
	inp := fixture.change(
		fixture.change(baseline, "dataCategories", "build", {"optional": true}),
		"purposes", "underwriting", {"legalBasis": "consent"},
	)
	count(lb.basis_necessity) == 0 with input as inp
}

test_basis_necessity_quiet_for_a_justified_proxy_factor if {
	inp := fixture.add_factor(
		fixture.change(baseline, "dataCategories", "contact", {"about": "postcode"}),
		"life-underwriting", {
			"id": "postcode-loading", "category": "contact", "effect": "premium-loading", "appliedBy": "engine",
			"extent": "+10%", "cutoff": "", "decisive": false,
			"justification": {
				"statement": "Regional mortality differences.",
				"evidence": "Actuarial study AS-2025-4: regional mortality tables, 2015-2024",
				"biasTest": {"date": "2025-11-01", "result": "no-disparity", "groups": ["ethnic-origin"], "reference": "BT-2025-11"},
			},
		},
	)
	count(lb.basis_necessity) == 0 with input as inp
}

# ART6-1F-PROFILING-NO-OBJECTION

_profiling := fixture.change(baseline, "purposes", "administration", {
	"legalBasis": "legitimate-interests",
	"profiling": true,
	"legitimateInterest": object.union(baseline.purposes[1].legitimateInterest, {"interest": "Detecting fraud"}),
})

test_profiling_no_objection_fires_without_an_objection_route if {
	findings := lb.profiling_no_objection with input as _profiling
	{f.path | some f in findings} == {
		["purposes", 1, "legitimateInterest", "objectionChannels"],
		["purposes", 1, "legitimateInterest", "objectionToldAtFirstContact"],
	}
}

test_profiling_no_objection_quiet_with_an_objection_route if {
	inp := fixture.change(_profiling, "purposes", "administration", {"legitimateInterest": {
		"interest": "Detecting fraud", "balancing": "", "objectionChannels": ["online"], "objectionToldAtFirstContact": true,
	}})
	count(lb.profiling_no_objection) == 0 with input as inp
}

test_profiling_no_objection_quiet_without_profiling if {
	inp := fixture.change(_profiling, "purposes", "administration", {"profiling": false})
	count(lb.profiling_no_objection) == 0 with input as inp
}

test_profiling_no_objection_quiet_on_the_reference if {
	count(lb.profiling_no_objection) == 0 with input as baseline
}
