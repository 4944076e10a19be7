# METADATA
# title: The AI Act and AI systems for life and health insurance pricing
# description: >-
#   Rules from Regulation (EU) 2024/1689 (the AI Act) on AI systems intended for risk
#   assessment and pricing in relation to natural persons in life and health insurance,
#   which Annex III point 5(c) lists as high-risk. Application dates: Art. 113 of the AI
#   Act set 2 August 2026 for the Annex III high-risk regime (Chapter III). The Digital
#   Omnibus on AI moved the application of Chapter III, Sections 1 to 3, for Annex III
#   systems to 2 December 2027: according to secondary sources read here it was adopted as
#   Regulation (EU) 2026/1744 of 8 July 2026 and published on 24 July 2026; the Official
#   Journal text itself was not retrieved, so that date is reported, not verified. The rules
#   below use 2 December 2027: before it their findings are reported as upcoming (set
#   --as-of to judge another date). Art. 86 (Chapter IX) is not in Chapter III, but it
#   applies to decisions taken on the basis of the output of a high-risk system listed in
#   Annex III, which cannot be classified as such before Art. 6 applies; it is dated the
#   same way, which is an interpretation. A system is taken for an AI system when its model
#   is machine learning or the controller classified it as high-risk or not-high-risk;
#   rules written by people (Recital 12) are not.
package art22.rules.ai_act

import data.art22.lib

annex_iii_5c_lines := {"life", "health", "critical-illness"}

ai_system(d) if d.model.type == "machine-learning"

ai_system(d) if d.aiSystem.classification in {"high-risk", "not-high-risk"}

in_annex_iii_5c(d) if {
	ai_system(d)
	lib.products_by_id[d.product].line in annex_iii_5c_lines
}

high_risk(d) if d.aiSystem.classification == "high-risk"

high_risk(d) if in_annex_iii_5c(d)

# METADATA
# title: An AI system that prices or assesses risk in life or health insurance is not treated as high-risk
# description: >-
#   AI systems intended to be used for risk assessment and pricing in relation to natural
#   persons in the case of life and health insurance are high-risk (AI Act Art. 6(2) and
#   Annex III point 5(c)). The derogation of Art. 6(3) for systems that do not pose a
#   significant risk never applies to a system that performs profiling of natural persons
#   (Art. 6(3), last subparagraph), and individual underwriting is profiling. The rule
#   fires for a decision on a life, health or critical-illness product whose model is an AI
#   system and which is not classified high-risk, or which claims the Art. 6(3)
#   derogation. Whether critical-illness cover is "health insurance" in the Annex's sense
#   is an interpretation; income protection is not included.
# custom:
#   id: AIA-ANNEX3-5C-HIGH-RISK
#   severity: violation
#   articles:
#     - AI Act Art. 6(2)
#     - AI Act Art. 6(3)
#     - AI Act Annex III(5)(c)
#   appliesFrom: "2027-12-02"
#   humanReview: Whether the system is an AI system at all (Art. 3(1) and Recital 12), and the provider's classification.
#   remediation: >-
#     Classify the system high-risk (aiSystem.classification high-risk), drop any Art. 6(3)
#     derogation, and meet the deployer duties of Art. 26 and 27.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 6 and Annex III point 5(c)
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     - kind: legislation
#       title: Regulation (EU) 2026/1744 (Digital Omnibus on AI), amending Art. 113 of Regulation (EU) 2024/1689 (as reported by secondary sources; not verified against the Official Journal here)
#   example: |
#     decisions:
#       - id: life-pricing
#         model: {type: machine-learning}
#         aiSystem:
#           classification: high-risk
#           article6_3Derogation: false
high_risk_class contains finding if {
	some i, d in input.decisions
	in_annex_iii_5c(d)
	some gap in classification_gaps(d.aiSystem)
	finding := {
		"message": sprintf("decision `%s` uses an AI system for %s insurance %s", [d.id, lib.products_by_id[d.product].line, gap.message]),
		"path": ["decisions", i, "aiSystem", gap.field],
		"because": [
			sprintf("decision `%s` (product `%s`, %s) runs on a %s model", [d.id, d.product, lib.products_by_id[d.product].line, d.model.type]),
			gap.fact,
			"AI Act Annex III point 5(c): risk assessment and pricing in life and health insurance",
		],
	}
}

classification_gaps(a) := {g |
	a.classification != "high-risk"
	g := {"message": sprintf("but classifies it %s", [a.classification]), "field": "classification", "fact": sprintf("aiSystem.classification is %s", [a.classification])}
} | {g |
	a.article6_3Derogation
	g := {"message": "and relies on the Art. 6(3) derogation, which never applies to profiling", "field": "article6_3Derogation", "fact": "aiSystem.article6_3Derogation is true"}
}

six_months_hours := 4383

# METADATA
# title: A deployer of a high-risk AI system misses its duties
# description: >-
#   A deployer of a high-risk AI system must assign human oversight to people with the
#   competence, training and authority needed (Art. 26(2)), ensure input data under its
#   control is relevant and sufficiently representative (Art. 26(4)), monitor the operation
#   (Art. 26(5)), keep the logs the system generates for at least six months (Art. 26(6)),
#   and inform natural persons that they are subject to the use of the system when it makes
#   or assists decisions about them (Art. 26(11)). The rule checks each for decisions on
#   high-risk systems; the text that informs persons must evidence ai-system-role.
# custom:
#   id: AIA-26-DEPLOYER
#   severity: violation
#   articles:
#     - AI Act Art. 26(2)
#     - AI Act Art. 26(4)
#     - AI Act Art. 26(5)
#     - AI Act Art. 26(6)
#     - AI Act Art. 26(11)
#   appliesFrom: "2027-12-02"
#   humanReview: Whether oversight is effective in practice and the provider's instructions for use are followed.
#   remediation: >-
#     Name competent overseers with authority, check input data, monitor the system, keep
#     logs six months or more, and tell people the system is used (aiSystem fields and a
#     disclosure claiming ai-system-role).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 26
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   example: |
#     aiSystem:
#       classification: high-risk
#       oversightRole: senior-underwriters
#       oversightCompetent: true
#       inputDataChecked: true
#       monitored: true
#       logRetention: 12 months
#       personsInformedBy: adm-notice
deployer contains finding if {
	some i, d in input.decisions
	high_risk(d)
	gaps := deployer_gaps(d.aiSystem)
	count(gaps) > 0
	finding := {
		"message": sprintf("decision `%s` uses a high-risk AI system but %s", [d.id, concat("; ", sort(gaps))]),
		"path": ["decisions", i, "aiSystem"],
		"because": [sprintf("decision `%s` runs on a %s model classified %s", [d.id, d.model.type, d.aiSystem.classification])],
	}
}

deployer_gaps(a) := ((({"no competent overseer with authority is named (Art. 26(2))" | not overseen(a)} | {"input data is not checked for relevance (Art. 26(4))" | not a.inputDataChecked}) | {"its operation is not monitored (Art. 26(5))" | not a.monitored}) | {"its logs are not kept for at least six months (Art. 26(6))" | not logs_kept(a.logRetention)}) | {"people are not told the system is used (Art. 26(11))" | not informed(a)}

overseen(a) if {
	a.oversightRole != ""
	a.oversightCompetent
}

logs_kept(r) if r.indefinite

logs_kept(r) if {
	r.declared
	r.hours >= six_months_hours
}

informed(a) if lib.says(lib.disclosure(a.personsInformedBy), "ai-system-role")

# METADATA
# title: No fundamental rights impact assessment for a high-risk AI system in life or health pricing
# description: >-
#   Deployers of the high-risk AI systems of Annex III point 5(c) must assess the impact on
#   fundamental rights before first use (AI Act Art. 27(1)) and notify the market
#   surveillance authority of the results (Art. 27(3)). The rule requires an assessment of
#   type fria listing the decision, with the authority notified.
# custom:
#   id: AIA-27-FRIA
#   severity: violation
#   articles:
#     - AI Act Art. 27(1)
#     - AI Act Art. 27(3)
#   appliesFrom: "2027-12-02"
#   humanReview: Whether the assessment covers the elements of Art. 27(1)(a)-(f) and is updated when they change.
#   remediation: >-
#     Carry out a fundamental rights impact assessment before first use, notify the market
#     surveillance authority, and declare it (assessments[] with type fria, decisions,
#     authorityNotified).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 27
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   example: |
#     assessments:
#       - id: fria-life-pricing
#         type: fria
#         date: 2027-10-01
#         decisions: [life-pricing]
#         authorityNotified: true
fria contains finding if {
	some i, d in input.decisions
	high_risk(d)
	lib.products_by_id[d.product].line in annex_iii_5c_lines
	frias := [a | some a in input.assessments; a.type == "fria"; d.id in a.decisions]
	some gap in fria_gaps(frias)
	finding := {
		"message": sprintf("decision `%s` uses a high-risk AI system for %s insurance but %s", [d.id, lib.products_by_id[d.product].line, gap]),
		"path": ["decisions", i],
		"because": [sprintf("decision `%s` is in Annex III point 5(c)", [d.id]), sprintf("fundamental rights impact assessments covering it: %s", [lib.quoted([a.id | some a in frias])])],
	}
}

fria_gaps(frias) := {"no fundamental rights impact assessment covers it" | count(frias) == 0} | {"the market surveillance authority was not notified of its assessment" | count(frias) > 0; not any_notified(frias)}

any_notified(frias) if {
	some a in frias
	a.authorityNotified
}

# METADATA
# title: People cannot obtain an explanation of the AI system's role in a decision about them
# description: >-
#   A person affected by a decision taken on the basis of the output of a high-risk AI
#   system listed in Annex III, with legal or similarly significant effects, has the right
#   to obtain clear and meaningful explanations of the role of the AI system in the
#   decision-making procedure and the main elements of the decision taken (AI Act Art.
#   86(1)). The rule requires, for decisions on high-risk systems, a text (explanationBy)
#   that evidences ai-system-role and decision-reasons.
# custom:
#   id: AIA-86-EXPLANATION
#   severity: violation
#   articles:
#     - AI Act Art. 86(1)
#   appliesFrom: "2027-12-02"
#   humanReview: Whether the explanation is clear and meaningful for the person's own decision.
#   remediation: >-
#     Give people, on request, an explanation of the AI system's role and the main elements
#     of the decision, and declare the text (aiSystem.explanationBy, with covers
#     ai-system-role and decision-reasons).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 86
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   example: |
#     aiSystem:
#       explanationBy: ai-explanation
#     disclosures:
#       - id: ai-explanation
#         kind: explanation
#         stage: on-request
#         covers:
#           - {topic: ai-system-role, quote: Our pricing model proposed your premium}
#           - {topic: decision-reasons, quote: The main elements were your age and smoking}
explanation contains finding if {
	some i, d in input.decisions
	high_risk(d)
	missing := [t | some t in ["ai-system-role", "decision-reasons"]; not explains(d, t)]
	count(missing) > 0
	finding := {
		"message": sprintf("decision `%s` uses a high-risk AI system but people cannot obtain an explanation of %s", [d.id, concat(" and ", [explain_words[t] | some t in missing])]),
		"path": ["decisions", i, "aiSystem", "explanationBy"],
		"because": [sprintf("aiSystem.explanationBy is %q; it does not evidence %s", [d.aiSystem.explanationBy, concat(", ", missing)])],
	}
}

# A helper, so that an unnamed text counts as saying nothing.
explains(d, topic) if lib.says(lib.disclosure(d.aiSystem.explanationBy), topic)

explain_words := {"ai-system-role": "the system's role", "decision-reasons": "the main elements of the decision"}
