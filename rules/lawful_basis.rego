# METADATA
# title: Lawful basis (GDPR Art. 6)
# description: Rules on the Art. 6(1) basis of each purpose and disclosure, and the right to object.
package art22.rules.lawful_basis

import data.art22.lib

# METADATA
# title: A purpose, or a disclosure to another controller, has no Art. 6(1) basis
# description: >-
#   Every purpose needs one of the bases of Art. 6(1), complete: a basis of legal
#   obligation or public task names the law (Art. 6(3)); consent names the consent; a
#   legitimate interest says what the interest is. Every recipient that is itself a
#   controller receives data on a basis of its own. The Bulgarian data protection
#   commission (PPN-01-622/2018, 8 April 2019) fined a practice for using a former
#   patient's data to file a change of doctor he never asked for, with no basis at all. A
#   declaration that states a complete basis is not flagged: whether the basis really
#   applies (a contract that truly needs the processing, an interest that outweighs the
#   person's) is for a person to judge.
# custom:
#   id: ART6-1-NO-BASIS
#   severity: violation
#   articles:
#     - GDPR Art. 6(1)
#     - GDPR Art. 6(3)
#   humanReview: Whether the basis declared really applies to the processing (necessity for the contract, the balancing test of a legitimate interest).
#   remediation: >-
#     Give the purpose its legalBasis, and complete it: legalBasisLaw for legal-obligation
#     or public-task, consent for consent, legitimateInterest.interest for
#     legitimate-interests. Give each controller recipient its own legalBasis.
#   sources:
#     - kind: decision
#       title: Commission for Personal Data Protection (Bulgaria), decision PPN-01-622/2018 of 8 April 2019 (GP registration form filed without the person's knowledge and without a legal basis)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 6
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     purposes:
#       - id: underwriting
#         legalBasis: contract        # Art. 6(1)(b)
no_basis contains finding if {
	some i, p in input.purposes
	some gap in purpose_gaps(p)
	finding := {
		"message": sprintf("purpose `%s` %s", [p.id, gap.message]),
		"path": array.concat(["purposes", i], gap.path),
		"because": [sprintf("purpose `%s` (%s) uses %s", [p.id, p.type, lib.quoted(p.categories)]), gap.fact],
	}
}

no_basis contains finding if {
	some i, r in input.recipients
	r.role in {"controller", "joint-controller"}
	r.legalBasis == ""
	finding := {
		"message": sprintf("recipient `%s` is a %s but its receiving the data has no Art. 6(1) basis", [r.id, r.role]),
		"path": ["recipients", i, "legalBasis"],
		"because": [sprintf("recipient `%s` (%s, %s) receives %s", [r.id, r.name, r.role, lib.quoted(r.categories)]), "its legalBasis is empty"],
	}
}

purpose_gaps(p) := {g |
	p.legalBasis == ""
	g := {"message": "has no Art. 6(1) basis", "path": ["legalBasis"], "fact": "legalBasis is empty"}
} | {g |
	p.legalBasis in {"legal-obligation", "public-task"}
	p.legalBasisLaw == ""
	g := {"message": sprintf("rests on %s but names no law", [p.legalBasis]), "path": ["legalBasisLaw"], "fact": sprintf("legalBasis is %s and legalBasisLaw is empty", [p.legalBasis])}
} | {g |
	p.legalBasis == "consent"
	p.consent == ""
	g := {"message": "rests on consent but names no consent", "path": ["consent"], "fact": "legalBasis is consent and consent is empty"}
} | {g |
	p.legalBasis == "legitimate-interests"
	trim_space(p.legitimateInterest.interest) == ""
	g := {"message": "rests on legitimate interests but does not say which", "path": ["legitimateInterest"], "fact": "legalBasis is legitimate-interests and legitimateInterest.interest is empty"}
}

# METADATA
# title: Profiling on legitimate interests gives no right to object
# description: >-
#   A person may object to processing based on legitimate interests, profiling included
#   (Art. 21(1)), and the right must be brought to their attention explicitly, at the latest
#   at the first communication (Art. 21(4)). A purpose that profiles on legitimate
#   interests must declare how to object (legitimateInterest.objectionChannels) and that
#   the right is told at first contact.
# custom:
#   id: ART6-1F-PROFILING-NO-OBJECTION
#   severity: violation
#   articles:
#     - GDPR Art. 21(1)
#     - GDPR Art. 21(4)
#     - GDPR Art. 6(1)(f)
#   humanReview: Whether objections are honoured (processing stops unless compelling legitimate grounds are shown).
#   remediation: >-
#     Offer a way to object (legitimateInterest.objectionChannels) and tell people about it
#     explicitly at the first contact (objectionToldAtFirstContact), separately from other
#     information.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 21
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     purposes:
#       - id: fraud-scoring
#         legalBasis: legitimate-interests
#         profiling: true
#         legitimateInterest:
#           interest: Preventing fraud in applications
#           objectionChannels: [online, email]
#           objectionToldAtFirstContact: true
profiling_no_objection contains finding if {
	some i, p in input.purposes
	p.legalBasis == "legitimate-interests"
	p.profiling
	some gap in objection_gaps(p.legitimateInterest)
	finding := {
		"message": sprintf("purpose `%s` profiles on legitimate interests but %s", [p.id, gap.message]),
		"path": ["purposes", i, "legitimateInterest", gap.field],
		"because": [sprintf("purpose `%s` declares profiling on Art. 6(1)(f)", [p.id]), gap.fact],
	}
}

objection_gaps(li) := {g |
	count(li.objectionChannels) == 0
	g := {"message": "offers no way to object", "field": "objectionChannels", "fact": "legitimateInterest.objectionChannels is empty"}
} | {g |
	not li.objectionToldAtFirstContact
	g := {"message": "does not tell people of the right to object at first contact", "field": "objectionToldAtFirstContact", "fact": "legitimateInterest.objectionToldAtFirstContact is false"}
}
