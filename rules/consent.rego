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
# related_resources:
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     description: "EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 5.1 (demonstrating consent)"
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
#   counterexample: |
#     consents:
#       - id: adm-consent
#         recorded: false
#   example: |
#     consents:
#       - id: adm-consent
#         recorded: true
consent_records contains finding if {
	some i, k in input.consents
	not k.recorded
	finding := {
		"message": $"consent `{k.id}` is not recorded, so it cannot be demonstrated",
		"path": ["consents", i, "recorded"],
		"because": [$"consent `{k.id}` ({k.name}) is declared with recorded false", _relied_on(k.id)],
	}
}

_relied_on(id) := $"it is relied on by {lib.quoted(_users(id))}" if lib.consent_users[id]

_relied_on(id) := "no purpose or decision relies on it" if not lib.consent_users[id]

_users(id) := sort({u.id | some u in lib.consent_users[id]})

# METADATA
# title: Consent is not asked separately, by a specific act
# description: >-
#   Consent must be an unambiguous indication by a clear affirmative act (Art. 4(11)), and a
#   request in a written declaration that also concerns other matters must be clearly
#   distinguishable from them (Art. 7(2)). A pre-ticked box, consent folded into accepting
#   the terms or acknowledging the privacy notice, or implied consent are not valid.
#   TM's consent to automated decision-making, given by ticking a box of its own, was found
#   valid by Persónuvernd (case 2024020415, para 22).
# related_resources:
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     description: "EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020"
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
#   counterexample: |
#     consents:
#       - id: health-consent
#         mechanism: bundled-with-terms
#   example: |
#     consents:
#       - id: health-consent
#         mechanism: separate-unticked-box
bundled_consent contains finding if {
	some i, k in input.consents
	some x in lib.consent_defects[k.id]
	x.rule == "ART7-2-BUNDLED-CONSENT"
	finding := {
		"message": $"consent `{k.id}` {x.message}",
		"path": array.concat(["consents", i], x.path),
		"because": [$"consent `{k.id}` ({k.name}) has mechanism {k.mechanism}", x.fact, _consequences(k.id)],
	}
}

# What follows from a consent's invalidity, for because.
_consequences(id) := $"it is therefore no valid consent for {lib.quoted(_users(id))}, which rely on it" if lib.consent_users[id]

_consequences(id) := "no purpose or decision relies on it yet" if not lib.consent_users[id]

# METADATA
# title: Withdrawing consent is not as easy as giving it, or the person is not told they can
# description: >-
#   Before consenting the person must be told that they can withdraw at any time, and
#   withdrawing must be as easy as giving consent (Art. 7(3)). The rule fires when no
#   withdrawal channel is declared, when the easiest withdrawal channel is harder than the
#   easiest channel consent is given through (online, app and email are easiest; then
#   phone; then branch and post), or when neither the consent text nor a notice shown
#   before it says, with an evidenced quote, that consent can be withdrawn. In its audit of
#   insurer [B] (2005) Persónuvernd called it desirable that consent wording say consent
#   can be withdrawn; TM told applicants they could withdraw at any time (case 2024020415,
#   para 22). A consent that does not tell of withdrawal is reported here and is not, on
#   that ground alone, treated as invalid in the consequence rules.
# related_resources:
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     description: "EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.3.1 (the right to withdraw is part of the minimum information) and section 5.2 (withdrawal)"
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
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (desirable that consent wording say consent can be withdrawn)
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.3.1 (the right to withdraw is part of the minimum information) and section 5.2 (withdrawal)
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#   counterexample: |
#     consents:
#       - id: health-consent
#         withdrawal: {channels: [post]}
#   example: |
#     consents:
#       - id: health-consent
#         givenVia: [online]
#         withdrawal:
#           channels: [online, email, phone]
withdrawal contains finding if {
	some i, k in input.consents
	some gap in _withdrawal_gaps[k.id]
	finding := {
		"message": $"consent `{k.id}`: {gap.message}",
		"path": array.concat(["consents", i], gap.path),
		"because": [
			$"consent `{k.id}` is given via {lib.listed(k.givenVia)}; withdrawal channels: {lib.channels_words(k.withdrawal.channels)}",
			gap.fact,
		],
	}
}

# Art. 7(3): withdrawing is possible ...
_withdrawal_gaps := _withdrawal_gaps_clauses

_withdrawal_gaps_clauses[k.id] contains {
	"message": "no way to withdraw it is declared",
	"path": ["withdrawal", "channels"],
	"fact": "withdrawal.channels is empty",
} if {
	some k in input.consents
	count(k.withdrawal.channels) == 0
}

# ... as easy as giving consent ...
_withdrawal_gaps_clauses[k.id] contains {
	"message": "withdrawing it is harder than giving it",
	"path": ["withdrawal", "channels"],
	"fact": "every withdrawal channel is harder to use than the easiest channel consent is given through",
} if {
	some k in input.consents
	count(k.withdrawal.channels) > 0
	lib.easiest(k.withdrawal.channels) > lib.easiest(k.givenVia)
}

# ... and the person is told of it before consenting.
_withdrawal_gaps_clauses[k.id] contains {
	"message": "the person is not told before consenting that it can be withdrawn",
	"path": ["text"],
	"fact": _told_fact(k),
} if {
	some k in input.consents
	not _told_withdrawal(k)
}

_told_withdrawal(k) if lib.says(lib.disclosure(k.text), "right-withdraw-consent")

_told_withdrawal(_) if lib.notice_says("right-withdraw-consent")

_told_fact(k) := $"neither its text `{k.text}` nor a notice shown before consent evidences topic right-withdraw-consent" if k.text != ""

_told_fact(k) := "it names no text, and no notice shown before consent evidences topic right-withdraw-consent" if k.text == ""

# METADATA
# title: Consent is made a condition of something it is not needed for
# description: >-
#   Consent is not freely given when the contract, a service or a benefit is made
#   conditional on consent to processing that is not necessary for it (Art. 7(4), Recital
#   43). The Belgian DPA (decision 109/2024 of 29 August 2024) found that consent to the
#   processing of health data by an insurance broker, required to keep a mortgage
#   interest-rate discount, was not freely given. The declaration says what each consent is
#   a condition of (conditionOf) and whether the processing is necessary for it; whether it
#   truly is needs a person. A consent that is not freely given is not valid: the purposes
#   and decisions that rest on it are reported as lacking their basis, condition or
#   exception, each naming this rule.
# related_resources:
#   - ref: https://www.gegevensbeschermingsautoriteit.be/publications/beslissing-ten-gronde-nr.-109-2024.pdf
#     description: "Gegevensbeschermingsautoriteit / Autorité de protection des données (Belgium), decision on the merits 109/2024 of 29 August 2024"
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     description: "EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.1.2 (conditionality)"
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
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.1.2 (conditionality)
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#   counterexample: |
#     consents:
#       - id: health-consent
#         conditionOf:
#           what: discount
#           description: mortgage interest-rate discount
#           necessary: false
#   example: |
#     consents:
#       - id: health-consent
#         conditionOf:
#           what: nothing   # the consent is a condition of nothing the processing is not needed for
#           description: null
#           necessary: null
conditional_consent contains finding if {
	some i, k in input.consents
	some x in lib.consent_defects[k.id]
	x.rule == "ART7-4-CONDITIONAL-CONSENT"
	finding := {
		"message": $"consent `{k.id}` {x.message}",
		"path": array.concat(["consents", i], x.path),
		"because": [
			$"consent `{k.id}` ({k.name}) is a condition of: {k.conditionOf.what}{_description(k)}",
			x.fact,
			_consequences(k.id),
		],
	}
}

_description(k) := $" ({k.conditionOf.description})" if k.conditionOf.description != ""

_description(k) := "" if k.conditionOf.description == ""

# METADATA
# title: One consent backs purposes of different kinds
# description: >-
#   Consent must be specific (Art. 4(11)): where processing has several purposes, the person
#   must be able to consent to each (Recital 32), and consent is presumed not freely given
#   if it does not allow separate consent to different processing operations (Recital 43).
#   The EDPB reads this as granularity: one consent may cover one purpose or closely
#   related purposes, never a bundle of unrelated ones (Guidelines 05/2020, section 3.1.3,
#   paras 42-45). The rule groups the purposes that rely on a consent, and the purposes
#   served by the decisions that rest on it under Art. 22(2)(c), into families (underwriting
#   and pricing one cover are one family; claims, fraud prevention, marketing, product
#   development and research, administration, reinsurance and legal compliance each
#   another) and fires when one consent backs more than one family. A consent to the
#   automated decision on an application that also backs the underwriting of that
#   application, as TM's did (Persónuvernd, case 2024020415, para 22: found valid), is one
#   family and stays quiet. Which purposes are closely related can need a person; the
#   families are the rule's reading.
# related_resources:
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     description: "EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.1.3 (granularity), paras 42-45"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 4(11) and 7(2), Recitals 32 and 43"
# custom:
#   id: ART7-GRANULAR-CONSENT
#   severity: violation
#   articles:
#     - GDPR Art. 4(11)
#     - GDPR Art. 6(1)(a)
#     - GDPR Art. 7(2)
#     - GDPR Recital 32
#     - GDPR Recital 43
#   humanReview: Whether the purposes the consent backs are in fact closely related, and whether the person could refuse each.
#   remediation: >-
#     Ask for a separate consent for each purpose (or family of closely related purposes)
#     and for the automated decision, each with its own box or signature, and name each
#     consent in the purposes and decisions that rely on it.
#   sources:
#     - kind: guideline
#       title: EDPB, Guidelines 05/2020 on consent under Regulation 2016/679, version 1.1, adopted 4 May 2020, section 3.1.3 (granularity), paras 42-45
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052020-consent-under-regulation-2016679_en
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 4(11) and 7(2), Recitals 32 and 43
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     purposes:
#       - id: claims
#         name: Handling claims
#         type: claims
#         legalBasis: consent
#         specialCategoryCondition: explicit-consent
#         categories: [identity, medical-history]
#         consent: health-consent
#       - id: product-development
#         name: Improving our products
#         type: product-development
#         legalBasis: consent
#         categories: [identity]
#         consent: health-consent
#   example: |
#     purposes:   # each family of purposes with a consent of its own
#       - id: claims
#         name: Handling claims
#         type: claims
#         legalBasis: consent
#         specialCategoryCondition: explicit-consent
#         categories: [identity, medical-history]
#         consent: claims-consent
#       - id: product-development
#         name: Improving our products
#         type: product-development
#         legalBasis: consent
#         categories: [identity]
#         consent: research-consent
#     consents:
#       - id: claims-consent
#         name: Explicit consent to use health data to handle claims
#         explicit: true
#         mechanism: separate-unticked-box
#         givenVia: [online]
#         text: consent-text
#         withdrawal:
#           channels: [online, email, phone]
#         recorded: true
#       - id: research-consent
#         name: Consent to use my data to improve products
#         explicit: false
#         mechanism: separate-unticked-box
#         givenVia: [online]
#         text: consent-text
#         withdrawal:
#           channels: [online, email, phone]
#         recorded: true
granular_consent contains finding if {
	some i, k in input.consents
	some x in lib.consent_defects[k.id]
	x.rule == "ART7-GRANULAR-CONSENT"
	finding := {
		"message": $"consent `{k.id}` {x.message}",
		"path": array.concat(["consents", i], x.path),
		"because": [x.fact, "closely related purposes may share a consent; these are not", _consequences(k.id)],
	}
}

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
#   counterexample: |
#     consents:
#       - id: health-consent
#         onBehalfOf: [relatives]
#   example: |
#     consents:
#       - id: health-consent
#         givenBy: [applicant]
#         onBehalfOf: []
consent_for_others contains finding if {
	some i, k in input.consents
	count(k.onBehalfOf) > 0
	k.onBehalfAuthority == "none"
	finding := {
		"message": $"consent `{k.id}` is given on behalf of {lib.listed(k.onBehalfOf)} without authority",
		"path": ["consents", i, "onBehalfOf"],
		"because": [
			$"consent `{k.id}` is given by {lib.listed(k.givenBy)} and said to cover {lib.listed(k.onBehalfOf)}",
			"onBehalfAuthority is none",
		],
	}
}
