# METADATA
# title: Governance of the models behind automated decisions
# description: >-
#   Rules on validating, monitoring and bias-testing the models that decide, checked as of
#   input.evaluation.asOf. Intervals default to one year where none is declared.
package art22.rules.model_governance

import data.art22.lib

year_hours := 8766

stale(last, _) if last == ""

stale(last, interval) if {
	last != ""
	hours := object.get({true: interval.hours}, interval.declared, year_hours)
	lib.days_since(last) * 24 > hours
}

interval_words(interval) := interval.text if interval.declared

interval_words(interval) := "1 year (default)" if not interval.declared

governance_gaps(m) := ({g |
	stale(m.lastValidated, m.validationInterval)
	g := sprintf("not validated within %s (last: %s)", [interval_words(m.validationInterval), last_words(m.lastValidated)])
} | {g |
	stale(m.lastBiasTest, m.biasTestInterval)
	g := sprintf("not tested for discriminatory effects within %s (last: %s)", [interval_words(m.biasTestInterval), last_words(m.lastBiasTest)])
}) | {"errors in production are not monitored" | not m.errorMonitoring}

last_words(d) := "never" if d == ""

last_words(d) := d if d != ""

# METADATA
# title: The model behind a solely automated decision is not validated, monitored or tested for bias
# description: >-
#   Recital 71 asks controllers to use appropriate mathematical or statistical procedures,
#   to correct factors that result in inaccuracies and minimise errors, and to prevent
#   discriminatory effects. For a solely automated decision with significant effect the rule
#   requires the model to have been validated and tested for discriminatory effects within
#   their declared intervals (one year by default) as of the as-of date, and errors in
#   production to be monitored. The Garante fined Foodinho (2021) and the Dutch DPA
#   examined DUO's risk model (2024) for algorithms that were not checked for
#   discrimination; those decisions were not read here and are cited only for context. A
#   risk: the Recital is guidance on the safeguards, not a rule of its own.
# custom:
#   id: REC71-MODEL-GOVERNANCE
#   severity: risk
#   articles:
#     - GDPR Recital 71
#     - GDPR Art. 22(3)
#     - GDPR Art. 5(1)(d)
#   humanReview: Whether the validation and bias tests were sound (data, metrics, protected groups) and their findings acted on.
#   remediation: >-
#     Validate the model and test it for discriminatory effects at least yearly, monitor
#     errors in production, and declare the dates (model.lastValidated, lastBiasTest,
#     errorMonitoring).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: guideline
#       title: Article 29 Working Party, Guidelines on Automated individual decision-making and Profiling for the purposes of Regulation 2016/679 (WP251rev.01), adopted 3 October 2017, last revised 6 February 2018 (good practice, Annex 1)
#   example: |
#     model:
#       type: rules
#       lastValidated: 2026-01-15
#       validationInterval: 1 year
#       errorMonitoring: true
#       lastBiasTest: 2026-01-15
#       biasTestInterval: 1 year
model_governance contains finding if {
	some i, d in input.decisions
	lib.within_art22[d.id]
	gaps := governance_gaps(d.model)
	count(gaps) > 0
	finding := {
		"message": sprintf("the model of decision `%s` falls short: %s", [d.id, concat("; ", sort(gaps))]),
		"path": ["decisions", i, "model"],
		"because": [
			sprintf("decision `%s` is solely automated and reaches %s", [d.id, lib.art22_outcomes_words(d)]),
			sprintf("judged as of %s", [input.evaluation.asOf]),
		],
	}
}

life_health := {"life", "health", "critical-illness"}

# METADATA
# title: An insurance AI system outside the high-risk class lacks proportionate governance
# description: >-
#   EIOPA expects insurers using AI systems that are not high-risk under the AI Act (in
#   motor, home, travel or accident insurance, say) to govern them proportionately:
#   fairness and non-discrimination, explainability, human oversight, and data governance.
#   The rule looks at decisions whose model is machine learning, for products outside life
#   and health, and asks for a bias test, an explanation route, a human overseer and checked
#   input data. Advice: EIOPA's opinion is supervisory guidance, read with the general
#   governance requirement of Solvency II (Directive 2009/138/EC, Art. 41). Its reference and date
#   (an Opinion on AI governance and risk management, 2025) were not verified here.
# custom:
#   id: EIOPA-AI-GOVERNANCE
#   severity: advice
#   articles:
#     - Directive 2009/138/EC Art. 41(1)
#     - GDPR Art. 5(1)(a)
#   humanReview: Whether the governance is proportionate to the system's impact on customers.
#   remediation: >-
#     Test the model for unfair outcomes, give people the reasons for decisions, name who
#     oversees the system, and check its input data; declare it (model.lastBiasTest,
#     safeguards.explanation, aiSystem.oversightRole, aiSystem.inputDataChecked).
#   sources:
#     - kind: opinion
#       title: EIOPA, Opinion on Artificial Intelligence governance and risk management, 2025 (reference not verified here)
#     - kind: report
#       title: EIOPA Consultative Expert Group on Digital Ethics in insurance, Artificial intelligence governance principles - towards ethical and trustworthy artificial intelligence in the European insurance sector, June 2021
#   example: |
#     decisions:
#       - id: motor-pricing
#         model: {type: machine-learning, lastBiasTest: 2026-03-01}
#         aiSystem:
#           classification: not-high-risk
#           oversightRole: pricing-actuaries
#           inputDataChecked: true
ai_governance contains finding if {
	some i, d in input.decisions
	d.model.type == "machine-learning"
	line := lib.products_by_id[d.product].line
	not line in life_health
	gaps := eiopa_gaps(d)
	count(gaps) > 0
	finding := {
		"message": sprintf("the AI system of decision `%s` (%s insurance) lacks: %s", [d.id, line, concat("; ", sort(gaps))]),
		"path": ["decisions", i, "aiSystem"],
		"because": [sprintf("decision `%s` uses a machine-learning model for product `%s` (%s), outside the AI Act's high-risk class for life and health", [d.id, d.product, line])],
	}
}

eiopa_gaps(d) := (({"a test for unfair outcomes (fairness)" | d.model.lastBiasTest == ""} | {"an explanation for the people decided on (explainability)" | not explained(d)}) | {"a named human overseer (oversight)" | not overseen(d)}) | {"checked input data (data governance)" | not d.aiSystem.inputDataChecked}

explained(d) if d.safeguards.explanation.available

explained(_) if input.rights.explanationOnRequest.content == "actual-logic"

overseen(d) if d.aiSystem.oversightRole != ""

overseen(d) if d.humanReview.role != ""
