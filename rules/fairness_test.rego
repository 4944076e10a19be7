package art22.rules.fairness_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.fairness

# The reference: decision life-underwriting (solely automated) loads the premium through
# factors smoker-loading and build-loading, both shown on decision-notice.

# ---------------------------------------------------------------------------
# ART5-1A-FACTOR-NOT-DISCLOSED

# TM (case 2024020415, paras 9, 23): the certificate shown at the decision says only
# "Reykir: Já" (Smoker: yes).
_tm_certificate := fixture.change(baseline, "disclosures", "decision-notice", {
	"name": "Policy certificate", "kind": "policy-certificate",
	"text": "Reykir: Já (Smoker: yes)", "covers": [],
})

test_factor_not_disclosed_fires_on_the_tm_certificate if {
	findings := fairness.factor_not_disclosed with input as _tm_certificate
	{f.path | some f in findings} == {["decisions", 0, "factors", 0], ["decisions", 0, "factors", 1]}
	some f in findings
	f.path == ["decisions", 0, "factors", 0]
	f.message == "factor `smoker-loading` loads the premium automatically, but no text shown at the decision says that it applied or to what extent"
	f.because == [
		"factor `smoker-loading` (data category `smoking`) loads the premium in decision `life-underwriting`, applied by the engine with no human review (extent declared: +60% of the standard premium)",
		"shown at the decision: `decision-notice`; none of them says factor-applied or factor-extent for `smoker-loading`",
	]
}

test_factor_not_disclosed_fires_when_only_the_extent_is_missing if {
	inp := fixture.without_claim(baseline, "decision-notice", "factor-extent", "factor", "smoker-loading")
	findings := fairness.factor_not_disclosed with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 0]
	f.message == "factor `smoker-loading` loads the premium automatically, but no text shown at the decision says to what extent"
}

test_factor_not_disclosed_fires_when_the_quote_is_not_in_the_text if {
	inp := fixture.unevidenced_claim(baseline, "decision-notice", "factor-applied", "factor", "smoker-loading")
	findings := fairness.factor_not_disclosed with input as inp
	count(findings) == 1
	some f in findings
	f.because[2] == "disclosure `decision-notice` claims factor-applied for `smoker-loading`, but its quote does not stand in section `decision` of its file texts/decision-notice.html"
}

test_factor_not_disclosed_fires_when_the_text_is_for_another_decision if {
	inp := fixture.change(baseline, "disclosures", "decision-notice", {"decisions": []})
	findings := fairness.factor_not_disclosed with input as inp
	count(findings) == 2
	some f in findings
	f.because[1] == "no text is shown at or after decision `life-underwriting`"
}

# TM (para 23): general terms before the application do not show the individual effect.
test_factor_not_disclosed_fires_when_told_only_before_collection if {
	inp := fixture.change(baseline, "disclosures", "decision-notice", {"stage": "before-collection"})
	count(fairness.factor_not_disclosed) == 2 with input as inp
}

test_factor_not_disclosed_quiet_on_the_reference if {
	count(fairness.factor_not_disclosed) == 0 with input as baseline
}

test_factor_not_disclosed_quiet_when_a_human_applies_the_factor if {
	inp := fixture.with_factor(
		fixture.with_factor(_tm_certificate, "life-underwriting", "smoker-loading", {"appliedBy": "human"}),
		"life-underwriting", "build-loading", {"appliedBy": "human"},
	)
	count(fairness.factor_not_disclosed) == 0 with input as inp
}

test_factor_not_disclosed_quiet_for_price_factors if {
	inp := fixture.with_factor(
		fixture.with_factor(_tm_certificate, "life-underwriting", "smoker-loading", {"effect": "price"}),
		"life-underwriting", "build-loading", {"effect": "discount"},
	)
	count(fairness.factor_not_disclosed) == 0 with input as inp
}

test_factor_not_disclosed_quiet_when_told_after_the_decision if {
	inp := fixture.change(baseline, "disclosures", "decision-notice", {"stage": "after-decision"})
	count(fairness.factor_not_disclosed) == 0 with input as inp
}

# ---------------------------------------------------------------------------
# ART5-1A-UNDISCLOSED-PURPOSE

test_undisclosed_purpose_fires_for_an_unnamed_recipient if {
	inp := fixture.without_claim(baseline, "privacy-notice", "recipient", "recipient", "reinsurer")
	findings := fairness.undisclosed_purpose with input as inp
	{f.path | some f in findings} == {["recipients", 0]}
	some f in findings
	f.message == "recipient `reinsurer` (Example Re SE, reinsurer) is named in no notice given to the person"
	f.because[0] == "recipient `reinsurer` receives `identity`, `age`, `smoking`, `build`, `medical-history`"
}

# Sjóvá (Persónuvernd 2020041418): a claimant's data passed to an outside expert whom no
# notice names; the basis of the disclosure is not judged.
test_undisclosed_purpose_fires_for_an_outside_expert if {
	expert := object.union(baseline.recipients[fixture.index(baseline, "recipients", "reinsurer")], {
		"id": "crash-expert", "name": "Accident reconstruction expert", "type": "other",
		"categories": ["identity"],
	})
	inp := fixture.add(baseline, "recipients", expert)
	findings := fairness.undisclosed_purpose with input as inp
	{f.path | some f in findings} == {["recipients", 2]}
}

test_undisclosed_purpose_fires_for_an_unnamed_purpose if {
	inp := fixture.unevidenced_claim(baseline, "privacy-notice", "purpose", "purpose", "administration")
	findings := fairness.undisclosed_purpose with input as inp
	{f.path | some f in findings} == {["purposes", 1]}
	some f in findings
	f.because[2] == "disclosure `privacy-notice` claims purpose for `administration`, but its quote does not stand in its text"
}

test_undisclosed_purpose_fires_when_named_only_after_the_decision if {
	inp := fixture.change(baseline, "disclosures", "privacy-notice", {"stage": "after-decision"})
	count(fairness.undisclosed_purpose) == 4 with input as inp
}

test_undisclosed_purpose_quiet_on_the_reference if {
	count(fairness.undisclosed_purpose) == 0 with input as baseline
}

test_undisclosed_purpose_quiet_when_named_after_third_party_collection if {
	inp := fixture.change(baseline, "disclosures", "privacy-notice", {"stage": "after-third-party-collection"})
	count(fairness.undisclosed_purpose) == 0 with input as inp
}

# ---------------------------------------------------------------------------
# ART5-1A-RELATIVES-DATA

# Insurer [B]: parents' and siblings' hereditary diseases, from the applicant.
_relatives := fixture.set_field(
	fixture.add(baseline, "dataCategories", object.union(
		baseline.dataCategories[fixture.index(baseline, "dataCategories", "medical-history")],
		{"id": "relatives-diseases", "about": "hereditary-disease", "subjects": ["relatives"]},
	)),
	"purposes", "underwriting", ["categories"],
	array.concat(baseline.purposes[fixture.index(baseline, "purposes", "underwriting")].categories, ["relatives-diseases"]),
)

test_relatives_data_fires_for_relatives_diseases if {
	findings := fairness.relatives_data with input as _relatives
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7, "subjects"]
	f.message == "data category `relatives-diseases` holds health data about relatives, and nothing gives it a basis of their own"
	f.because[2] == "no consent given by relatives covers a purpose that uses it, and no Art. 9(2) condition resting on a named law does"
}

test_relatives_data_fires_when_the_applicant_consents_for_them if {
	inp := fixture.change(_relatives, "consents", "health-consent", {"onBehalfOf": ["relatives"]})
	count(fairness.relatives_data) == 1 with input as inp
}

# Their own consent counts only if it is valid: a pre-ticked box is not.
test_relatives_data_fires_when_their_own_consent_is_invalid if {
	inp := fixture.change(_relatives, "consents", "health-consent", {
		"givenBy": ["applicant", "relatives"], "mechanism": "pre-ticked-box",
	})
	some f in fairness.relatives_data with input as inp
	f.because[2] == "the consents relatives gave are no basis for it, and no Art. 9(2) condition resting on a named law covers it"
	f.because[3] == "consent `health-consent` is not valid: it is given by pre-ticked-box, which is not a separate, specific act (ART7-2-BUNDLED-CONSENT)"
}

test_relatives_data_fires_when_their_own_consent_is_not_explicit if {
	inp := fixture.change(_relatives, "consents", "health-consent", {"givenBy": ["applicant", "relatives"], "explicit": false})
	some f in fairness.relatives_data with input as inp
	f.because[3] == "consent `health-consent` is valid but not explicit, as Art. 9(2)(a) requires"
}

test_relatives_data_quiet_with_their_own_valid_consent if {
	inp := fixture.change(_relatives, "consents", "health-consent", {"givenBy": ["applicant", "relatives"]})
	count(fairness.relatives_data) == 0 with input as inp
}

test_relatives_data_quiet_with_a_condition_resting_on_law if {
	inp := fixture.change(_relatives, "purposes", "underwriting", {
		"specialCategoryCondition": "substantial-public-interest",
		"conditionLaw": "Act 30/2004 on insurance contracts, art. 82",
	})
	count(fairness.relatives_data) == 0 with input as inp
}

# TM (case 2024020415): yes/no family history declared as the applicant's own risk data.
test_relatives_data_quiet_for_the_applicants_own_family_history if {
	inp := fixture.change(_relatives, "dataCategories", "relatives-diseases", {"subjects": ["applicant"]})
	count(fairness.relatives_data) == 0 with input as inp
}

test_relatives_data_quiet_on_the_reference if {
	count(fairness.relatives_data) == 0 with input as baseline
}

# ---------------------------------------------------------------------------
# ART5-1A-PROTECTED-PROXY

# A postcode rating factor; the category names no proxyFor: that a postcode can stand in
# for ethnic origin is derived from what it is about.
_postcode := fixture.add_factor(
	fixture.add(baseline, "dataCategories", object.union(
		baseline.dataCategories[fixture.index(baseline, "dataCategories", "contact")],
		{"id": "postcode", "name": "Postcode", "about": "postcode"},
	)),
	"life-underwriting",
	object.union(baseline.decisions[0].factors[0], {"id": "area", "category": "postcode", "effect": "price", "extent": ""}),
)

# Flood-zone evidence and a current bias test that found no disparity by ethnic origin.
_justified := {
	"statement": "Flood risk by postcode zone.",
	"evidence": "Claims study CS-2025-04 (flood claims by zone of the national flood map, 2015-2024)",
	"biasTest": {
		"date": "2025-11-01", "result": "no-disparity", "groups": ["ethnic-origin"],
		"reference": "Bias test BT-2025-11",
	},
}

test_protected_proxy_fires_for_a_postcode_without_proxy_for if {
	findings := fairness.protected_proxy with input as _postcode
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `area` stands in for ethnic-origin without justification"
	f.because[1] == "postcode can stand in for ethnic-origin"
	f.because[2] == "it is not justified: it was never tested for disparate effects (justification.biasTest.date is empty); no actuarial or statistical evidence is given (justification.evidence is empty)"
	f.because[3] == "purpose `underwriting` therefore has no valid Art. 6(1) basis for rating people on it (ART6-1-BASIS-NECESSITY)"
}

test_protected_proxy_fires_for_a_statement_alone if {
	inp := fixture.with_factor(_postcode, "life-underwriting", "area", {"justification": {"statement": "actuarially sound"}})
	some f in fairness.protected_proxy with input as inp
	contains(f.because[2], "no actuarial or statistical evidence is given")
}

test_protected_proxy_fires_for_a_stale_test_that_misses_the_group if {
	inp := fixture.with_factor(_postcode, "life-underwriting", "area", {"justification": object.union(_justified, {
		"biasTest": {"date": "2023-06-01", "groups": ["sex"]},
	})})
	some f in fairness.protected_proxy with input as inp
	f.because[2] == "it is not justified: its bias test does not cover ethnic-origin; its bias test of 2023-06-01 is older than 1 year"
}

# Dutch AP, childcare benefits: nationality as a risk indicator is never justified.
test_protected_proxy_fires_for_nationality_even_with_evidence if {
	inp := fixture.with_factor(
		fixture.change(_postcode, "dataCategories", "postcode", {"about": "nationality"}),
		"life-underwriting", "area", {"justification": object.union(_justified, {"biasTest": {"groups": ["nationality"]}})},
	)
	some f in fairness.protected_proxy with input as inp
	f.message == "factor `area` uses nationality without justification"
	f.because[1] == "the category is itself about nationality"
	f.because[2] == "it is not justified: direct use of nationality is never justified"
}

test_protected_proxy_fires_for_a_declared_proxy if {
	inp := fixture.change(
		fixture.change(_postcode, "dataCategories", "postcode", {"about": "occupation", "proxyFor": ["disability"]}),
		"purposes", "underwriting", {"legalBasis": "consent", "consent": "health-consent"},
	)
	some f in fairness.protected_proxy with input as inp
	f.message == "factor `area` stands in for disability without justification"
	f.because[1] == "the category is declared a proxy for disability"
	count(f.because) == 3
}

test_protected_proxy_quiet_for_a_justified_flood_zone if {
	inp := fixture.with_factor(_postcode, "life-underwriting", "area", {"justification": _justified})
	count(fairness.protected_proxy) == 0 with input as inp
}

test_protected_proxy_quiet_for_nationality_read_under_a_legal_duty if {
	inp := fixture.with_factor(
		fixture.change(
			fixture.change(_postcode, "dataCategories", "postcode", {"about": "nationality"}),
			"purposes", "underwriting", {"type": "legal-compliance"},
		),
		"life-underwriting", "area", {"justification": object.union(_justified, {"biasTest": {"groups": ["nationality"]}})},
	)
	count(fairness.protected_proxy) == 0 with input as inp
}

test_protected_proxy_quiet_on_the_reference if {
	count(fairness.protected_proxy) == 0 with input as baseline
}

# ---------------------------------------------------------------------------
# ART5-1A-HARD-AGE-CUTOFF

_age_cutoff := fixture.add_factor(baseline, "life-underwriting", object.union(baseline.decisions[0].factors[0], {
	"id": "entry-age", "category": "age", "effect": "decline", "cutoff": "over 65", "extent": "",
}))

# Svea Ekonomi (2019): a categorical upper age limit in an automated decision.
test_hard_age_cutoff_fires_for_an_automatic_decline_by_age if {
	findings := fairness.hard_age_cutoff with input as _age_cutoff
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "factors", 3]
	f.message == "factor `entry-age` declines the application automatically on age alone, with no actuarial evidence"
	f.because == [
		"factor `entry-age` in decision `life-underwriting` reads age (data category `age`), cut-off over 65; its effect is decline, applied by the engine",
		"decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading",
		"justification.evidence is empty: no actuarial evidence is given for the limit",
	]
}

test_hard_age_cutoff_fires_for_a_statement_alone if {
	inp := fixture.with_factor(_age_cutoff, "life-underwriting", "entry-age", {"justification": {"statement": "Standard market practice"}})
	some f in fairness.hard_age_cutoff with input as inp
	f.because[2] == "justification.evidence is empty: the statement \"Standard market practice\" is not evidence"
}

# Declared decision-support, but the engine declines: within Art. 22(1), root named.
test_hard_age_cutoff_fires_for_a_misclassified_decision if {
	inp := fixture.change(_age_cutoff, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "decline", "decidedBy": "engine"}],
		"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	})
	some f in fairness.hard_age_cutoff with input as inp
	contains(f.because[1], "(ART22-1-MISCLASSIFIED)")
}

test_hard_age_cutoff_quiet_with_actuarial_evidence if {
	inp := fixture.with_factor(_age_cutoff, "life-underwriting", "entry-age", {"justification": {"evidence": "Actuarial basis AB-2025, section 3"}})
	count(fairness.hard_age_cutoff) == 0 with input as inp
}

test_hard_age_cutoff_quiet_when_referred_to_an_underwriter if {
	inp := fixture.with_factor(_age_cutoff, "life-underwriting", "entry-age", {"effect": "referral"})
	count(fairness.hard_age_cutoff) == 0 with input as inp
}

test_hard_age_cutoff_quiet_outside_art22 if {
	inp := fixture.change(_age_cutoff, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}],
		"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	})
	count(fairness.hard_age_cutoff) == 0 with input as inp
}

test_hard_age_cutoff_quiet_on_the_reference if {
	count(fairness.hard_age_cutoff) == 0 with input as baseline
}
