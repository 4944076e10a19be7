# METADATA
# title: Completeness of the information given at collection (GDPR Art. 13)
# description: Rules on what the texts given before or at collection must cover, taken together.
package art22.rules.privacy_notice

import data.art22.lib

always := {
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

conditional := (({["dpo-contact", "the contact details of the data protection officer (Art. 13(1)(b))"] |
	concat("", [input.controller.dpo.name, input.controller.dpo.email, input.controller.dpo.phone]) != ""
} | {["right-withdraw-consent", "the right to withdraw consent (Art. 13(2)(c))"] |
	some p in input.purposes
	consent_relied_on(p)
}) | {["legitimate-interests", "the legitimate interests pursued (Art. 13(1)(d))"] |
	some p in input.purposes
	p.legalBasis == "legitimate-interests"
}) | {["transfers", "transfers outside the EEA and their safeguards (Art. 13(1)(f))"] |
	some r in input.recipients
	r.country != ""
	not r.country in lib.eea_countries
}

consent_relied_on(p) if p.legalBasis == "consent"

consent_relied_on(p) if p.specialCategoryCondition == "explicit-consent"

required := object.union(always, {t: w | some [t, w] in conditional})

# METADATA
# title: The information given at collection misses items Art. 13 requires
# description: >-
#   Taken together, the texts shown before collection or at consent must cover the items
#   of Art. 13(1)-(2): who the controller is, the DPO's contact where there is one, the
#   legal basis, legitimate interests where relied on, transfers outside the EEA where
#   there are any, retention, each right (access, rectification, erasure, restriction,
#   objection, portability, withdrawal of consent where consent is relied on, complaint),
#   and whether the data is required and what happens without it. Purposes and recipients
#   are checked one by one by ART5-1A-UNDISCLOSED-PURPOSE, automated decisions by
#   ART13-2F-ADM-NOT-DISCLOSED. A risk, not a violation: the notice may cover an item in
#   words the declaration does not claim.
# custom:
#   id: ART13-NOTICE-INCOMPLETE
#   severity: risk
#   articles:
#     - GDPR Art. 13(1)
#     - GDPR Art. 13(2)
#     - GDPR Art. 12(1)
#   humanReview: Whether each item is given in concise, intelligible and easily accessible form (Art. 12(1)).
#   remediation: >-
#     Add the missing items to the privacy notice, and declare each in its covers with the
#     sentence that says it.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 13
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on transparency under Regulation 2016/679 (WP260 rev.01), revised 11 April 2018
#   example: |
#     disclosures:
#       - id: privacy-notice
#         kind: privacy-notice
#         stage: before-collection
#         covers:
#           - {topic: retention, quote: We keep your data for 7 years after your policy ends}
#           - {topic: right-complaint, quote: You can complain to the Data Protection Commission}
notice_incomplete contains finding if {
	missing := sort([t | some t, _ in required; not lib.notice_says(t)])
	count(missing) > 0
	finding := {
		"message": sprintf("the information given at collection does not cover: %s", [concat("; ", [required[t] | some t in missing])]),
		"path": notice_path,
		"because": [
			sprintf("texts shown before collection or at consent: %s", [lib.quoted([ds.id | some ds in lib.notices])]),
			sprintf("none of them evidences: %s", [concat(", ", missing)]),
		],
	}
}

notice_path := ["disclosures", i] if {
	some i, ds in input.disclosures
	ds.kind == "privacy-notice"
	ds.stage in lib.notice_stages
	not earlier_notice(i)
}

notice_path := ["disclosures"] if {
	not any_privacy_notice
}

earlier_notice(i) if {
	some j, ds in input.disclosures
	j < i
	ds.kind == "privacy-notice"
	ds.stage in lib.notice_stages
}

any_privacy_notice if {
	some ds in input.disclosures
	ds.kind == "privacy-notice"
	ds.stage in lib.notice_stages
}
