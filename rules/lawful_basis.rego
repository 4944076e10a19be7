# METADATA
# title: Lawful basis (GDPR Art. 6)
# description: Rules on the Art. 6(1) basis of each purpose and disclosure, and the right to object.
package art22.rules.lawful_basis

import data.art22.lib

# METADATA
# title: A purpose, or a disclosure to another controller, has no Art. 6(1) basis
# description: >-
#   Every purpose needs one of the bases of Art. 6(1), complete: a basis of legal
#   obligation or public task names the law (Art. 6(3)); consent names a consent that is
#   valid, for a consent that is bundled, conditional or not specific
#   (ART7-2-BUNDLED-CONSENT, ART7-4-CONDITIONAL-CONSENT, ART7-GRANULAR-CONSENT) is no
#   Art. 6(1)(a) basis, and the finding names that root; a legitimate interest says what
#   the interest is. Every recipient that is itself a
#   controller receives data on a basis of its own. The Bulgarian data protection
#   commission (PPN-01-622/2018, 8 April 2019) fined a practice for using a former
#   patient's data to file a change of doctor he never asked for, with no basis at all. A
#   declaration that states a complete basis is not flagged: whether the basis really
#   applies (a contract that truly needs the processing, an interest that outweighs the
#   person's) is for a person to judge.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 6"
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
#   counterexample: |
#     purposes:
#       - id: administration
#         legalBasis: null
#   example: |
#     purposes:
#       - id: administration
#         legalBasis: contract
no_basis contains finding if {
	some i, p in input.purposes
	some x in lib.basis_defects[p.id]
	x.rule == "ART6-1-NO-BASIS"
	finding := {
		"message": $"purpose `{p.id}` {x.message}",
		"path": array.concat(["purposes", i], x.path),
		"because": [$"purpose `{p.id}` ({p.type}) uses {lib.quoted(p.categories)}", x.fact],
	}
}

no_basis contains finding if {
	some i, r in input.recipients
	r.role in {"controller", "joint-controller"}
	r.legalBasis == ""
	finding := {
		"message": $"recipient `{r.id}` is a {r.role} but its receiving the data has no Art. 6(1) basis",
		"path": ["recipients", i, "legalBasis"],
		"because": [$"recipient `{r.id}` ({r.name}, {r.role}) receives {lib.quoted(r.categories)}", "its legalBasis is empty"],
	}
}

# METADATA
# title: A basis other than consent covers data or processing the purpose does not need
# description: >-
#   Contract, legal obligation, public task and legitimate interests are bases only for
#   processing that is necessary for them (Art. 6(1)(b)-(f), with data minimisation, Art.
#   5(1)(c)): for a contract, objectively indispensable to perform it (CJEU C-252/21, Meta
#   Platforms v Bundeskartellamt, 4 July 2023, ECLI:EU:C:2023:537). Processing beyond what
#   the purpose needs has no basis at all. The rule derives necessity from facts, not from
#   the basis declared: a purpose on contract that uses a category the person may leave out
#   and still be covered (optional: not necessary for the contract); a purpose of a kind no
#   insurance contract needs (marketing, product development, research, fraud prevention)
#   resting on contract (EDPB Guidelines 2/2019 on Art. 6(1)(b), written for online
#   services and read here by analogy for insurance; their passages on fraud prevention,
#   service improvement and advertising were not verified paragraph by paragraph); and any basis other than
#   consent under which a decision serving the purpose rates people on a factor that uses or
#   stands in for a protected characteristic without justification (ART5-1A-PROTECTED-PROXY
#   is the root: unfair, discriminatory processing is not necessary for any purpose, Art.
#   5(1)(a)). Whether a legitimate interest or a legal duty really needs each category is
#   for a person to judge.
# related_resources:
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-252/21
#     description: "CJEU, Case C-252/21, Meta Platforms and Others v Bundeskartellamt, judgment of 4 July 2023, ECLI:EU:C:2023:537 (necessity for the performance of a contract means objectively indispensable)"
#   - ref: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22019-processing-personal-data-under-article-61b_en
#     description: "EDPB, Guidelines 2/2019 on the processing of personal data under Article 6(1)(b) GDPR in the context of the provision of online services to data subjects, version 2.0, 8 October 2019"
# custom:
#   id: ART6-1-BASIS-NECESSITY
#   severity: violation
#   articles:
#     - GDPR Art. 6(1)(b)
#     - GDPR Art. 6(1)(c)
#     - GDPR Art. 6(1)(e)
#     - GDPR Art. 6(1)(f)
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 5(1)(c)
#   humanReview: Whether each category is objectively necessary for the purpose under the basis declared.
#   remediation: >-
#     Stop processing the category for the purpose, or rest it on a basis that fits: a
#     separate, freely given consent for what the contract does not need; for a factor that
#     discriminates, remove it or document its justification with evidence.
#   sources:
#     - kind: judgment
#       title: CJEU, Case C-252/21, Meta Platforms and Others v Bundeskartellamt, judgment of 4 July 2023, ECLI:EU:C:2023:537 (necessity for the performance of a contract means objectively indispensable)
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-252/21
#     - kind: guideline
#       title: EDPB, Guidelines 2/2019 on the processing of personal data under Article 6(1)(b) GDPR in the context of the provision of online services to data subjects, version 2.0, 8 October 2019
#       url: https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-22019-processing-personal-data-under-article-61b_en
#   counterexample: |
#     dataCategories:
#       - id: build
#         optional: true
#   example: |
#     dataCategories:
#       - id: build
#         optional: false   # necessary for the contract, so not optional
basis_necessity contains finding if {
	some i, p in input.purposes
	some x in lib.basis_defects[p.id]
	x.rule == "ART6-1-BASIS-NECESSITY"
	finding := {
		"message": $"purpose `{p.id}` {x.message}",
		"path": array.concat(["purposes", i], x.path),
		"because": [$"purpose `{p.id}` ({p.type}) rests on {p.legalBasis} and uses {lib.quoted(p.categories)}", x.fact],
	}
}

# METADATA
# title: Profiling on legitimate interests gives no right to object
# description: >-
#   A person may object to processing based on legitimate interests, profiling included
#   (Art. 21(1)), and the right must be brought to their attention explicitly, at the latest
#   at the first communication (Art. 21(4)). A purpose that profiles on legitimate
#   interests must declare how to object (legitimateInterest.objectionChannels) and that
#   the right is told at first contact.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 21"
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
#   counterexample: |
#     purposes:
#       - id: administration
#         legalBasis: legitimate-interests
#         profiling: true
#         legitimateInterest:
#           interest: Detecting fraud
#   example: |
#     purposes:
#       - id: administration
#         legitimateInterest:
#           objectionChannels: [online, email]
#           objectionToldAtFirstContact: true
profiling_no_objection contains finding if {
	some i, p in input.purposes
	p.legalBasis == "legitimate-interests"
	p.profiling
	some gap in _objection_gaps[p.id]
	finding := {
		"message": $"purpose `{p.id}` profiles on legitimate interests but {gap.message}",
		"path": array.concat(["purposes", i, "legitimateInterest"], gap.path),
		"because": [$"purpose `{p.id}` declares profiling on Art. 6(1)(f)", gap.fact],
	}
}

# Art. 21(1): the person can object ...
_objection_gaps := _objection_gaps_clauses

_objection_gaps_clauses[p.id] contains {
	"message": "offers no way to object",
	"path": ["objectionChannels"],
	"fact": "legitimateInterest.objectionChannels is empty",
} if {
	some p in input.purposes
	count(p.legitimateInterest.objectionChannels) == 0
}

# ... and Art. 21(4): is told so, explicitly, at the latest at the first communication.
_objection_gaps_clauses[p.id] contains {
	"message": "does not tell people of the right to object at first contact",
	"path": ["objectionToldAtFirstContact"],
	"fact": "legitimateInterest.objectionToldAtFirstContact is false",
} if {
	some p in input.purposes
	not p.legitimateInterest.objectionToldAtFirstContact
}
