# METADATA
# title: Data protection impact assessments (GDPR Art. 35, 36)
# description: Rules on which processing needs a DPIA, what it records, and prior consultation.
package art22.rules.impact_assessments

import data.art22.lib

_dpias := [a | some a in input.assessments; a.type == "dpia"]

_dpia_ids := [a.id | some a in _dpias]

# METADATA
# title: A decision within Art. 22(1) is not covered by a DPIA that records human involvement
# description: >-
#   A DPIA is required for a systematic and extensive evaluation of personal aspects based
#   on automated processing, including profiling, on which decisions with legal or similarly
#   significant effects are based (Art. 35(3)(a)), and it must describe the processing and
#   assess its risks and the measures envisaged (Art. 35(7)). The rule requires each
#   decision within Art. 22(1) to be listed in a DPIA, and each DPIA that lists it to
#   record the degree of human involvement (WP251rev.01; WP248 rev.01). Whether a decision
#   is within Art. 22(1) is derived, not taken from its label: a decision declared
#   decision-support whose engine reaches an adverse outcome, whose human is a token, or
#   that follows a decisive score gets the finding too, naming the rule that found it
#   (ART22-1-MISCLASSIFIED, ART22-1-TOKEN-HUMAN). Art. 35(3)(a) reaches further, to
#   decisions based on profiling that a human takes; those are not checked here. Whether
#   the assessment is good is for a person.
# custom:
#   id: ART35-3A-DPIA-ADM
#   severity: violation
#   articles:
#     - GDPR Art. 35(3)(a)
#     - GDPR Art. 35(7)
#   humanReview: >-
#     Whether the DPIA assesses necessity, proportionality and the risks to people, with
#     measures, and whether decisions a human takes on the basis of profiling also need one.
#   remediation: >-
#     Carry out a DPIA covering the decision, record the human involvement in it, and declare
#     it (assessments[] with type dpia, decisions, recordsHumanInvolvement).
#   sources:
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Data Protection Impact Assessment (DPIA) (WP248 rev.01), revised 4 October 2017
#   counterexample: |
#     assessments:
#       - id: dpia-underwriting
#         decisions: []
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         type: dpia
#         date: 2025-09-30
#         decisions: [life-underwriting]
#         purposes: [underwriting]
#         residualRisk: low
dpia_adm contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	not _covered(d.id)
	finding := {
		"message": $"decision `{d.id}` is within Art. 22(1) ({lib.art22_outcomes_words(d)}) but no DPIA covers it",
		"path": ["decisions", i],
		"because": [
			lib.art22_because(d),
			$"DPIAs declared: {lib.quoted(_dpia_ids)}; none lists `{d.id}`",
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
		"message": $"DPIA `{a.id}` covers decision `{d.id}`, within Art. 22(1), but does not record the degree of human involvement",
		"path": ["assessments", k, "recordsHumanInvolvement"],
		"because": [
			lib.art22_because(d),
			$"assessment `{a.id}` lists `{d.id}`; recordsHumanInvolvement is false",
		],
	}
}

_covered(id) if {
	some a in _dpias
	id in a.decisions
}

# METADATA
# title: Large-scale processing of special-category data is not covered by a DPIA
# description: >-
#   A DPIA is required for processing on a large scale of special categories of data (Art.
#   35(3)(b)). The rule requires each purpose declared largeScale that uses special
#   categories to be listed in a DPIA. Which data is special is derived: a category is
#   counted when its class is a special category, and also when what it is about (smoking,
#   build, medication, family history, genetic tests, ethnic origin...) reveals one though
#   its class says ordinary; the finding then names ART9-1-UNFLAGGED-HEALTH. Whether
#   processing is large scale is the declaration's own label (largeScale), not computed:
#   the declaration gives no number of people, volume or duration. An insurer's
#   underwriting of health data usually is large scale.
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
#   counterexample: |
#     assessments:
#       - id: dpia-underwriting
#         purposes: []
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         type: dpia
#         date: 2025-09-30
#         purposes: [underwriting]
dpia_special contains finding if {
	some i, p in input.purposes
	p.largeScale
	special := [c | some c in p.categories; lib.special(c)]
	count(special) > 0
	not _covers_purpose(p.id)
	finding := {
		"message": $"purpose `{p.id}` processes special-category data on a large scale but no DPIA covers it",
		"path": ["purposes", i],
		"because": [
			$"purpose `{p.id}` is declared large scale and uses {concat(", ", [lib.special_words(c) | some c in special])}",
			$"DPIAs declared: {lib.quoted(_dpia_ids)}; none lists `{p.id}`",
		],
	}
}

_covers_purpose(id) if {
	some a in _dpias
	id in a.purposes
}

# METADATA
# title: A DPIA leaves a high residual risk and the authority is not consulted
# description: >-
#   Where a DPIA indicates that the processing would result in a high risk in the absence of
#   measures taken by the controller to mitigate it, the controller must consult the
#   supervisory authority before processing (Art. 36(1)). The rule fires for a DPIA whose
#   residual risk is high and that records no prior consultation. The residual risk is the
#   controller's own assessment (residualRisk), and whether the consultation came before
#   the processing began is not checked: the declaration does not say when it began.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 36"
# custom:
#   id: ART36-PRIOR-CONSULTATION
#   severity: violation
#   articles:
#     - GDPR Art. 36(1)
#   humanReview: Whether the residual risk was assessed honestly, and whether the consultation took place before the processing began.
#   remediation: Consult the supervisory authority before processing, or reduce the risk with further measures, and declare it (priorConsultation).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 36
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     assessments:
#       - id: dpia-underwriting
#         residualRisk: high
#   example: |
#     assessments:
#       - id: dpia-underwriting
#         residualRisk: low   # or: high, with a prior consultation of the authority
prior_consultation contains finding if {
	some k, a in input.assessments
	a.type == "dpia"
	a.residualRisk == "high"
	not a.priorConsultation.exists
	finding := {
		"message": $"DPIA `{a.id}` leaves a high residual risk but the supervisory authority was not consulted",
		"path": ["assessments", k, "priorConsultation"],
		"because": [$"assessment `{a.id}` (covering {lib.quoted(array.concat(a.decisions, a.purposes))}) has residualRisk high and priorConsultation.exists false"],
	}
}
