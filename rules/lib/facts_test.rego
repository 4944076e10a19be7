package art22.lib_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.lib

_d := "life-underwriting"

_meaningful := {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}

# within_art22

test_within_art22_declared_on_the_reference if {
	w := lib.within_art22[_d] with input as baseline
	w.outcomes == ["premium-loading"]
	[r.kind | some r in w.reasons] == ["declared"]
}

test_within_art22_engine_decided_though_declared_decision_support if {
	inp := fixture.change(baseline, "decisions", _d, {"automation": "decision-support", "humanReview": _meaningful})
	w := lib.within_art22[_d] with input as inp
	[r.kind | some r in w.reasons] == ["engine-decided"]
	w.reasons[0].rule == "ART22-1-MISCLASSIFIED"
}

test_within_art22_token_human_reaches_the_human_outcomes if {
	inp := fixture.change(baseline, "decisions", _d, {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "decline", "decidedBy": "human"}, {"type": "exclusion", "decidedBy": "human"}],
		"humanReview": object.union(_meaningful, {"competent": false}),
	})
	w := lib.within_art22[_d] with input as inp
	w.outcomes == ["decline", "exclusion"]
	w.reasons[0].text == "the human said to decide decline, exclusion is not declared competent to assess the case (ART22-1-TOKEN-HUMAN)"
}

test_within_art22_decisive_score if {
	inp := fixture.with_factor(
		fixture.change(baseline, "decisions", _d, {
			"automation": "decision-support", "humanReview": _meaningful,
			"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}],
		}),
		_d, "smoker-loading", {"decisive": true, "effect": "decline"},
	)
	w := lib.within_art22[_d] with input as inp
	w.outcomes == ["decline"]
	w.reasons[0].kind == "decisive-score"
}

# A solely automated route that only ever grants the request in full is outside.
test_within_art22_not_for_favourable_only if {
	inp := fixture.change(baseline, "decisions", _d, {"outcomes": [
		{"type": "accept", "decidedBy": "engine"},
		{"type": "premium-loading", "decidedBy": "human"},
	]})
	not lib.within_art22[_d] with input as inp
}

# A meaningful human who decides every adverse outcome: outside.
test_within_art22_not_for_a_meaningful_human if {
	inp := fixture.change(baseline, "decisions", _d, {
		"automation": "decision-support", "humanReview": _meaningful,
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "decline", "decidedBy": "human"}],
	})
	not lib.within_art22[_d] with input as inp
}

# steering and needs_governance

test_steering_for_an_engine_selecting_investigations if {
	inp := fixture.change(baseline, "decisions", _d, {
		"automation": "decision-support", "humanReview": _meaningful,
		"outcomes": [{"type": "investigation", "decidedBy": "engine"}, {"type": "decline", "decidedBy": "human"}],
	})
	lib.steering[_d] == ["investigation"] with input as inp
	lib.needs_governance[_d] == "its engine selects people for investigation" with input as inp
}

test_steering_not_for_the_reference if {
	not lib.steering[_d] with input as baseline
	lib.needs_governance[_d] == "within Art. 22(1)" with input as baseline
}

# consents

test_consent_valid_on_the_reference if {
	lib.consent_valid("adm-consent") with input as baseline
	lib.explicit_consent_valid("health-consent") with input as baseline
}

test_consent_defects_collect_every_ground if {
	inp := fixture.change(baseline, "consents", "health-consent", {
		"mechanism": "implied",
		"conditionOf": {"what": "contract", "description": "", "necessary": false},
	})
	{x.rule | some x in lib.consent_defects["health-consent"]} == {"ART7-2-BUNDLED-CONSENT", "ART7-4-CONDITIONAL-CONSENT"} with input as inp
	not lib.consent_valid("health-consent") with input as inp
	lib.consent_invalid_rules("health-consent") == ["ART7-2-BUNDLED-CONSENT", "ART7-4-CONDITIONAL-CONSENT"] with input as inp
}

test_consent_families_join_purposes_and_decisions if {
	inp := fixture.change(baseline, "purposes", "administration", {"legalBasis": "consent", "consent": "adm-consent"})
	lib.consent_families["adm-consent"] == {"administration", "underwriting"} with input as inp
	some x in lib.consent_defects["adm-consent"] with input as inp
	x.rule == "ART7-GRANULAR-CONSENT"
}

test_explicit_consent_not_valid_when_not_explicit if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"explicit": false})
	lib.consent_valid("adm-consent") with input as inp
	not lib.explicit_consent_valid("adm-consent") with input as inp
}

# protected factors

_factor(category, justification) := fixture.add_factor(baseline, _d, {
	"id": "f", "category": category, "effect": "premium-loading", "appliedBy": "engine",
	"extent": "", "cutoff": "", "decisive": false, "justification": justification,
})

_no_justification := {"statement": "", "evidence": "", "biasTest": {"date": "", "result": "", "groups": [], "reference": ""}}

_justified(groups) := {
	"statement": "Flood risk by area.",
	"evidence": "National flood map 2025; claims study CS-2025-2",
	"biasTest": {"date": "2025-10-01", "result": "no-disparity", "groups": groups, "reference": "BT-7"},
}

test_protected_factor_derived_from_postcode if {
	inp := fixture.change(_factor("contact", _no_justification), "dataCategories", "contact", {"about": "postcode"})
	pf := lib.protected_factor.f with input as inp
	pf.derived == ["ethnic-origin"]
	pf.direct == []
	not pf.justified
}

test_protected_factor_statement_alone_justifies_nothing if {
	inp := fixture.change(
		_factor("contact", object.union(_no_justification, {"statement": "Actuarially sound."})),
		"dataCategories", "contact", {"about": "postcode"},
	)
	pf := lib.protected_factor.f with input as inp
	not pf.justified
	"no actuarial or statistical evidence is given (justification.evidence is empty)" in pf.defects
}

test_protected_factor_justified_with_evidence_and_a_covering_bias_test if {
	inp := fixture.change(_factor("contact", _justified(["ethnic-origin"])), "dataCategories", "contact", {"about": "postcode"})
	pf := lib.protected_factor.f with input as inp
	pf.justified
}

test_protected_factor_bias_test_must_cover_the_characteristic if {
	inp := fixture.change(_factor("contact", _justified(["sex"])), "dataCategories", "contact", {"about": "postcode"})
	pf := lib.protected_factor.f with input as inp
	pf.defects == ["its bias test does not cover ethnic-origin"]
}

test_protected_factor_stale_bias_test if {
	inp := fixture.change(
		_factor("contact", object.union(_justified(["ethnic-origin"]), {"biasTest": {"date": "2023-01-01", "result": "no-disparity", "groups": ["ethnic-origin"], "reference": ""}})),
		"dataCategories", "contact", {"about": "postcode"},
	)
	pf := lib.protected_factor.f with input as inp
	pf.defects == ["its bias test of 2023-01-01 is older than 1 year"]
}

test_protected_factor_nationality_never_justified if {
	inp := fixture.change(_factor("contact", _justified(["nationality"])), "dataCategories", "contact", {"about": "nationality"})
	pf := lib.protected_factor.f with input as inp
	pf.defects == ["direct use of nationality is never justified"]
}

test_protected_factor_nationality_for_a_legal_duty if {
	inp := fixture.change(
		fixture.change(_factor("contact", _justified(["nationality"])), "dataCategories", "contact", {"about": "nationality"}),
		"purposes", "underwriting", {"type": "legal-compliance"},
	)
	pf := lib.protected_factor.f with input as inp
	pf.justified
}

test_protected_factor_declared_proxy if {
	inp := fixture.change(_factor("contact", _no_justification), "dataCategories", "contact", {"proxyFor": ["religion", "age"]})
	pf := lib.protected_factor.f with input as inp
	pf.declared == ["religion"]
}

test_protected_factor_none_for_ordinary_factors if {
	not lib.protected_factor["smoker-loading"] with input as baseline
}

# bases

test_basis_valid_on_the_reference if {
	lib.basis_valid("underwriting") with input as baseline
	lib.basis_valid("administration") with input as baseline
}

test_art22_4_condition_needs_a_valid_explicit_consent if {
	lib.art22_4_condition("underwriting") with input as baseline
	inp := fixture.change(baseline, "consents", "health-consent", {"mechanism": "bundled-with-terms"})
	not lib.art22_4_condition("underwriting") with input as inp
}

# A score computed from country of birth stands in for what that stands in for.
test_protected_factor_looks_through_derived_scores if {
	inp := fixture.add(
		fixture.change(_factor("contact", _no_justification), "dataCategories", "contact", {"about": "credit-score", "derivedFrom": ["origin"]}),
		"dataCategories", object.union(baseline.dataCategories[0], {"id": "origin", "name": "Country of birth", "about": "country-of-birth", "derivedFrom": ["contact"]}),
	)
	pf := lib.protected_factor.f with input as inp
	pf.derived == ["ethnic-origin", "nationality"]
	not pf.justified
}
