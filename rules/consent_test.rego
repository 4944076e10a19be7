package art22.rules.consent_test

import data.art22.fixture.baseline
import data.art22.rules.consent

test_consent_records_fires_when_not_recorded if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/1/recorded", "value": false}])
	findings := consent.consent_records with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["consents", 1, "recorded"]
	f.because[1] == "it is relied on by `life-underwriting`"
}

test_consent_records_quiet_on_the_reference if {
	count(consent.consent_records) == 0 with input as baseline
}

test_bundled_consent_fires_for_consent_in_the_terms if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/mechanism", "value": "bundled-with-terms"}])
	findings := consent.bundled_consent with input as inp
	{f.path | some f in findings} == {["consents", 0, "mechanism"]}
}

test_bundled_consent_fires_for_a_pre_ticked_box if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/1/mechanism", "value": "pre-ticked-box"}])
	some f in consent.bundled_consent with input as inp
	f.because[1] == "a pre-ticked box is not an affirmative act (Recital 32)"
}

test_bundled_consent_quiet_on_the_reference if {
	count(consent.bundled_consent) == 0 with input as baseline
}

test_bundled_consent_quiet_for_a_signature if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/mechanism", "value": "signature-on-form"}])
	count(consent.bundled_consent) == 0 with input as inp
}

test_withdrawal_fires_for_postal_withdrawal_of_online_consent if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/withdrawal/channels", "value": ["post"]}])
	findings := consent.withdrawal with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["consents", 0, "withdrawal", "channels"]
	f.message == "consent `health-consent`: withdrawing it is harder than giving it"
}

# Insurer [B]: nobody is told consent can be withdrawn.
test_withdrawal_fires_when_nobody_is_told if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/disclosures/1/covers/1/evidenced", "value": false},
		{"op": "replace", "path": "/disclosures/0/covers/22/evidenced", "value": false},
	])
	findings := consent.withdrawal with input as inp
	{f.path | some f in findings} == {["consents", 0, "text"], ["consents", 1, "text"]}
}

test_withdrawal_fires_without_a_channel if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/1/withdrawal/channels", "value": []}])
	some f in consent.withdrawal with input as inp
	f.message == "consent `adm-consent`: no way to withdraw it is declared"
}

test_withdrawal_quiet_on_the_reference if {
	count(consent.withdrawal) == 0 with input as baseline
}

# TM: told in the application flow, not in the signed authorisation itself.
test_withdrawal_quiet_when_a_notice_before_consent_tells_it if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/1/covers/1/evidenced", "value": false}])
	count(consent.withdrawal) == 0 with input as inp
}

test_conditional_consent_fires_for_a_discount_condition if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/conditionOf", "value": {"what": "discount", "description": "mortgage interest-rate discount", "necessary": false}}])
	findings := consent.conditional_consent with input as inp
	some f in findings
	f.path == ["consents", 0, "conditionOf"]
	f.message == "consent `health-consent` is a condition of the discount, which does not need the processing"
}

test_conditional_consent_quiet_when_necessary if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/conditionOf", "value": {"what": "contract", "description": "", "necessary": true}}])
	count(consent.conditional_consent) == 0 with input as inp
}

test_conditional_consent_quiet_on_the_reference if {
	count(consent.conditional_consent) == 0 with input as baseline
}

test_consent_for_others_fires_without_authority if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/0/onBehalfOf", "value": ["relatives"]}])
	findings := consent.consent_for_others with input as inp
	{f.path | some f in findings} == {["consents", 0, "onBehalfOf"]}
}

test_consent_for_others_quiet_for_a_parent if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/consents/0/onBehalfOf", "value": ["child"]},
		{"op": "replace", "path": "/consents/0/onBehalfAuthority", "value": "parental-responsibility"},
	])
	count(consent.consent_for_others) == 0 with input as inp
}

test_consent_for_others_quiet_on_the_reference if {
	count(consent.consent_for_others) == 0 with input as baseline
}
