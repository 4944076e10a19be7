package art22.rules.ai_act_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.ai_act as aia

# The reference's decision life-underwriting underwrites term life cover with rules
# written by people: not an AI system. The fixtures below make it one.

_claim(topic, quote) := {"topic": topic, "factor": "", "purpose": "", "recipient": "", "category": "", "quote": quote, "evidenced": true}

_with_claim(inp, ds_id, claim) := fixture.set_field(inp, "disclosures", ds_id, ["covers"], array.concat(
	inp.disclosures[fixture.index(inp, "disclosures", ds_id)].covers,
	[claim],
))

_ai(inp, patch) := fixture.change(inp, "decisions", "life-underwriting", {"aiSystem": object.union(inp.decisions[0].aiSystem, patch)})

# A machine-learning model for life underwriting, classified not high-risk.
_ml := _ai(
	fixture.set_field(baseline, "decisions", "life-underwriting", ["model", "type"], "machine-learning"),
	{"classification": "not-high-risk"},
)

# The same, classified high-risk, with every deployer duty met and a notified FRIA.
_high_risk := fixture.add(
	_with_claim(
		_with_claim(
			_ai(_ml, {
				"classification": "high-risk", "article6_3Derogation": false,
				"oversightRole": "medical-underwriters", "oversightCompetent": true,
				"inputDataChecked": true, "monitored": true,
				"logRetention": {"text": "12 months", "hours": 8766, "indefinite": false, "declared": true},
				"personsInformedBy": "privacy-notice", "explanationBy": "explanation", "firstUse": "2027-01-01",
			}),
			"privacy-notice", _claim("ai-system-role", "our underwriting rules decide"),
		),
		"explanation", _claim("ai-system-role", "The rules applied to your answers were"),
	),
	"assessments", object.union(baseline.assessments[0], {"id": "fria", "type": "fria", "authorityNotified": true}),
)

_competent := {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}

# A human with authority decides every adverse outcome on the system's output: outside
# GDPR Art. 22(1).
_human_decides(inp) := fixture.change(inp, "decisions", "life-underwriting", {
	"automation": "decision-support",
	"outcomes": [
		{"type": "accept", "decidedBy": "engine"},
		{"type": "premium-loading", "decidedBy": "human"},
		{"type": "decline", "decidedBy": "human"},
	],
	"humanReview": _competent,
})

# The same decision serving claims rather than underwriting: not risk assessment and pricing.
_claims(inp) := fixture.change(inp, "purposes", "underwriting", {"type": "claims"})

# AIA-ANNEX3-5C-HIGH-RISK

test_high_risk_class_fires_for_ml_life_pricing_not_high_risk if {
	findings := aia.high_risk_class with input as _ml
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "aiSystem", "classification"]
	f.message == "decision `life-underwriting` uses an AI system to assess risk or price life insurance but classifies it not-high-risk"
	f.because[0] == "decision `life-underwriting` (product `term-life`, life; purpose `underwriting`, underwriting) runs on a machine-learning model"
}

test_high_risk_class_fires_for_the_article_6_3_derogation if {
	inp := _ai(_high_risk, {"article6_3Derogation": true})
	{f.path | some f in aia.high_risk_class} == {["decisions", 0, "aiSystem", "article6_3Derogation"]} with input as inp
}

test_high_risk_class_quiet_for_rules_written_by_people if {
	count(aia.high_risk_class) == 0 with input as baseline
}

test_high_risk_class_quiet_for_motor_insurance if {
	inp := fixture.change(_ml, "products", "term-life", {"line": "motor"})
	count(aia.high_risk_class) == 0 with input as inp
}

# A life-insurance AI system that handles claims does not assess risk or price.
test_high_risk_class_quiet_for_a_claims_decision if {
	count(aia.high_risk_class) == 0 with input as _claims(_ml)
}

# AIA-26-DEPLOYER

test_deployer_fires_for_short_logs_and_no_notice if {
	inp := _ai(_high_risk, {
		"logRetention": {"text": "3 months", "hours": 2191.5, "indefinite": false, "declared": true},
		"personsInformedBy": "",
	})
	findings := aia.deployer with input as inp
	{f.message | some f in findings} == {
		"decision `life-underwriting` uses a high-risk AI system but its logs are not kept for at least six months (Art. 26(6))",
		"decision `life-underwriting` uses a high-risk AI system but people are not told the system is used (Art. 26(11))",
	}
	some f in findings
	f.path == ["decisions", 0, "aiSystem", "logRetention"]
	f.because == [
		"decision `life-underwriting` runs on a machine-learning model classified high-risk, a high-risk AI system: it assesses risk or prices life insurance with an AI system (AI Act Annex III point 5(c)); it is classified high-risk",
		"aiSystem.logRetention is 3 months",
	]
}

# A text given only on request informs nobody who does not ask.
test_deployer_fires_for_a_notice_given_only_on_request if {
	inp := _ai(_high_risk, {"personsInformedBy": "explanation"})
	some f in aia.deployer with input as inp
	f.path == ["decisions", 0, "aiSystem", "personsInformedBy"]
	f.because[1] == "text `explanation` is given only on request, so it informs nobody who does not ask"
}

# Classified not high-risk, but within Annex III point 5(c): the duties apply all the same.
test_deployer_fires_for_a_system_misclassified_not_high_risk if {
	findings := aia.deployer with input as _ml
	{f.path | some f in findings} == {
		["decisions", 0, "aiSystem", "oversightRole"],
		["decisions", 0, "aiSystem", "inputDataChecked"],
		["decisions", 0, "aiSystem", "monitored"],
		["decisions", 0, "aiSystem", "logRetention"],
		["decisions", 0, "aiSystem", "personsInformedBy"],
	}
}

test_deployer_quiet_when_duties_are_met if {
	count(aia.deployer) == 0 with input as _high_risk
}

test_deployer_quiet_on_the_reference if {
	count(aia.deployer) == 0 with input as baseline
}

# AIA-27-FRIA

test_fria_fires_without_an_assessment if {
	inp := fixture.without(_high_risk, "assessments", "fria")
	findings := aia.fria with input as inp
	{f.message | some f in findings} == {"decision `life-underwriting` uses a high-risk AI system for life insurance but no fundamental rights impact assessment covers it"}
	some f in findings
	f.path == ["decisions", 0]
}

test_fria_fires_without_notifying_the_authority if {
	inp := fixture.change(_high_risk, "assessments", "fria", {"authorityNotified": false})
	{f.message | some f in aia.fria} == {"decision `life-underwriting` uses a high-risk AI system for life insurance but the market surveillance authority was not notified of its assessment"} with input as inp
}

test_fria_quiet_when_assessed_and_notified if {
	count(aia.fria) == 0 with input as _high_risk
}

test_fria_quiet_on_the_reference if {
	count(aia.fria) == 0 with input as baseline
}

# Art. 27(1) names the deployers of Annex III point 5(c); a claims system is not one.
test_fria_quiet_for_a_claims_system_classified_high_risk if {
	inp := fixture.without(_claims(_high_risk), "assessments", "fria")
	count(aia.fria) == 0 with input as inp
}

# AIA-86-EXPLANATION

test_explanation_fires_when_a_human_decides_on_the_output_without_an_explanation if {
	inp := _ai(_human_decides(_high_risk), {"explanationBy": ""})
	findings := aia.explanation with input as inp
	{f.message | some f in findings} == {
		"decision `life-underwriting` is taken on the output of a high-risk AI system but people cannot obtain an explanation of the system's role",
		"decision `life-underwriting` is taken on the output of a high-risk AI system but people cannot obtain an explanation of the main elements of the decision",
	}
	some f in findings
	f.path == ["decisions", 0, "aiSystem", "explanationBy"]
	f.because[0] == "decision `life-underwriting` runs on a high-risk AI system (it assesses risk or prices life insurance with an AI system (AI Act Annex III point 5(c)); it is classified high-risk) and can end in decline, premium-loading"
	f.because[2] == "aiSystem.explanationBy names no text, so nothing evidences ai-system-role"
}

# Art. 86(3): within GDPR Art. 22(1), Art. 15(1)(h) and 22(3) already give the explanation.
test_explanation_quiet_within_gdpr_art22 if {
	inp := _ai(_high_risk, {"explanationBy": ""})
	count(aia.explanation) == 0 with input as inp
}

# Art. 86(1): only a decision with legal or similarly significant effects.
test_explanation_quiet_without_an_adverse_outcome if {
	referral := fixture.change(_human_decides(_high_risk), "decisions", "life-underwriting", {"outcomes": [
		{"type": "accept", "decidedBy": "engine"},
		{"type": "referral", "decidedBy": "engine"},
	]})
	inp := _ai(referral, {"explanationBy": ""})
	count(aia.explanation) == 0 with input as inp
}

test_explanation_quiet_with_an_explanation if {
	count(aia.explanation) == 0 with input as _human_decides(_high_risk)
}

test_explanation_quiet_on_the_reference if {
	count(aia.explanation) == 0 with input as baseline
}
