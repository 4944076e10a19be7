# METADATA
# title: Consent (GDPR Art. 7 and 4(11))
# description: >-
#   Rules on how consent is asked, recorded and withdrawn. A consent is judged as
#   declared: how it is given (mechanism, channels), what the person is told, what it is a
#   condition of, and whose data it is said to cover.
package art22.rules.consent

import data.art22.lib

# METADATA
# title: Consents are not recorded
# description: >-
#   The controller must be able to demonstrate that the person consented (Art. 7(1)), which
#   needs a record of each consent: who, when, to what text, how. A risk, not a violation:
#   consents may be recorded somewhere the declaration does not say.
# custom:
#   id: ART5-2-CONSENT-RECORDS
#   severity: risk
#   articles:
#     - GDPR Art. 5(2)
#     - GDPR Art. 7(1)
#   humanReview: Whether the record shows who consented, when, to which version of the text, and withdrawals.
#   remediation: Record every consent given and withdrawn (who, when, which text, which channel), and declare it (recorded true).
#   sources:
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 5.1 (demonstrating consent)
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#   example: |
#     consents:
#       - id: health-consent
#         recorded: true
consent_records contains finding if {
	some i, k in input.consents
	not k.recorded
	finding := {
		"message": sprintf("consent `%s` is not recorded, so it cannot be demonstrated", [k.id]),
		"path": ["consents", i, "recorded"],
		"because": [sprintf("consent `%s` (%s) is declared with recorded false", [k.id, k.name]), relied_on(k.id)],
	}
}

relied_on(id) := sprintf("it is relied on by %s", [lib.quoted(users)]) if {
	users := sort({p.id | some p in input.purposes; p.consent == id} | {d.id | some d in input.decisions; d.consent == id})
	count(users) > 0
}

relied_on(id) := "no purpose or decision names it" if {
	count({p | some p in input.purposes; p.consent == id} | {d | some d in input.decisions; d.consent == id}) == 0
}

bundled_mechanisms := {
	"pre-ticked-box": "a pre-ticked box is not an affirmative act (Recital 32)",
	"bundled-with-terms": "consent folded into accepting the terms is not distinguishable from other matters (Art. 7(2))",
	"privacy-acknowledgement": "acknowledging a privacy notice is not a specific consent",
	"implied": "consent cannot be implied from silence or inactivity (Recital 32)",
}

# METADATA
# title: Consent is not asked separately, by a specific act
# description: >-
#   Consent must be an unambiguous indication by a clear affirmative act (Art. 4(11)), and a
#   request in a written declaration that also concerns other matters must be clearly
#   distinguishable from them (Art. 7(2)). A pre-ticked box, consent folded into accepting
#   the terms or acknowledging the privacy notice, or implied consent are not valid.
#   TM's consent to automated decision-making, given by ticking a box of its own, was found
#   valid by Persónuvernd (case 2024020415, para 22).
# custom:
#   id: ART7-2-BUNDLED-CONSENT
#   severity: violation
#   articles:
#     - GDPR Art. 7(2)
#     - GDPR Art. 4(11)
#     - GDPR Recital 32
#   humanReview: Whether the consent request is in clear and plain language and really separate on the screen or form.
#   remediation: >-
#     Ask for the consent on its own, by an unticked box or a separate signature, apart from
#     the terms and the privacy notice (mechanism separate-unticked-box, signature-on-form or
#     electronic-signature).
#   sources:
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 22 (separate tick box; consent valid)
#   example: |
#     consents:
#       - id: adm-consent
#         mechanism: separate-unticked-box
bundled_consent contains finding if {
	some i, k in input.consents
	why := bundled_mechanisms[k.mechanism]
	finding := {
		"message": sprintf("consent `%s` is given by %s, which is not a separate, specific act", [k.id, k.mechanism]),
		"path": ["consents", i, "mechanism"],
		"because": [sprintf("consent `%s` (%s) has mechanism %s", [k.id, k.name, k.mechanism]), why],
	}
}

# METADATA
# title: Withdrawing consent is not as easy as giving it, or the person is not told they can
# description: >-
#   Before consenting the person must be told that they can withdraw at any time, and
#   withdrawing must be as easy as giving consent (Art. 7(3)). The rule fires when no
#   withdrawal channel is declared, when the easiest withdrawal channel is harder than the
#   easiest channel consent is given through (online, app and email are easiest; then
#   phone; then branch and post), or when neither the consent text nor a notice shown
#   before it says, with an evidenced quote, that consent can be withdrawn. Persónuvernd's
#   audit of insurer [B] (2005) faulted consent wording that did not say consent could be
#   withdrawn; TM told applicants they could withdraw at any time (case 2024020415, para 22).
# custom:
#   id: ART7-3-WITHDRAWAL
#   severity: violation
#   articles:
#     - GDPR Art. 7(3)
#   humanReview: Whether withdrawal in practice takes no more steps than consenting, and stops the processing.
#   remediation: >-
#     Let people withdraw through a channel at least as easy as the one they consented
#     through (withdrawal.channels), and say so in the consent text (topic
#     right-withdraw-consent with the sentence that says it).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (consent wording should say consent can be withdrawn)
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.1.1 and 5.2 (withdrawal)
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#   example: |
#     consents:
#       - id: adm-consent
#         givenVia: [online]
#         text: consent-screen
#         withdrawal:
#           channels: [online, email, phone]
withdrawal contains finding if {
	some i, k in input.consents
	some gap in withdrawal_gaps(k)
	finding := {
		"message": sprintf("consent `%s`: %s", [k.id, gap.message]),
		"path": array.concat(["consents", i], gap.path),
		"because": [sprintf("consent `%s` is given via %s; withdrawal channels: %s", [k.id, concat(", ", k.givenVia), channels_words(k.withdrawal.channels)]), gap.fact],
	}
}

withdrawal_gaps(k) := {g |
	count(k.withdrawal.channels) == 0
	g := {"message": "no way to withdraw it is declared", "path": ["withdrawal", "channels"], "fact": "withdrawal.channels is empty"}
} | {g |
	count(k.withdrawal.channels) > 0
	lib.easiest(k.withdrawal.channels) > lib.easiest(k.givenVia)
	g := {"message": "withdrawing it is harder than giving it", "path": ["withdrawal", "channels"], "fact": "every withdrawal channel is harder to use than the easiest channel consent is given through"}
} | {g |
	not told_withdrawal(k)
	g := {"message": "the person is not told before consenting that it can be withdrawn", "path": ["text"], "fact": told_fact(k)}
}

told_withdrawal(k) if lib.says(lib.disclosure(k.text), "right-withdraw-consent")

told_withdrawal(_) if lib.notice_says("right-withdraw-consent")

told_fact(k) := sprintf("neither its text `%s` nor a notice shown before consent evidences topic right-withdraw-consent", [k.text]) if k.text != ""

told_fact(k) := "it names no text, and no notice shown before consent evidences topic right-withdraw-consent" if k.text == ""

channels_words(cs) := "none" if count(cs) == 0

channels_words(cs) := concat(", ", cs) if count(cs) > 0

# METADATA
# title: Consent is made a condition of something it is not needed for
# description: >-
#   Consent is not freely given when the contract, a service or a benefit is made
#   conditional on consent to processing that is not necessary for it (Art. 7(4)). The
#   Belgian DPA (decision 109/2024 of 29 August 2024) found that consent to the processing
#   of health data by an insurance broker, required to keep a mortgage interest-rate
#   discount, was not freely given. The declaration says what each consent is a condition
#   of (conditionOf) and whether the processing is necessary for it; whether it truly is
#   needs a person.
# custom:
#   id: ART7-4-CONDITIONAL-CONSENT
#   severity: violation
#   articles:
#     - GDPR Art. 7(4)
#     - GDPR Art. 4(11)
#     - GDPR Recital 43
#   humanReview: Whether the processing consented to is in fact necessary for what the consent is a condition of.
#   remediation: >-
#     Do not make the contract, service or discount depend on the consent, or rest the
#     processing on another basis if it is truly necessary for the contract.
#   sources:
#     - kind: decision
#       title: Gegevensbeschermingsautoriteit / Autorité de protection des données (Belgium), decision on the merits 109/2024 of 29 August 2024
#       url: https://www.gegevensbeschermingsautoriteit.be/publications/beslissing-ten-gronde-nr.-109-2024.pdf
#   example: |
#     consents:
#       - id: marketing-consent
#         conditionOf:
#           what: nothing
conditional_consent contains finding if {
	some i, k in input.consents
	k.conditionOf.what != "nothing"
	not k.conditionOf.necessary
	finding := {
		"message": sprintf("consent `%s` is a condition of the %s, which does not need the processing", [k.id, k.conditionOf.what]),
		"path": ["consents", i, "conditionOf"],
		"because": [
			sprintf("consent `%s` (%s) is a condition of: %s%s", [k.id, k.name, k.conditionOf.what, description(k)]),
			"conditionOf.necessary is false: the processing consented to is not necessary for it",
		],
	}
}

description(k) := sprintf(" (%s)", [k.conditionOf.description]) if k.conditionOf.description != ""

description(k) := "" if k.conditionOf.description == ""

# METADATA
# title: Someone consents on another person's behalf without authority
# description: >-
#   A person can consent only for their own data, unless they have authority to act for the
#   other (parental responsibility for a child, a legal representative, a power of
#   attorney). Persónuvernd's audit of insurer [B] (2005) recalled that an applicant cannot
#   consent, without authority, to the processing of data about others (parents and
#   siblings).
# custom:
#   id: ART7-CONSENT-FOR-OTHERS
#   severity: violation
#   articles:
#     - GDPR Art. 7(1)
#     - GDPR Art. 9(2)(a)
#     - GDPR Art. 4(11)
#   humanReview: Whether the authority declared exists and covers this processing.
#   remediation: >-
#     Obtain the other people's own consent, or rest on a basis that does not need it; a
#     parent may consent for a child (onBehalfAuthority parental-responsibility).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005
#   example: |
#     consents:
#       - id: child-cover
#         onBehalfOf: [child]
#         onBehalfAuthority: parental-responsibility
consent_for_others contains finding if {
	some i, k in input.consents
	count(k.onBehalfOf) > 0
	k.onBehalfAuthority == "none"
	finding := {
		"message": sprintf("consent `%s` is given on behalf of %s without authority", [k.id, concat(", ", k.onBehalfOf)]),
		"path": ["consents", i, "onBehalfOf"],
		"because": [sprintf("consent `%s` is given by %s and said to cover %s", [k.id, concat(", ", k.givenBy), concat(", ", k.onBehalfOf)]), "onBehalfAuthority is none"],
	}
}
