# METADATA
# title: The AI Act and AI systems for life and health insurance pricing
# description: >-
#   Rules from Regulation (EU) 2024/1689 (the AI Act) on AI systems intended for risk
#   assessment and pricing in relation to natural persons in life and health insurance,
#   which Annex III point 5(c) lists as high-risk. Application dates: Art. 113, as
#   published, applies the Regulation from 2 August 2026, the Annex III high-risk regime
#   included. The 2026 "Digital Omnibus on AI" (Commission proposal COM(2025) 836) was
#   reported adopted by the European Parliament on 16 June 2026 and by the Council on 29
#   June 2026, moving the obligations for Annex III high-risk systems to 2 December 2027;
#   its text in the Official Journal, its number and its date of entry into force were not
#   verified here. The rules on the high-risk class and the deployer's duties use 2
#   December 2027, as reported: before it their findings are reported as upcoming; were
#   the Omnibus not in force, those obligations would have applied since 2 August 2026.
#   Art. 86 is in Chapter IX, and no source read says the Omnibus moved it: its rule uses
#   2 August 2026 (see its description). A system is taken for an AI system when its
#   model is machine learning or the controller classified it high-risk or not high-risk;
#   rules written by people are not (Recital 12).
package art22.rules.ai_act

import data.art22.lib

# METADATA
# title: An AI system that prices or assesses risk in life or health insurance is not treated as high-risk
# description: >-
#   AI systems intended to be used for risk assessment and pricing in relation to natural
#   persons in the case of life and health insurance are high-risk (AI Act Art. 6(2) and
#   Annex III point 5(c)). The derogation of Art. 6(3) for systems that do not pose a
#   significant risk never applies to a system that performs profiling of natural persons
#   (Art. 6(3), last subparagraph, read in secondary sources that quote the Official
#   Journal), and individual underwriting is profiling. The rule fires for a decision that
#   serves underwriting or pricing, for a life, health or critical-illness product, on an
#   AI system, when the system is not classified high-risk or the Art. 6(3) derogation is
#   claimed. A decision on such a product for another purpose (claims, fraud prevention)
#   is not risk assessment and pricing and is not caught. Whether critical-illness cover is
#   "health insurance" in the Annex's sense is an interpretation; income protection is not
#   included. Applies from 2 December 2027, the date to which the Digital Omnibus on AI
#   was reported to move the Annex III obligations (not verified in the Official Journal;
#   2 August 2026 under Art. 113 as published).
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     description: "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 6, Art. 113 and Annex III point 5(c)"
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
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 6, Art. 113 and Annex III point 5(c)
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     - kind: legislation
#       title: Digital Omnibus on AI, amending Regulation (EU) 2024/1689 (Commission proposal COM(2025) 836 of 19 November 2025; reported adopted by the European Parliament on 16 June 2026 and the Council on 29 June 2026; not verified in the Official Journal)
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         model: {type: machine-learning}
#         aiSystem: {classification: not-high-risk}
#   example: |
#     decisions:
#       - id: life-underwriting
#         model: {type: machine-learning}
#         aiSystem:
#           classification: high-risk
#           article6_3Derogation: false
high_risk_class contains finding if {
	some i, d in input.decisions
	line := lib.annex_iii_5c[d.id]
	some gap in _classification_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` uses an AI system to assess risk or price {line} insurance {gap.message}",
		"path": array.concat(["decisions", i, "aiSystem"], gap.path),
		"because": [
			$"decision `{d.id}` (product `{d.product}`, {line}; purpose `{d.purpose}`, {lib.purposes_by_id[d.purpose].type}) runs on a {d.model.type} model",
			gap.fact,
			"AI Act Annex III point 5(c): risk assessment and pricing in relation to natural persons in life and health insurance",
		],
	}
}

# Art. 6(2): the system is high-risk.
_classification_gaps := _classification_gaps_clauses

_classification_gaps_clauses[d.id] contains {
	"message": $"but classifies it {d.aiSystem.classification}",
	"path": ["classification"],
	"fact": $"aiSystem.classification is {d.aiSystem.classification}",
} if {
	some d in input.decisions
	lib.annex_iii_5c[d.id]
	d.aiSystem.classification != "high-risk"
}

# Art. 6(3), last subparagraph: the derogation never covers profiling.
_classification_gaps_clauses[d.id] contains {
	"message": "and relies on the Art. 6(3) derogation, which never applies to profiling",
	"path": ["article6_3Derogation"],
	"fact": "aiSystem.article6_3Derogation is true",
} if {
	some d in input.decisions
	lib.annex_iii_5c[d.id]
	d.aiSystem.article6_3Derogation
}

_six_months_hours := 4383

_high_risk_words(d) := concat("; ", sort(lib.high_risk_ai[d.id]))

# METADATA
# title: A deployer of a high-risk AI system misses its duties
# description: >-
#   A deployer of a high-risk AI system must assign human oversight to people with the
#   competence, training and authority needed (Art. 26(2)), ensure that input data under
#   its control is relevant and sufficiently representative (Art. 26(4)), monitor the
#   operation (Art. 26(5)), keep the logs the system generates, to the extent they are
#   under its control, for at least six months (Art. 26(6)), and, for an Annex III system
#   that makes or assists decisions about natural persons, inform them that they are
#   subject to its use (Art. 26(11)). The rule checks each for decisions on a high-risk
#   system: one the controller classified high-risk, or one within Annex III point 5(c)
#   whatever its classification. The text that informs people must be one shown to them
#   (before collection, at consent, at or after the decision), not one given only on
#   request, and must evidence ai-system-role. The wording of Art. 26(6) was read here
#   only as recalled, not in the Official Journal. Applies from 2 December 2027, as
#   reported (see the package description).
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     description: "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 26"
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
#   humanReview: Whether oversight is effective in practice, the overseers' competence as declared is real, and the provider's instructions for use are followed.
#   remediation: >-
#     Name competent overseers with authority, check input data, monitor the system, keep
#     logs six months or more, and tell people the system is used (aiSystem fields and a
#     notice claiming ai-system-role).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 26
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         model: {type: machine-learning}
#         aiSystem:
#           classification: high-risk
#           article6_3Derogation: false
#   example: |
#     decisions:
#       - id: life-underwriting
#         aiSystem:   # every deployer duty of Art. 26 met
#           oversightRole: medical-underwriters
#           oversightCompetent: true
#           inputDataChecked: true
#           monitored: true
#           logRetention: 12 months
#           personsInformedBy: privacy-notice
#     disclosures:
#       - id: privacy-notice   # which says the system is used (ai-system-role)
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
#           - {topic: ai-system-role, quote: our underwriting rules decide whether to accept it and set the premium}
deployer contains finding if {
	some i, d in input.decisions
	lib.high_risk_ai[d.id]
	some gap in _deployer_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` uses a high-risk AI system but {gap.message}",
		"path": array.concat(["decisions", i, "aiSystem"], gap.path),
		"because": [
			$"decision `{d.id}` runs on a {d.model.type} model classified {d.aiSystem.classification}, a high-risk AI system: {_high_risk_words(d)}",
			gap.fact,
		],
	}
}

# Art. 26(2): oversight by competent people with authority.
_deployer_gaps := _deployer_gaps_clauses

_deployer_gaps_clauses[d.id] contains {
	"message": "no competent overseer with authority is named (Art. 26(2))",
	"path": ["oversightRole"],
	"fact": $"aiSystem.oversightRole is {lib.quoted(_nonempty([d.aiSystem.oversightRole]))} and oversightCompetent is {d.aiSystem.oversightCompetent}",
} if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not _overseen(d.aiSystem)
}

# Art. 26(4): relevant and representative input data.
_deployer_gaps_clauses[d.id] contains {
	"message": "input data is not checked for relevance (Art. 26(4))",
	"path": ["inputDataChecked"],
	"fact": "aiSystem.inputDataChecked is false",
} if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not d.aiSystem.inputDataChecked
}

# Art. 26(5): operation monitored.
_deployer_gaps_clauses[d.id] contains {
	"message": "its operation is not monitored (Art. 26(5))",
	"path": ["monitored"],
	"fact": "aiSystem.monitored is false",
} if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not d.aiSystem.monitored
}

# Art. 26(6): logs kept at least six months.
_deployer_gaps_clauses[d.id] contains {
	"message": "its logs are not kept for at least six months (Art. 26(6))",
	"path": ["logRetention"],
	"fact": $"aiSystem.logRetention is {lib.duration_words(d.aiSystem.logRetention)}",
} if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not _logs_kept(d.aiSystem.logRetention)
}

# Art. 26(11): the people decided on are told the system is used.
_deployer_gaps_clauses[d.id] contains {
	"message": "people are not told the system is used (Art. 26(11))",
	"path": ["personsInformedBy"],
	"fact": _informed_fact(d.aiSystem.personsInformedBy),
} if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not _informed(d.aiSystem)
}

_nonempty(xs) := [x | some x in xs; x != ""]

_overseen(a) if {
	a.oversightRole != ""
	a.oversightCompetent
}

_logs_kept(r) if r.indefinite

_logs_kept(r) if {
	r.declared
	r.hours >= _six_months_hours
}

_shown_stages := lib.informing_stages | lib.decision_stages

_informed(a) if {
	ds := lib.disclosure(a.personsInformedBy)
	ds.stage in _shown_stages
	lib.says(ds, "ai-system-role")
}

_informed_fact("") := "aiSystem.personsInformedBy names no text"

_informed_fact(id) := $"text `{id}` is given only on request, so it informs nobody who does not ask" if {
	lib.disclosure(id).stage == "on-request"
}

_informed_fact(id) := $"text `{id}` does not evidence ai-system-role" if {
	ds := lib.disclosure(id)
	ds.stage != "on-request"
	not lib.says(ds, "ai-system-role")
}

# METADATA
# title: No fundamental rights impact assessment for a high-risk AI system in life or health pricing
# description: >-
#   Before deploying a high-risk AI system, deployers of the systems of Annex III points
#   5(b) and (c), insurers pricing or assessing risk in life and health insurance among
#   them, must assess its impact on fundamental rights (AI Act Art. 27(1), which names
#   them directly), and notify the market surveillance authority of the results (Art.
#   27(3), whose wording was not read here in the Official Journal). The rule requires,
#   for each decision within Annex III point 5(c) (an AI system used for underwriting or
#   pricing life, health or critical-illness cover, whatever its classification), an
#   assessment of type fria listing the decision, with the authority notified. A decision
#   on a life product for another purpose is not within point 5(c), and a private insurer
#   is not otherwise bound by Art. 27(1). Applies from 2 December 2027, as reported (see
#   the package description).
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     description: "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 27"
# custom:
#   id: AIA-27-FRIA
#   severity: violation
#   articles:
#     - AI Act Art. 27(1)
#     - AI Act Art. 27(3)
#   appliesFrom: "2027-12-02"
#   humanReview: Whether the assessment covers the elements of Art. 27(1)(a)-(f), was made before first use, and is updated when they change.
#   remediation: >-
#     Carry out a fundamental rights impact assessment before first use, notify the market
#     surveillance authority, and declare it (assessments[] with type fria, decisions,
#     authorityNotified).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 27
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         model: {type: machine-learning}
#         aiSystem:
#           classification: high-risk
#           article6_3Derogation: false
#           oversightRole: medical-underwriters
#           oversightCompetent: true
#           inputDataChecked: true
#           monitored: true
#           logRetention: 12 months
#           personsInformedBy: privacy-notice
#   example: |
#     assessments:
#       - id: fria-life-underwriting
#         type: fria
#         date: 2026-07-01
#         decisions: [life-underwriting]
#         purposes: [underwriting]
#         residualRisk: low
#         authorityNotified: true
fria contains finding if {
	some i, d in input.decisions
	line := lib.annex_iii_5c[d.id]
	some gap in _fria_gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` uses a high-risk AI system for {line} insurance but {gap}",
		"path": ["decisions", i],
		"because": [
			$"decision `{d.id}` assesses risk or prices {line} insurance with an AI system: AI Act Annex III point 5(c), whose deployers Art. 27(1) names",
			$"fundamental rights impact assessments covering it: {lib.quoted([a.id | some a in _frias(d)])}",
		],
	}
}

_frias(d) := [a | some a in input.assessments; a.type == "fria"; d.id in a.decisions]

# Art. 27(1): an assessment before first use.
_fria_gaps := _fria_gaps_clauses

_fria_gaps_clauses[d.id] contains "no fundamental rights impact assessment covers it" if {
	some d in input.decisions
	lib.annex_iii_5c[d.id]
	count(_frias(d)) == 0
}

# Art. 27(3): the authority notified of its results.
_fria_gaps_clauses[d.id] contains "the market surveillance authority was not notified of its assessment" if {
	some d in input.decisions
	lib.annex_iii_5c[d.id]
	count(_frias(d)) > 0
	not _any_notified(_frias(d))
}

_any_notified(frias) if {
	some a in frias
	a.authorityNotified
}

# METADATA
# title: People cannot obtain an explanation of the AI system's role in a decision about them
# description: >-
#   A person subject to a decision taken by the deployer on the basis of the output of a
#   high-risk AI system listed in Annex III (point 2 excepted), which produces legal
#   effects or similarly significantly affects them in a way they consider adverse to
#   their health, safety or fundamental rights, has the right to clear and meaningful
#   explanations of the role of the AI system in the decision-making procedure and of the
#   main elements of the decision taken (AI Act Art. 86(1)). The right applies only to the
#   extent that Union law does not otherwise provide it (Art. 86(3)). So the rule looks
#   only at decisions on a high-risk system (classified high-risk, or within Annex III
#   point 5(c)) that can end in an outcome against the person (decline, loading,
#   exclusion, postponement, individual price), whoever takes it, and that are not within
#   Art. 22(1) of the GDPR: for a decision within Art. 22(1), GDPR Art. 15(1)(h) (the
#   procedure and principles actually applied, CJEU C-203/22) and Art. 22(3) already give
#   the person an explanation, the AI Act right adds nothing, and a missing explanation is
#   reported under those articles (ART15-1H-LOGIC-ON-REQUEST, ART22-3-NO-EXPLANATION).
#   What remains is chiefly the decision a human takes on the system's output. For those,
#   the rule requires a text (aiSystem.explanationBy) that evidences ai-system-role and
#   decision-reasons. Whether the person considers the effect adverse is theirs to say; an
#   adverse outcome is taken as the mark. Date: Art. 86 is in Chapter IX, which Art. 113
#   applies from 2 August 2026, and no source read says the Digital Omnibus on AI moved
#   it; the rule applies from that date. Because Art. 86 refers to systems that Art. 6
#   classifies, which the Omnibus was reported to defer to 2 December 2027 for Annex III,
#   it can be argued that Art. 86 bites only from then: that reading is not encoded, and
#   a person should weigh it.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     description: "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 86 and 113"
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#     description: "CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117"
# custom:
#   id: AIA-86-EXPLANATION
#   severity: violation
#   articles:
#     - AI Act Art. 86(1)
#     - AI Act Art. 86(3)
#   appliesFrom: "2026-08-02"
#   humanReview: >-
#     Whether the explanation is clear and meaningful for the person's own decision, and
#     whether Art. 86 already applies to decisions on Annex III systems before the
#     high-risk obligations do.
#   remediation: >-
#     Give people, on request, an explanation of the AI system's role and the main elements
#     of the decision, and declare the text (aiSystem.explanationBy, with covers
#     ai-system-role and decision-reasons).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 86 and 113
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     - kind: judgment
#       title: CJEU, Case C-203/22, CK v Magistrat der Stadt Wien (Dun & Bradstreet Austria GmbH, another party), judgment of 27 February 2025, ECLI:EU:C:2025:117
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-203/22
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         model: {type: machine-learning}
#         aiSystem:
#           classification: high-risk
#           article6_3Derogation: false
#           oversightRole: medical-underwriters
#           oversightCompetent: true
#           inputDataChecked: true
#           monitored: true
#           logRetention: 12 months
#           personsInformedBy: privacy-notice
#         automation: decision-support
#         outcomes:
#           - {type: accept, decidedBy: engine}
#           - {type: premium-loading, decidedBy: human}
#           - {type: decline, decidedBy: human}
#         exception: null
#         consent: null
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
#   example: |
#     decisions:
#       - id: life-underwriting
#         aiSystem:
#           explanationBy: explanation   # a text that says what the system did
#     disclosures:
#       - id: explanation
#         covers:
#           - {topic: decision-reasons, quote: The rules applied to your answers were}
#           - {topic: ai-system-role, quote: The rules applied to your answers were}
explanation contains finding if {
	some i, d in input.decisions
	adverse := _art86_decisions[d.id]
	some topic in ["ai-system-role", "decision-reasons"]
	not _explains(d, topic)
	finding := {
		"message": $"decision `{d.id}` is taken on the output of a high-risk AI system but people cannot obtain an explanation of {_explain_words[topic]}",
		"path": ["decisions", i, "aiSystem", "explanationBy"],
		"because": [
			$"decision `{d.id}` runs on a high-risk AI system ({_high_risk_words(d)}) and can end in {lib.listed(adverse)}",
			"it is not within GDPR Art. 22(1), so no other Union law gives the explanation (AI Act Art. 86(3))",
			_explanation_fact(d, topic),
		],
	}
}

# Art. 86(1) and (3): decisions on a high-risk system with an adverse outcome, outside
# GDPR Art. 22(1); the value is the adverse outcomes, sorted.
_art86_decisions := _art86_decisions_clauses

_art86_decisions_clauses[d.id] := adverse if {
	some d in input.decisions
	lib.high_risk_ai[d.id]
	not lib.within_art22[d.id]
	adverse := sort({o.type | some o in d.outcomes; o.type in lib.adverse_outcomes})
	count(adverse) > 0
}

# A helper, so that an unnamed text counts as saying nothing.
_explains(d, topic) if lib.says(lib.disclosure(d.aiSystem.explanationBy), topic)

_explanation_fact(d, topic) := $"aiSystem.explanationBy names no text, so nothing evidences {topic}" if d.aiSystem.explanationBy == ""

_explanation_fact(d, topic) := $"text `{d.aiSystem.explanationBy}` does not evidence {topic}" if d.aiSystem.explanationBy != ""

_explain_words := {"ai-system-role": "the system's role", "decision-reasons": "the main elements of the decision"}
