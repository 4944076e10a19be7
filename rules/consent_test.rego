package art22.rules.consent_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.consent

# The reference's two consents: health-consent backs purpose underwriting's Art. 9(2)(a)
# condition; adm-consent backs decision life-underwriting's Art. 22(2)(c) exception.

# ART5-2-CONSENT-RECORDS

test_consent_records_fires_when_not_recorded if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"recorded": false})
	findings := consent.consent_records with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["consents", 1, "recorded"]
	f.because[1] == "it is relied on by `life-underwriting`"
}

test_consent_records_quiet_on_the_reference if {
	count(consent.consent_records) == 0 with input as baseline
}

# ART7-2-BUNDLED-CONSENT

test_bundled_consent_fires_for_consent_in_the_terms if {
	inp := fixture.change(baseline, "consents", "health-consent", {"mechanism": "bundled-with-terms"})
	findings := consent.bundled_consent with input as inp
	{f.path | some f in findings} == {["consents", 0, "mechanism"]}
	some f in findings
	f.because[2] == "it is therefore no valid consent for `underwriting`, which rely on it"
}

test_bundled_consent_fires_for_a_pre_ticked_box if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"mechanism": "pre-ticked-box"})
	some f in consent.bundled_consent with input as inp
	f.because[1] == "a pre-ticked box is not an affirmative act (Recital 32)"
}

test_bundled_consent_quiet_on_the_reference if {
	count(consent.bundled_consent) == 0 with input as baseline
}

test_bundled_consent_quiet_for_a_signature if {
	inp := fixture.change(baseline, "consents", "health-consent", {"mechanism": "signature-on-form"})
	count(consent.bundled_consent) == 0 with input as inp
}

# ART7-3-WITHDRAWAL

test_withdrawal_fires_for_postal_withdrawal_of_online_consent if {
	inp := fixture.change(baseline, "consents", "health-consent", {"withdrawal": {"channels": ["post"]}})
	findings := consent.withdrawal with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["consents", 0, "withdrawal", "channels"]
	f.message == "consent `health-consent`: withdrawing it is harder than giving it"
}

# Insurer [B]: nobody is told consent can be withdrawn.
test_withdrawal_fires_when_nobody_is_told if {
	inp := fixture.without_claims(
		fixture.without_claims(baseline, "consent-text", "right-withdraw-consent"),
		"privacy-notice", "right-withdraw-consent",
	)
	findings := consent.withdrawal with input as inp
	{f.path | some f in findings} == {["consents", 0, "text"], ["consents", 1, "text"]}
}

test_withdrawal_fires_without_a_channel if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"withdrawal": {"channels": []}})
	some f in consent.withdrawal with input as inp
	f.message == "consent `adm-consent`: no way to withdraw it is declared"
}

test_withdrawal_quiet_on_the_reference if {
	count(consent.withdrawal) == 0 with input as baseline
}

# TM: told in the application flow, not in the signed authorisation itself.
test_withdrawal_quiet_when_a_notice_before_consent_tells_it if {
	inp := fixture.without_claims(baseline, "consent-text", "right-withdraw-consent")
	count(consent.withdrawal) == 0 with input as inp
}

# ART7-4-CONDITIONAL-CONSENT

# Belgian APD 109/2024: consent to health data kept a mortgage-rate discount.
test_conditional_consent_fires_for_a_discount_condition if {
	inp := fixture.change(baseline, "consents", "health-consent", {"conditionOf": {
		"what": "discount", "description": "mortgage interest-rate discount", "necessary": false,
	}})
	findings := consent.conditional_consent with input as inp
	some f in findings
	f.path == ["consents", 0, "conditionOf"]
	f.message == "consent `health-consent` is a condition of the discount, which does not need the processing"
	f.because[0] == "consent `health-consent` (Explicit consent to use health data to assess the application) is a condition of: discount (mortgage interest-rate discount)"
}

test_conditional_consent_quiet_when_necessary if {
	inp := fixture.change(baseline, "consents", "health-consent", {"conditionOf": {"what": "contract", "description": "", "necessary": true}})
	count(consent.conditional_consent) == 0 with input as inp
}

test_conditional_consent_quiet_on_the_reference if {
	count(consent.conditional_consent) == 0 with input as baseline
}

# ART7-GRANULAR-CONSENT

# One consent behind underwriting, claims and product development.
_bundle := fixture.add(
	fixture.add(baseline, "purposes", {
		"id": "claims", "name": "Handling claims", "type": "claims", "legalBasis": "consent",
		"legalBasisLaw": "", "legitimateInterest": baseline.purposes[1].legitimateInterest,
		"profiling": false, "specialCategoryCondition": "explicit-consent", "conditionLaw": "",
		"consent": "health-consent", "categories": ["identity", "medical-history"],
		"recipients": [], "largeScale": false, "compatibility": baseline.purposes[1].compatibility,
	}),
	"purposes", {
		"id": "product-development", "name": "Improving our products", "type": "product-development",
		"legalBasis": "consent", "legalBasisLaw": "", "legitimateInterest": baseline.purposes[1].legitimateInterest,
		"profiling": false, "specialCategoryCondition": "", "conditionLaw": "",
		"consent": "health-consent", "categories": ["identity"],
		"recipients": [], "largeScale": false, "compatibility": baseline.purposes[1].compatibility,
	},
)

test_granular_consent_fires_for_purposes_of_different_kinds if {
	findings := consent.granular_consent with input as _bundle
	count(findings) == 1
	some f in findings
	f.path == ["consents", 0]
	f.message == "consent `health-consent` backs purposes of different kinds (claims, development, underwriting) with one consent"
	f.because[0] == "it is relied on by purpose `claims` (claims); purpose `product-development` (product-development); purpose `underwriting` (underwriting)"
}

# A consent behind an automated decision and a purpose of another kind.
test_granular_consent_fires_for_the_exception_and_another_purpose if {
	inp := fixture.change(_bundle, "purposes", "claims", {"consent": "adm-consent"})
	some f in consent.granular_consent with input as inp
	f.path == ["consents", 1]
	contains(f.because[0], "decision `life-underwriting` (Art. 22(2)(c); it serves `underwriting`, underwriting)")
}

test_granular_consent_quiet_on_the_reference if {
	count(consent.granular_consent) == 0 with input as baseline
}

# TM (case 2024020415, para 22): one consent to the automated decision and the
# underwriting it decides is one family, found valid.
test_granular_consent_quiet_for_the_decision_and_its_own_purpose if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"legalBasis": "consent", "consent": "adm-consent"})
	count(consent.granular_consent) == 0 with input as inp
}

# ART7-CONSENT-FOR-OTHERS

test_consent_for_others_fires_without_authority if {
	inp := fixture.change(baseline, "consents", "health-consent", {"onBehalfOf": ["relatives"]})
	findings := consent.consent_for_others with input as inp
	{f.path | some f in findings} == {["consents", 0, "onBehalfOf"]}
}

test_consent_for_others_quiet_for_a_parent if {
	inp := fixture.change(baseline, "consents", "health-consent", {"onBehalfOf": ["child"], "onBehalfAuthority": "parental-responsibility"})
	count(consent.consent_for_others) == 0 with input as inp
}

test_consent_for_others_quiet_on_the_reference if {
	count(consent.consent_for_others) == 0 with input as baseline
}
