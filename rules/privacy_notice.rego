# METADATA
# title: Completeness of the information given at collection (GDPR Art. 13)
# description: Rules on what the texts given before or at collection must cover, taken together.
package art22.rules.privacy_notice

import data.art22.lib

# The items Art. 13(1)-(2) requires of every notice, by coverage topic.
_always := {
	"controller-identity": "the identity and contact details of the controller (Art. 13(1)(a))",
	"legal-basis": "the legal basis (Art. 13(1)(c))",
	"retention": "how long data is kept (Art. 13(2)(a))",
	"right-access": "the right of access (Art. 13(2)(b))",
	"right-rectification": "the right to rectification (Art. 13(2)(b))",
	"right-erasure": "the right to erasure (Art. 13(2)(b))",
	"right-restriction": "the right to restriction (Art. 13(2)(b))",
	"right-objection": "the right to object (Art. 13(2)(b))",
	"right-portability": "the right to data portability (Art. 13(2)(b))",
	"right-complaint": "the right to complain to a supervisory authority (Art. 13(2)(d))",
	"data-mandatory": "whether providing the data is required and the consequences of not providing it (Art. 13(2)(e))",
}

# The items required of this declaration's notices, by topic: every item of _always ...
_required := _required_clauses

_required_clauses[t] := w if some t, w in _always

# ... the DPO's contact details, where there is a DPO (Art. 13(1)(b)) ...
_required_clauses["dpo-contact"] := "the contact details of the data protection officer (Art. 13(1)(b))" if {
	concat("", [input.controller.dpo.name, input.controller.dpo.email, input.controller.dpo.phone]) != ""
}

# ... the right to withdraw consent, where consent is relied on (Art. 13(2)(c)) ...
_required_clauses["right-withdraw-consent"] := "the right to withdraw consent (Art. 13(2)(c))" if {
	some p in input.purposes
	lib.relies_on_consent(p)
}

# ... the legitimate interests, where they are relied on (Art. 13(1)(d)) ...
_required_clauses["legitimate-interests"] := "the legitimate interests pursued (Art. 13(1)(d))" if {
	some p in input.purposes
	p.legalBasis == "legitimate-interests"
}

# ... and transfers outside the EEA and their safeguards, where there are any (Art. 13(1)(f)).
_required_clauses["transfers"] := "transfers outside the EEA and their safeguards (Art. 13(1)(f))" if {
	some r in input.recipients
	r.country != ""
	not r.country in lib.eea_countries
}

# A required item counts as told when a notice evidences it ...
_told(t) if {
	_required[t]
	t != "retention"
	lib.notice_says(t)
}

# ... and the retention item only when the claim states a period: a quote with no digit
# ("as long as necessary") does not (Art. 13(2)(a)).
_told("retention") if {
	some c in _retention_claims
	_states_a_period(c.quote)
}

_retention_claims := [c |
	some ds in lib.notices
	some c in ds.covers
	c.topic == "retention"
	c.evidenced
]

_states_a_period(quote) if regex.match(`[0-9]`, quote)

_missing := sort([t | some t, _ in _required; not _told(t)])

# Retention claims that stand in the text but state no period, in words.
_generic_retention := [$"the retention claim quotes \"{c.quote}\", which states no period: a period, or criteria without a number, is for a person to check" |
	some c in _retention_claims
	not _states_a_period(c.quote)
]

# METADATA
# title: The information given at collection misses items Art. 13 requires
# description: >-
#   Taken together, the texts shown before collection or at consent must cover the items
#   of Art. 13(1)-(2): who the controller is, the DPO's contact where there is one, the
#   legal basis, legitimate interests where relied on, transfers outside the EEA where
#   there are any, retention, each right (access, rectification, erasure, restriction,
#   objection, portability, withdrawal of consent where consent is relied on, complaint),
#   and whether the data is required and what happens without it. Art. 13(2)(a) asks for
#   the period for which the data will be stored or, if that is not possible, the criteria
#   used to determine it: a retention claim whose quote has no digit ("as long as
#   necessary") is not counted as stating the period, and the finding says so; wording
#   that gives real criteria without a number is reported too, for a person to check.
#   Purposes and recipients are checked one by one by ART5-1A-UNDISCLOSED-PURPOSE,
#   automated decisions by ART13-2F-ADM-NOT-DISCLOSED. A risk, not a violation: the notice
#   may cover an item in words the declaration does not claim.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 13"
# custom:
#   id: ART13-NOTICE-INCOMPLETE
#   severity: risk
#   articles:
#     - GDPR Art. 13(1)
#     - GDPR Art. 13(2)
#     - GDPR Art. 12(1)
#   humanReview: >-
#     Whether each item is given in concise, intelligible and easily accessible form (Art.
#     12(1)), and whether retention wording without a number states criteria from which the
#     person can tell how long the data is kept.
#   remediation: >-
#     Add the missing items to the privacy notice, and declare each in its covers with the
#     sentence that says it; for retention, state the period (or the criteria that fix it)
#     in the words quoted.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 13
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on transparency under Regulation 2016/679 (WP260rev.01), adopted 29 November 2017, as last revised and adopted on 11 April 2018
#   counterexample: |
#     disclosures:
#       - id: privacy-notice   # no retention period, no right to complain
#         covers:
#           - {topic: controller-identity, quote: "Exemplar Life Assurance DAC, 1 Example Street, Dublin, is the controller of your personal data"}
#           - {topic: dpo-contact, quote: You can reach our Data Protection Officer at dpo@exemplar-life.example}
#           - {topic: purpose, purpose: underwriting, quote: We use your answers to assess your application and set your premium}
#           - {topic: purpose, purpose: administration, quote: We use your contact details to administer your policy}
#           - {topic: legal-basis, quote: because this is necessary to enter into the insurance contract with you}
#           - {topic: recipient, recipient: reinsurer, quote: "We share your application with our reinsurer, Example Re SE"}
#           - {topic: recipient, recipient: policy-admin, quote: "Our policy administrator, Example Admin Ltd, processes your data on our behalf"}
#           - {topic: transfers, quote: Your data stays in the European Economic Area}
#           - {topic: data-mandatory, quote: You must answer the health questions to apply}
#           - {topic: adm-existence, quote: Your application is decided automatically}
#           - {topic: adm-logic, quote: "The rules compare your age, smoking and body-mass index with our tariff and add a loading for smoking or for a body-mass index above 32"}
#           - {topic: adm-significance, quote: The result decides whether you are offered cover and at what premium}
#           - {topic: human-intervention, quote: You can ask for a person to review the decision}
#           - {topic: express-view, quote: give your point of view}
#           - {topic: contest, quote: and contest it}
#           - {topic: right-access, quote: You have the right to access}
#           - {topic: right-rectification, quote: "access, rectify and erase your data"}
#           - {topic: right-erasure, quote: erase your data}
#           - {topic: right-restriction, quote: to restrict or object to processing}
#           - {topic: right-objection, quote: object to processing}
#           - {topic: right-portability, quote: to data portability}
#           - {topic: right-withdraw-consent, quote: to withdraw your consent at any time}
#   example: |
#     disclosures:
#       - id: privacy-notice   # every item of Art. 13, retention and the right to complain among them
#         covers:
#           - {topic: controller-identity, quote: "Exemplar Life Assurance DAC, 1 Example Street, Dublin, is the controller of your personal data"}
#           - {topic: dpo-contact, quote: You can reach our Data Protection Officer at dpo@exemplar-life.example}
#           - {topic: purpose, purpose: underwriting, quote: We use your answers to assess your application and set your premium}
#           - {topic: purpose, purpose: administration, quote: We use your contact details to administer your policy}
#           - {topic: legal-basis, quote: because this is necessary to enter into the insurance contract with you}
#           - {topic: recipient, recipient: reinsurer, quote: "We share your application with our reinsurer, Example Re SE"}
#           - {topic: recipient, recipient: policy-admin, quote: "Our policy administrator, Example Admin Ltd, processes your data on our behalf"}
#           - {topic: retention, quote: "We keep your data for 7 years after your policy ends, and for 6 months if you do not take cover"}
#           - {topic: transfers, quote: Your data stays in the European Economic Area}
#           - {topic: data-mandatory, quote: You must answer the health questions to apply}
#           - {topic: adm-existence, quote: Your application is decided automatically}
#           - {topic: adm-logic, quote: "The rules compare your age, smoking and body-mass index with our tariff and add a loading for smoking or for a body-mass index above 32"}
#           - {topic: adm-significance, quote: The result decides whether you are offered cover and at what premium}
#           - {topic: human-intervention, quote: You can ask for a person to review the decision}
#           - {topic: express-view, quote: give your point of view}
#           - {topic: contest, quote: and contest it}
#           - {topic: right-access, quote: You have the right to access}
#           - {topic: right-rectification, quote: "access, rectify and erase your data"}
#           - {topic: right-erasure, quote: erase your data}
#           - {topic: right-restriction, quote: to restrict or object to processing}
#           - {topic: right-objection, quote: object to processing}
#           - {topic: right-portability, quote: to data portability}
#           - {topic: right-withdraw-consent, quote: to withdraw your consent at any time}
#           - {topic: right-complaint, quote: You can complain to the Data Protection Commission}
notice_incomplete contains finding if {
	count(_missing) > 0
	finding := {
		"message": $"the information given at collection does not cover: {concat("; ", [_required[t] | some t in _missing])}",
		"path": _notice_path,
		"because": array.concat(
			[
				$"texts shown before collection or at consent: {lib.quoted([ds.id | some ds in lib.notices])}",
				$"none of them evidences: {concat(", ", _missing)}",
			],
			_generic_retention,
		),
	}
}

# The first privacy notice shown before or at collection, or the disclosures when there
# is none.
_notice_path := ["disclosures", i] if {
	some i, ds in input.disclosures
	_privacy_notice(ds)
	not _earlier_notice(i)
}

_notice_path := ["disclosures"] if {
	not _any_privacy_notice
}

_privacy_notice(ds) if {
	ds.kind == "privacy-notice"
	ds.stage in lib.notice_stages
}

_earlier_notice(i) if {
	some j, ds in input.disclosures
	j < i
	_privacy_notice(ds)
}

_any_privacy_notice if {
	some ds in input.disclosures
	_privacy_notice(ds)
}
