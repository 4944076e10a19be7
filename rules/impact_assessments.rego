# METADATA
# title: Data protection impact assessments (GDPR Art. 35, 36)
# description: Rules on which processing needs a DPIA, what it records, and prior consultation.
package art22.rules.impact_assessments

import data.art22.lib

dpias := [a | some a in input.assessments; a.type == "dpia"]

# METADATA
# title: An automated decision with significant effect is not covered by a DPIA that records human involvement
# description: >-
#   A DPIA is required for a systematic and extensive evaluation of personal aspects based
#   on automated processing, including profiling, on which decisions with legal or similarly
#   significant effects are based (Art. 35(3)(a)). The rule requires each solely automated
#   decision with significant effect to be listed in a DPIA that records the degree of human
#   involvement (WP251rev.01). Whether the assessment is good is for a person.
# custom:
#   id: ART35-3A-DPIA-ADM
#   severity: violation
#   articles:
#     - GDPR Art. 35(3)(a)
#     - GDPR Art. 35(7)
#   humanReview: Whether the DPIA assesses necessity, proportionality and the risks to people, with measures.
#   remediation: >-
#     Carry out a DPIA covering the decision, record the human involvement in it, and declare
#     it (assessments[] with type dpia, decisions, recordsHumanInvolvement).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) (WP248 rev.01), revised 4 October 2017
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         type: dpia
#         date: 2025-09-30
#         decisions: [life-underwriting]
#         recordsHumanInvolvement: true
#         residualRisk: low
dpia_adm contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	covering := [a | some a in dpias; d.id in a.decisions]
	count(covering) == 0
	finding := {
		"message": sprintf("decision `%s` is solely automated with significant effect but no DPIA covers it", [d.id]),
		"path": ["decisions", i],
		"because": [
			sprintf("decision `%s` is solely automated; the engine reaches %s", [d.id, lib.art22_outcomes_words(d)]),
			sprintf("DPIAs declared: %s; none lists `%s`", [lib.quoted([a.id | some a in dpias]), d.id]),
		],
	}
}

dpia_adm contains finding if {
	some d in input.decisions
	lib.within_art22[d.id]
	some k, a in input.assessments
	a.type == "dpia"
	d.id in a.decisions
	not a.recordsHumanInvolvement
	finding := {
		"message": sprintf("DPIA `%s` covers decision `%s` but does not record the degree of human involvement", [a.id, d.id]),
		"path": ["assessments", k, "recordsHumanInvolvement"],
		"because": [sprintf("assessment `%s` lists `%s`; recordsHumanInvolvement is false", [a.id, d.id])],
	}
}

# METADATA
# title: Large-scale processing of special-category data is not covered by a DPIA
# description: >-
#   A DPIA is required for processing on a large scale of special categories of data (Art.
#   35(3)(b)). The rule requires each purpose declared largeScale that uses special
#   categories to be listed in a DPIA. Whether processing is large scale is declared, not
#   computed: an insurer's underwriting of health data usually is.
# custom:
#   id: ART35-3B-DPIA-SPECIAL
#   severity: violation
#   articles:
#     - GDPR Art. 35(3)(b)
#   humanReview: Whether purposes not declared large scale are in fact large scale (number of people, volume, duration, geography).
#   remediation: Carry out a DPIA covering the purpose and declare it (assessments[] with type dpia and purposes).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) (WP248 rev.01), revised 4 October 2017
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         type: dpia
#         purposes: [underwriting]
dpia_special contains finding if {
	some i, p in input.purposes
	p.largeScale
	special := [c | some c in p.categories; lib.special(c)]
	count(special) > 0
	count([a | some a in dpias; p.id in a.purposes]) == 0
	finding := {
		"message": sprintf("purpose `%s` processes special-category data on a large scale but no DPIA covers it", [p.id]),
		"path": ["purposes", i],
		"because": [sprintf("purpose `%s` is declared large scale and uses %s", [p.id, lib.quoted(special)]), sprintf("DPIAs declared: %s; none lists `%s`", [lib.quoted([a.id | some a in dpias]), p.id])],
	}
}

# METADATA
# title: A DPIA leaves a high residual risk and the authority is not consulted
# description: >-
#   Where a DPIA indicates that the processing would result in a high risk in the absence of
#   measures taken by the controller to mitigate it, the controller must consult the
#   supervisory authority before processing (Art. 36(1)). The rule fires for a DPIA whose
#   residual risk is high and that records no prior consultation.
# custom:
#   id: ART36-PRIOR-CONSULTATION
#   severity: violation
#   articles:
#     - GDPR Art. 36(1)
#   humanReview: Whether the residual risk was assessed honestly.
#   remediation: Consult the supervisory authority before processing, or reduce the risk with further measures, and declare it (priorConsultation).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 36
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         residualRisk: high
#         priorConsultation:
#           exists: true
#           date: 2025-10-15
prior_consultation contains finding if {
	some k, a in input.assessments
	a.type == "dpia"
	a.residualRisk == "high"
	not a.priorConsultation.exists
	finding := {
		"message": sprintf("DPIA `%s` leaves a high residual risk but the supervisory authority was not consulted", [a.id]),
		"path": ["assessments", k, "priorConsultation"],
		"because": [sprintf("assessment `%s` has residualRisk high and priorConsultation.exists false", [a.id])],
	}
}
