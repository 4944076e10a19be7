# Qualifications under the AI Act (Regulation (EU) 2024/1689), shared by the AI Act and
# model-governance rules.
#
# Whether a decision runs on an AI system, and whether that system is high-risk, is
# derived from the model and the line and purpose it serves, not only from the
# classification the declaration gives itself.
package art22.lib

# METADATA
# title: Lines of business that are life or health insurance in the sense of AI Act Annex III point 5(c)
# description: >-
#   Annex III point 5(c) lists "AI systems intended to be used for risk assessment and
#   pricing in relation to natural persons in the case of life and health insurance".
#   Life and health cover are named; reading critical-illness cover as health insurance is
#   an interpretation; income protection and accident cover are not included.
annex_iii_5c_lines := {"life", "health", "critical-illness"}

# METADATA
# title: Purpose types that are risk assessment and pricing (AI Act Annex III point 5(c))
# description: Underwriting and pricing; claims handling, fraud prevention and the rest are not.
risk_pricing_purposes := {"underwriting", "pricing"}

# METADATA
# title: Whether decision d runs on an AI system
# description: >-
#   Its model is machine learning, or the controller classified it high-risk or not
#   high-risk under the AI Act. Rules defined solely by natural persons to execute
#   operations automatically are not AI systems (AI Act Art. 3(1) and Recital 12); whether
#   a fitted scorecard or GLM is one is left to a person.
ai_system(d) if d.model.type == "machine-learning"

ai_system(d) if d.aiSystem.classification in {"high-risk", "not-high-risk"}

# METADATA
# title: Decisions that use an AI system for risk assessment and pricing in life or health insurance, by decision id, with the line
# description: >-
#   AI Act Annex III point 5(c): the decision runs on an AI system, for a product of a life
#   or health line (annex_iii_5c_lines), and serves a purpose of underwriting or pricing.
#   Such a system is high-risk (Art. 6(2)), and the Art. 6(3) derogation never applies to
#   one that profiles natural persons (Art. 6(3), last subparagraph), as individual
#   underwriting does.
annex_iii_5c := _annex_iii_5c

_annex_iii_5c[d.id] := line if {
	some d in input.decisions
	ai_system(d)
	line := products_by_id[d.product].line
	line in annex_iii_5c_lines
	purposes_by_id[d.purpose].type in risk_pricing_purposes
}

# METADATA
# title: Decisions that run on a high-risk AI system, by decision id, with the reason
# description: >-
#   The controller classified the system high-risk, or the decision falls within Annex III
#   point 5(c) whatever the classification says. A system classified high-risk is taken
#   to be one listed in Annex III: insurance decisions are not products of Annex I.
high_risk_ai := _high_risk_ai

_high_risk_ai[d.id] contains "it is classified high-risk" if {
	some d in input.decisions
	d.aiSystem.classification == "high-risk"
}

_high_risk_ai[d.id] contains $"it assesses risk or prices {line} insurance with an AI system (AI Act Annex III point 5(c))" if {
	some d in input.decisions
	line := annex_iii_5c[d.id]
}
