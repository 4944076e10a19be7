# METADATA
# title: Governance of the models behind automated decisions and scores
# description: >-
#   Rules on validating, bias-testing, monitoring and documenting the models that decide
#   about people (within Art. 22(1)) or select them for a human's attention (a score that
#   refers, checks or investigates), judged as of input.evaluation.asOf. Where no interval
#   is declared, one year is applied: that default is this checker's, not the law's.
package art22.rules.model_governance

import data.art22.lib

# ---------------------------------------------------------------------------
# What a model needs: validated, tested for effects on protected groups, monitored and
# documented. One body per condition; each gap is {message, path, fact}, the path
# relative to the decision. The message continues "the model ..." or "a model that ...".

# Validated within its interval (Art. 5(1)(d), 25(1)).
_gaps := _gaps_clauses

_gaps_clauses[d.id] contains {
	"message": $"has not been validated within {_interval_words(d.model.validationInterval)} (last validated: {lib.date_words(d.model.lastValidated)})",
	"path": ["model", "lastValidated"],
	"fact": $"model.lastValidated is {lib.date_words(d.model.lastValidated)}, judged as of {input.evaluation.asOf}; validation interval: {_interval_words(d.model.validationInterval)}",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	lib.stale(d.model.lastValidated, d.model.validationInterval)
}

# Tested for discriminatory effects within its interval (Art. 5(1)(a), 25(1)).
_gaps_clauses[d.id] contains {
	"message": $"has not been tested for discriminatory effects within {_interval_words(d.model.biasTestInterval)} (last tested: {lib.date_words(d.model.lastBiasTest)})",
	"path": ["model", "lastBiasTest"],
	"fact": $"model.lastBiasTest is {lib.date_words(d.model.lastBiasTest)}, judged as of {input.evaluation.asOf}; bias-test interval: {_interval_words(d.model.biasTestInterval)}",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	lib.stale(d.model.lastBiasTest, d.model.biasTestInterval)
}

# The bias test says which protected characteristics it compared outcomes across ...
_gaps_clauses[d.id] contains {
	"message": "was tested for bias without naming the protected characteristics it compared",
	"path": ["model", "biasTestGroups"],
	"fact": $"model.lastBiasTest is {d.model.lastBiasTest} and model.biasTestGroups is empty",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	d.model.lastBiasTest != ""
	count(d.model.biasTestGroups) == 0
}

# ... and covers every one its factors use or stand in for.
_gaps_clauses[d.id] contains {
	"message": $"was not tested for bias across {lib.listed(missing)}, which its factors use or stand in for",
	"path": ["model", "biasTestGroups"],
	"fact": $"its factors use or stand in for protected characteristics ({_factor_characteristics_words(d)}); the bias test compared {lib.listed(d.model.biasTestGroups)}",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	d.model.lastBiasTest != ""
	count(d.model.biasTestGroups) > 0
	missing := sort(_characteristics(d) - {t | some t in d.model.biasTestGroups})
	count(missing) > 0
}

# The bias test found no disparity, or a disparity that was mitigated and re-tested.
_gaps_clauses[d.id] contains {
	"message": _result_message(d.model.biasTestResult),
	"path": ["model", "biasTestResult"],
	"fact": $"model.lastBiasTest is {d.model.lastBiasTest} and model.biasTestResult is {_result_words(d.model.biasTestResult)}; only no-disparity or disparity-mitigated supports the model",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	d.model.lastBiasTest != ""
	not d.model.biasTestResult in lib.justifying_bias_results
}

# Errors in production are monitored and corrected (Art. 5(1)(d)).
_gaps_clauses[d.id] contains {
	"message": "is not monitored for errors in production",
	"path": ["model", "errorMonitoring"],
	"fact": "model.errorMonitoring is false: inaccurate results are neither found nor corrected",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	not d.model.errorMonitoring
}

# The model is documented, so that its fairness and accuracy can be demonstrated (Art. 5(2), 24(1)).
_gaps_clauses[d.id] contains {
	"message": "is not documented",
	"path": ["model", "documentation"],
	"fact": "model.documentation is empty: nothing records the model's purpose, data, design, performance and limits",
} if {
	some d in input.decisions
	lib.needs_governance[d.id]
	trim_space(d.model.documentation) == ""
}

_interval_words(interval) := interval.text if interval.declared

_interval_words(interval) := "a year (no interval declared)" if not interval.declared

_result_message("") := "has no declared result for its last bias test"

_result_message("disparity-found") := "showed a disparity in its last bias test that was not mitigated"

_result_words("") := "not declared"

_result_words(r) := r if r != ""

# The protected characteristics a decision's factors use or stand in for.
_characteristics(d) := {t |
	some f in d.factors
	some t in lib.protected_factor[f.id].characteristics
}

_factor_characteristics_words(d) := concat("; ", sort([$"factor `{f.id}` reads `{f.category}`: {lib.listed(pf.characteristics)}" |
	some f in d.factors
	pf := lib.protected_factor[f.id]
]))

# METADATA
# title: The model behind a decision within Art. 22(1) is not validated, bias-tested, monitored or documented
# description: >-
#   For a decision within Art. 22(1) (derived: declared solely automated, reached by the
#   engine although declared otherwise, a token human, or a decisive score), the
#   controller must implement suitable measures to safeguard the person's rights (Art.
#   22(3)), designed to implement the principles of fairness and accuracy effectively, at
#   the design stage and while the processing runs (Art. 25(1)), and be able to
#   demonstrate it (Art. 5(2), 24(1)). Recital 71, which is not binding, names those
#   measures: appropriate mathematical or statistical procedures, measures that correct
#   inaccuracies and minimise errors, and measures that prevent discriminatory effects.
#   The rule asks of the model: a validation within its interval; a bias test within its
#   interval that names the protected characteristics compared (model.biasTestGroups),
#   covers each that the decision's factors use or stand in for (directly, as a proxy
#   derived from what the data is about, or as declared in proxyFor), and found no
#   disparity or a mitigated one; error monitoring; and documentation. A violation, not a
#   risk: a model the declaration itself says was never validated or tested, found a
#   disparity it did not mitigate, or is undocumented has no measure implementing
#   fairness and accuracy, which Art. 22(3), 25(1) and 5(1)(a) and (d) require, and
#   authorities have treated this as a breach. The Garante fined Foodinho for not
#   ensuring the accuracy and fairness of the algorithms that rated riders and excluded
#   some from work (among others Art. 5(1)(a), 22(3) and 25); the Dutch AP found DUO's
#   never-evaluated selection model discriminatory and its processing unlawful under Art.
#   5(1)(a). Both are known here from secondary sources only: neither decision was read,
#   and the DUO report's reference was not verified. The law sets no interval: the year
#   applied where none is declared is this checker's default, and a person must judge
#   whether an older validation still holds.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5, 22(3), 24(1), 25(1) and Recital 71"
# custom:
#   id: REC71-MODEL-GOVERNANCE
#   severity: violation
#   articles:
#     - GDPR Art. 22(3)
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 5(1)(d)
#     - GDPR Art. 5(2)
#     - GDPR Art. 24(1)
#     - GDPR Art. 25(1)
#     - GDPR Recital 71
#   humanReview: Whether the validation and bias tests were sound (data, metrics, the groups compared, how a disparity was mitigated) and their findings acted on.
#   remediation: >-
#     Validate the model and test it for discriminatory effects across the protected
#     characteristics its factors use or stand in for, at least yearly; mitigate and re-test
#     any disparity; monitor errors in production; document the model; and declare it
#     (model.lastValidated, lastBiasTest, biasTestGroups, biasTestResult, errorMonitoring,
#     documentation).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5, 22(3), 24(1), 25(1) and Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: decision
#       title: Garante per la protezione dei dati personali (Italy), ordinanza ingiunzione nei confronti di Foodinho s.r.l., register no. 234 of 10 June 2021, announced 5 July 2021, fine of EUR 2,600,000 (as reported by secondary sources; the decision was not read here)
#     - kind: decision
#       title: Autoriteit Persoonsgegevens (Netherlands), investigation report on DUO's risk score for checks on the away-from-home student grant, published 11 November 2024 (as reported by secondary sources; the report and its reference were not read here)
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018, Annex 1 (good practice recommendations)
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         model: {lastValidated: 2025-06-01}
#   example: |
#     decisions:
#       - id: life-underwriting
#         model:
#           lastValidated: 2026-01-15
#           validationInterval: 1 year
#           errorMonitoring: true
model_governance contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	some gap in _gaps[d.id]
	finding := {
		"message": $"the model behind decision `{d.id}`, within Art. 22(1), {gap.message}",
		"path": array.concat(["decisions", i], gap.path),
		"because": [lib.art22_because(d), gap.fact],
	}
}

# METADATA
# title: A score that selects people for checks, referrals or investigation is not validated, bias-tested, monitored or documented
# description: >-
#   A decision outside Art. 22(1) whose engine selects people for a referral, a check or an
#   investigation (an outcome of type referral or investigation reached by the engine, or
#   a factor that refers automatically) steers what humans do to them, even where a human
#   then decides. The score is processing of personal data in its own right: it must be
#   fair and not discriminatory (Art. 5(1)(a)) and accurate (Art. 5(1)(d)), through
#   measures designed into it (Art. 25(1)), and the controller must be able to demonstrate
#   it (Art. 5(2), 24(1)); Recital 71, not binding, names the measures (statistical
#   procedures, error correction, prevention of discriminatory effects). The rule asks
#   what REC71-MODEL-GOVERNANCE asks of a deciding model: validation and a bias test within
#   their intervals, a test that names the protected characteristics compared and covers
#   each the factors use or stand in for, a result of no disparity or a mitigated one,
#   error monitoring and documentation. A violation: a selection model that was never
#   validated or tested for its effects on protected groups is the processing the Dutch AP
#   found unlawful. Its report of 16 July 2020 (z2018-22445) found the Tax Administration's
#   risk-classification model, which selected childcare-benefit applications for manual
#   review and used nationality as an indicator, unlawful and discriminatory, and fined it
#   on 25 November 2021 under Art. 5(1)(a) with 6(1)(e); in 2024 it found DUO's risk
#   score, which selected students for home visits together with a manual selection, never
#   evaluated and without objective justification, discriminatory and unlawful under Art.
#   5(1)(a) (known here from secondary sources only: the report and its reference were not
#   read). Neither authority treated the case under Art. 22, and neither does this rule.
#   AI Act: where the score runs on a high-risk AI system, Art. 9 (risk management) and
#   Art. 10 (data governance, including an examination for possible biases, Art.
#   10(2)(f), read in secondary sources only) require the same of its provider, from the
#   date the high-risk obligations apply; the finding then says so. A machine-learning
#   score is not high-risk for that reason alone (a fraud or claims score is not risk
#   assessment and pricing under Annex III point 5(c)), so for one not classified
#   high-risk the finding rests on the GDPR only and says that too.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5, 24(1), 25(1) and Recital 71"
#   - ref: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#     description: "Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 9 and 10"
# custom:
#   id: REC71-SCORE-GOVERNANCE
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 5(1)(d)
#     - GDPR Art. 5(2)
#     - GDPR Art. 24(1)
#     - GDPR Art. 25(1)
#     - GDPR Recital 71
#     - AI Act Art. 9
#     - AI Act Art. 10(2)(f)
#   humanReview: >-
#     Whether the validation and bias tests were sound, whether each criterion of the score
#     has an objective justification, and, for a machine-learning score, whether it is a
#     high-risk AI system under the AI Act.
#   remediation: >-
#     Validate the score and test it for its effects on the protected characteristics its
#     factors use or stand in for, mitigate and re-test any disparity, monitor its errors,
#     document it, and declare it (model.lastValidated, lastBiasTest, biasTestGroups,
#     biasTestResult, errorMonitoring, documentation); or select people at random.
#   sources:
#     - kind: decision
#       title: Autoriteit Persoonsgegevens (Netherlands), Belastingdienst/Toeslagen - De verwerking van de nationaliteit van aanvragers van kinderopvangtoeslag, investigation report z2018-22445 of 16 July 2020, sections 2.3, 3.5 and 3.7 (nationality as an indicator in the risk-classification model); fine of EUR 2,750,000 of 25 November 2021 (Art. 5(1)(a) with 6(1)(e))
#     - kind: decision
#       title: Autoriteit Persoonsgegevens (Netherlands), investigation report on DUO's risk score for checks on the away-from-home student grant, published 11 November 2024 (as reported by secondary sources; the report and its reference were not read here)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5, 24(1), 25(1) and Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: legislation
#       title: Regulation (EU) 2024/1689 (Artificial Intelligence Act), Art. 9 and 10
#       url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
#   counterexample: |
#     decisions:
#       - id: claims-triage
#         name: Selecting claims for a fraud investigation
#         product: term-life
#         purpose: underwriting
#         automation: decision-support
#         inputs: [identity]
#         outcomes:
#           - {type: investigation, decidedBy: engine}
#           - {type: accept, decidedBy: human}
#           - {type: decline, decidedBy: human}
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
#         model:
#           type: scorecard
#           documentation: Model file CT-SCORE-2026
#   example: |
#     decisions:
#       - id: claims-triage
#         name: Selecting claims for a fraud investigation
#         product: term-life
#         purpose: underwriting
#         automation: decision-support
#         inputs: [identity]
#         outcomes:
#           - {type: investigation, decidedBy: engine}
#           - {type: accept, decidedBy: human}
#           - {type: decline, decidedBy: human}
#         humanReview:
#           role: medical-underwriters
#           canChangeOutcome: true
#           seesAllRelevantData: true
#           competent: true
#         model:   # validated, monitored and bias-tested
#           type: scorecard
#           documentation: Model file CT-SCORE-2026
#           lastValidated: 2026-01-15
#           validationInterval: 1 year
#           errorMonitoring: true
#           lastBiasTest: 2026-01-15
#           biasTestInterval: 1 year
#           biasTestGroups: [sex, age, nationality, ethnic-origin, disability]
#           biasTestResult: no-disparity
score_governance contains finding if {
	some i, d in input.decisions
	outs := lib.steering[d.id]
	some gap in _gaps[d.id]
	finding := {
		"message": $"decision `{d.id}` selects people for {lib.listed(outs)} with a model that {gap.message}",
		"path": array.concat(["decisions", i], gap.path),
		"because": array.concat(
			[
				$"decision `{d.id}` is declared {d.automation} and is not within Art. 22(1), but {lib.needs_governance[d.id]}: the score chooses whom people look at",
				gap.fact,
			],
			_ai_act_lines(d),
		),
	}
}

_ai_act_lines(d) := [$"it runs on an AI system classified high-risk: AI Act Art. 9 and 10 require a risk-management system and an examination of its data for possible biases of its provider, from the date the high-risk obligations apply"] if {
	d.aiSystem.classification == "high-risk"
}

_ai_act_lines(d) := ["it runs on a machine-learning model not classified high-risk: the AI Act adds duties only if it is a high-risk system, so this finding rests on the GDPR"] if {
	d.aiSystem.classification != "high-risk"
	d.model.type == "machine-learning"
}

_ai_act_lines(d) := [] if {
	d.aiSystem.classification != "high-risk"
	d.model.type != "machine-learning"
}

# ---------------------------------------------------------------------------
# EIOPA: AI systems outside the AI Act's high-risk class

# Decisions on an AI system that is not high-risk, for a product outside life and health.
_eiopa_scope := _eiopa_scope_clauses

_eiopa_scope_clauses[d.id] := line if {
	some d in input.decisions
	lib.ai_system(d)
	d.aiSystem.classification != "high-risk"
	line := lib.products_by_id[d.product].line
	not line in lib.annex_iii_5c_lines
}

# Fairness and non-discrimination.
_eiopa_gaps := _eiopa_gaps_clauses

_eiopa_gaps_clauses[d.id] contains {
	"message": "a current test for unfair outcomes (fairness)",
	"path": ["model", "lastBiasTest"],
	"fact": $"model.lastBiasTest is {lib.date_words(d.model.lastBiasTest)}, judged as of {input.evaluation.asOf}",
} if {
	some d in input.decisions
	_eiopa_scope[d.id]
	lib.stale(d.model.lastBiasTest, d.model.biasTestInterval)
}

# Transparency and explainability.
_eiopa_gaps_clauses[d.id] contains {
	"message": "an explanation for the people decided on (explainability)",
	"path": ["safeguards", "explanation", "available"],
	"fact": $"safeguards.explanation.available is false and the explanation on request is {_content_words(input.rights.explanationOnRequest.content)}",
} if {
	some d in input.decisions
	_eiopa_scope[d.id]
	not _explained(d)
}

# Human oversight.
_eiopa_gaps_clauses[d.id] contains {
	"message": "a named human overseer (oversight)",
	"path": ["aiSystem", "oversightRole"],
	"fact": "neither aiSystem.oversightRole nor humanReview.role names a role",
} if {
	some d in input.decisions
	_eiopa_scope[d.id]
	d.aiSystem.oversightRole == ""
	d.humanReview.role == ""
}

# Data governance.
_eiopa_gaps_clauses[d.id] contains {
	"message": "checked input data (data governance)",
	"path": ["aiSystem", "inputDataChecked"],
	"fact": "aiSystem.inputDataChecked is false",
} if {
	some d in input.decisions
	_eiopa_scope[d.id]
	not d.aiSystem.inputDataChecked
}

# Documentation and record-keeping.
_eiopa_gaps_clauses[d.id] contains {
	"message": "documentation of the system (documentation and record-keeping)",
	"path": ["model", "documentation"],
	"fact": "model.documentation is empty",
} if {
	some d in input.decisions
	_eiopa_scope[d.id]
	trim_space(d.model.documentation) == ""
}

_explained(d) if d.safeguards.explanation.available

_content_words("") := "not declared"

_content_words(c) := c if c != ""

_explained(_) if input.rights.explanationOnRequest.content == "actual-logic"

# METADATA
# title: An insurance AI system outside the high-risk class lacks proportionate governance
# description: >-
#   EIOPA's Opinion on AI governance and risk management (EIOPA-BoS-25/360, 6 August 2025)
#   tells national supervisors what to expect of insurers using AI systems that are
#   neither prohibited nor high-risk under the AI Act: a risk-based, proportionate
#   approach covering fairness and ethics, data governance, documentation and
#   record-keeping, transparency and explainability, human oversight, and accuracy,
#   robustness and cybersecurity, under the existing governance requirement of Solvency II
#   (Directive 2009/138/EC, Art. 41). High-risk systems, among them risk assessment and
#   pricing in life and health insurance (AI Act Annex III point 5(c)), are outside the
#   Opinion and are checked by the AI Act rules. The rule looks at decisions on an AI
#   system (a machine-learning model, or one the controller classified under the AI Act)
#   not classified high-risk, for products outside life, health and critical-illness
#   cover, and asks for a current bias test, an explanation route, a named overseer,
#   checked input data and documentation. AI systems in life and health used for other
#   purposes (claims, fraud) are within the Opinion but not checked here. Advice: an
#   opinion addressed to supervisors binds no insurer. The Opinion's reference, date,
#   headings and scope are known here from secondary sources that agree; EIOPA's own page
#   was not read.
# custom:
#   id: EIOPA-AI-GOVERNANCE
#   severity: advice
#   articles:
#     - Directive 2009/138/EC Art. 41(1)
#     - GDPR Art. 5(1)(a)
#   humanReview: Whether the governance is proportionate to the system's impact on customers, and whether the system is in fact an AI system.
#   remediation: >-
#     Test the model for unfair outcomes, give people the reasons for decisions, name who
#     oversees the system, check its input data and document it; declare it
#     (model.lastBiasTest, safeguards.explanation, aiSystem.oversightRole,
#     aiSystem.inputDataChecked, model.documentation).
#   sources:
#     - kind: opinion
#       title: EIOPA, Opinion on Artificial Intelligence governance and risk management, EIOPA-BoS-25/360, 6 August 2025 (addressed to national supervisors under Art. 29(1)(a) of Regulation (EU) No 1094/2010; excludes prohibited and high-risk AI systems)
#     - kind: report
#       title: EIOPA Consultative Expert Group on Digital Ethics in insurance, Artificial intelligence governance principles - towards ethical and trustworthy artificial intelligence in the European insurance sector, June 2021
#   counterexample: |
#     products:
#       - id: term-life
#         line: motor
#     decisions:
#       - id: life-underwriting
#         model:
#           type: machine-learning
#           lastBiasTest: null
#   example: |
#     decisions:
#       - id: life-underwriting
#         model:
#           lastBiasTest: 2026-01-15
#           biasTestInterval: 1 year
#         aiSystem:
#           oversightRole: medical-underwriters
#           inputDataChecked: true
ai_governance contains finding if {
	some i, d in input.decisions
	line := _eiopa_scope[d.id]
	some gap in _eiopa_gaps[d.id]
	finding := {
		"message": $"the AI system of decision `{d.id}` ({line} insurance) lacks {gap.message}",
		"path": array.concat(["decisions", i], gap.path),
		"because": [
			$"decision `{d.id}` runs on a {d.model.type} model classified {d.aiSystem.classification}, for product `{d.product}` ({line}): outside the AI Act's high-risk class, within EIOPA's Opinion",
			gap.fact,
		],
	}
}
