package art22.rules.transparency_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.transparency as tr

# The reference: privacy-notice (before collection) tells adm-existence, adm-logic and
# adm-significance for decision life-underwriting; consent-text tells adm-existence;
# medical-reports come from doctors and doctor-report-notice tells it within 7 days.

# ---------------------------------------------------------------------------
# ART13-2F-ADM-NOT-DISCLOSED

# No notice tells anything about automated decision-making.
_no_adm := fixture.without_claim(
	fixture.without_claim(
		fixture.without_claim(
			fixture.without_claim(baseline, "privacy-notice", "adm-existence", "", ""),
			"privacy-notice", "adm-logic", "", "",
		),
		"privacy-notice", "adm-significance", "", "",
	),
	"consent-text", "adm-existence", "", "",
)

_meaningful_review := {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}

test_adm_not_disclosed_fires_when_the_logic_is_not_told if {
	inp := fixture.without_claim(baseline, "privacy-notice", "adm-logic", "", "")
	findings := tr.adm_not_disclosed with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0]
	f.message == "decision `life-underwriting` is within Art. 22(1) (premium-loading), but no text given when the data is collected tells meaningful information about the logic involved"
	f.because == [
		"decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading",
		"it uses data collected from the person (`age`, `build`, `identity`, `medical-history`, `smoking`): Art. 13(2)(f) requires this information when the data is collected",
		"texts that inform the person of it in time: `privacy-notice`, `consent-text`; none evidences adm-logic",
	]
}

test_adm_not_disclosed_fires_when_told_only_at_the_decision if {
	inp := fixture.change(_no_adm, "disclosures", "decision-notice", {"covers": baseline.disclosures[0].covers})
	some f in tr.adm_not_disclosed with input as inp
	endswith(f.message, "tells that the decision is automated; meaningful information about the logic involved; its significance and envisaged consequences")
}

# Declared decision-support, but the engine itself loads the premium: the root is named.
test_adm_not_disclosed_fires_for_a_misclassified_decision if {
	inp := fixture.change(_no_adm, "decisions", "life-underwriting", {
		"automation": "decision-support", "humanReview": _meaningful_review,
	})
	some f in tr.adm_not_disclosed with input as inp
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared decision-support, but the engine itself reaches premium-loading (ART22-1-MISCLASSIFIED)"
}

# A human is said to decide, but cannot change the outcome.
test_adm_not_disclosed_fires_for_a_token_human if {
	inp := fixture.change(_no_adm, "decisions", "life-underwriting", {
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "premium-loading", "decidedBy": "human"}],
		"humanReview": object.union(_meaningful_review, {"canChangeOutcome": false}),
	})
	some f in tr.adm_not_disclosed with input as inp
	f.message == "decision `life-underwriting` is within Art. 22(1) (premium-loading), but no text given when the data is collected tells that the decision is automated; meaningful information about the logic involved; its significance and envisaged consequences"
	contains(f.because[0], "cannot change the outcome (ART22-1-TOKEN-HUMAN)")
}

# A decision on data obtained from others only: Art. 14(2)(g).
_third_party_only := fixture.change(_no_adm, "decisions", "life-underwriting", {"inputs": ["medical-reports"], "factors": []})

test_adm_not_disclosed_fires_for_data_from_others if {
	some f in tr.adm_not_disclosed with input as _third_party_only
	contains(f.message, "no text given when the data is collected or within a month of obtaining it tells")
	f.because[1] == "it uses data obtained from others (`medical-reports` from doctors): Art. 14(2)(g) requires this information within a reasonable period, at the latest within one month"
	f.because[2] == "texts that inform the person of it in time: `privacy-notice`, `consent-text`, `doctor-report-notice`; none evidences adm-existence, adm-logic, adm-significance"
}

test_adm_not_disclosed_fires_when_the_quote_is_not_in_the_text if {
	inp := fixture.unevidenced_claim(baseline, "privacy-notice", "adm-significance", "", "")
	some f in tr.adm_not_disclosed with input as inp
	f.because[3] == "disclosure `privacy-notice` claims adm-significance, but its quote does not stand in its text"
}

test_adm_not_disclosed_quiet_on_the_reference if {
	count(tr.adm_not_disclosed) == 0 with input as baseline
}

# Sjóvá's argument (Persónuvernd 2024020416): the engine only ever grants in full.
test_adm_not_disclosed_quiet_when_only_acceptance_is_automated if {
	inp := fixture.change(_no_adm, "decisions", "life-underwriting", {"outcomes": [
		{"type": "accept", "decidedBy": "engine"},
		{"type": "premium-loading", "decidedBy": "human"},
	]})
	count(tr.adm_not_disclosed) == 0 with input as inp
}

test_adm_not_disclosed_quiet_when_a_person_decides if {
	inp := fixture.change(_no_adm, "decisions", "life-underwriting", {
		"automation": "decision-support", "humanReview": _meaningful_review,
		"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "premium-loading", "decidedBy": "human"}],
	})
	count(tr.adm_not_disclosed) == 0 with input as inp
}

test_adm_not_disclosed_quiet_for_data_from_others_told_within_a_month if {
	inp := fixture.with_claim(
		fixture.with_claim(
			fixture.with_claim(_third_party_only, "doctor-report-notice", {"topic": "adm-existence", "quote": "decided automatically"}),
			"doctor-report-notice", {"topic": "adm-logic", "quote": "from the conditions in the report"},
		),
		"doctor-report-notice", {"topic": "adm-significance", "quote": "which can load your premium"},
	)
	count(tr.adm_not_disclosed) == 0 with input as inp
}

# ---------------------------------------------------------------------------
# ART14-THIRD-PARTY-SOURCE

test_third_party_source_fires_for_doctors_without_a_notice if {
	inp := fixture.change(baseline, "disclosures", "doctor-report-notice", {"covers": []})
	findings := tr.third_party_source with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 6, "sources"]
	f.message == "data category `medical-reports` is obtained from doctors, but the person is not told where it comes from or what it is"
	f.because == [
		"`medical-reports` (health) comes from doctors",
		"no text shown before collection, at consent or within one month after it evidences source and category for `medical-reports`",
	]
}

test_third_party_source_fires_when_notified_too_late if {
	inp := fixture.change(baseline, "disclosures", "doctor-report-notice", {"within": {"text": "3 months", "hours": 2191.5, "indefinite": false, "declared": true}})
	count(tr.third_party_source) == 1 with input as inp
}

# A device beside the doctors does not hide the doctors.
test_third_party_source_fires_for_doctors_beside_a_device if {
	inp := fixture.change(
		fixture.change(baseline, "dataCategories", "medical-reports", {"sources": ["device", "doctors"]}),
		"disclosures", "doctor-report-notice", {"covers": []},
	)
	some f in tr.third_party_source with input as inp
	f.message == "data category `medical-reports` is obtained from doctors, but the person is not told where it comes from or what it is"
}

# Insurer [B] in Iceland: a blanket authorisation, no signed informed consent.
test_third_party_source_fires_in_iceland_without_written_consent if {
	inp := fixture.change(baseline, "products", "term-life", {"countries": ["IS"]})
	findings := tr.third_party_source with input as inp
	some f in findings
	f.message == "data category `medical-reports` is obtained from doctors for a product sold in Iceland without the person's prior written, informed consent"
}

# A signed consent that is not valid is no written consent: its root is named.
test_third_party_source_fires_in_iceland_with_an_invalid_signed_consent if {
	inp := fixture.change(
		fixture.change(baseline, "products", "term-life", {"countries": ["IS"]}),
		"consents", "health-consent", {
			"mechanism": "electronic-signature",
			"conditionOf": {"what": "discount", "description": "premium discount", "necessary": false},
		},
	)
	some f in tr.third_party_source with input as inp
	contains(f.message, "for a product sold in Iceland")
	f.because[2] == "consent `health-consent` is not valid: it is a condition of the discount, which does not need the processing (ART7-4-CONDITIONAL-CONSENT)"
}

# Data observed from somebody else's perspective: the spouse's driving, recorded by the
# applicant's telematics box, is obtained from others for the spouse.
_spouse_driving := fixture.set_field(
	fixture.add(baseline, "dataCategories", object.union(
		baseline.dataCategories[fixture.index(baseline, "dataCategories", "contact")],
		{"id": "driving", "name": "Driving behaviour from the telematics box", "about": "driving-behaviour", "subjects": ["applicant", "spouse"], "sources": ["device"]},
	)),
	"purposes", "underwriting", ["categories"],
	array.concat(baseline.purposes[fixture.index(baseline, "purposes", "underwriting")].categories, ["driving"]),
)

test_third_party_source_fires_for_a_spouse_observed_by_the_applicants_device if {
	findings := tr.third_party_source with input as _spouse_driving
	count(findings) == 1
	some f in findings
	f.path == ["dataCategories", 7, "subjects"]
	f.message == "data category `driving` is about spouse, for whom it is obtained from others, but they are not told where it comes from or what it is"
	f.because[0] == "`driving` (ordinary) is about spouse; for them it comes from others: the person's own device"
}

test_third_party_source_quiet_for_a_spouse_who_is_told if {
	inp := fixture.with_claim(
		fixture.with_claim(_spouse_driving, "doctor-report-notice", {"topic": "source", "category": "driving", "quote": "from the telematics box"}),
		"doctor-report-notice", {"topic": "category", "category": "driving", "quote": "your driving"},
	)
	count(tr.third_party_source) == 0 with input as inp
}

# WP260rev.01 para 26: GPS from the applicant's own phone is collected from the applicant.
test_third_party_source_quiet_for_gps_from_the_applicants_own_phone if {
	inp := fixture.change(_spouse_driving, "dataCategories", "driving", {
		"name": "GPS location from the applicant's phone", "about": "location", "subjects": ["applicant"],
	})
	count(tr.third_party_source) == 0 with input as inp
}

# Relatives' health data with no basis of their own: ART5-1A-RELATIVES-DATA says to stop
# collecting it; this rule does not add that they should be told.
test_third_party_source_quiet_for_relatives_data_without_a_basis if {
	inp := fixture.change(_spouse_driving, "dataCategories", "driving", {
		"name": "Parents' hereditary diseases", "about": "hereditary-disease", "class": "health",
		"subjects": ["relatives"], "sources": ["data-subject"],
	})
	count(tr.third_party_source) == 0 with input as inp
}

test_third_party_source_quiet_in_iceland_with_a_signed_consent if {
	inp := fixture.change(
		fixture.change(baseline, "products", "term-life", {"countries": ["IS"]}),
		"consents", "health-consent", {"mechanism": "electronic-signature"},
	)
	count(tr.third_party_source) == 0 with input as inp
}

test_third_party_source_quiet_on_the_reference if {
	count(tr.third_party_source) == 0 with input as baseline
}

# ---------------------------------------------------------------------------
# DISCLOSURE-UNSUPPORTED-CLAIM

test_unsupported_claim_fires_for_a_quote_not_in_the_text if {
	inp := fixture.unevidenced_claim(baseline, "decision-notice", "factor-extent", "factor", "smoker-loading")
	findings := tr.unsupported_claim with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["disclosures", 2, "covers", 1, "quote"]
	f.message == "disclosure `decision-notice` claims factor-extent for `smoker-loading`, but the quote does not stand in section `decision` of its file texts/decision-notice.html"
	f.because[0] == "quote: \"a smoker loading of 60% of the standard premium\""
}

test_unsupported_claim_quiet_on_the_reference if {
	count(tr.unsupported_claim) == 0 with input as baseline
}
