package art22.rules.ai_act_test

import data.art22.fixture.baseline
import data.art22.rules.ai_act as aia

ml := json.patch(baseline, [
	{"op": "replace", "path": "/decisions/0/model/type", "value": "machine-learning"},
	{"op": "replace", "path": "/decisions/0/aiSystem/classification", "value": "not-high-risk"},
])

high_risk := json.patch(ml, [
	{"op": "replace", "path": "/decisions/0/aiSystem", "value": {
		"classification": "high-risk", "article6_3Derogation": false,
		"oversightRole": "medical-underwriters", "oversightCompetent": true,
		"inputDataChecked": true, "monitored": true,
		"logRetention": {"text": "12 months", "hours": 8766, "indefinite": false, "declared": true},
		"personsInformedBy": "privacy-notice", "explanationBy": "explanation", "firstUse": "2027-01-01",
	}},
	{"op": "add", "path": "/disclosures/0/covers/-", "value": {"topic": "ai-system-role", "factor": "", "purpose": "", "recipient": "", "category": "", "quote": "our underwriting rules decide", "evidenced": true}},
	{"op": "add", "path": "/disclosures/4/covers/-", "value": {"topic": "ai-system-role", "factor": "", "purpose": "", "recipient": "", "category": "", "quote": "The rules applied to your answers were", "evidenced": true}},
	{"op": "add", "path": "/assessments/-", "value": object.union(baseline.assessments[0], {"id": "fria", "type": "fria", "authorityNotified": true})},
])

test_high_risk_class_fires_for_ml_life_pricing_not_high_risk if {
	findings := aia.high_risk_class with input as ml
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "aiSystem", "classification"]
	f.message == "decision `life-underwriting` uses an AI system for life insurance but classifies it not-high-risk"
}

test_high_risk_class_fires_for_the_article_6_3_derogation if {
	inp := json.patch(high_risk, [{"op": "replace", "path": "/decisions/0/aiSystem/article6_3Derogation", "value": true}])
	{f.path | some f in aia.high_risk_class} == {["decisions", 0, "aiSystem", "article6_3Derogation"]} with input as inp
}

test_high_risk_class_quiet_for_rules_written_by_people if {
	count(aia.high_risk_class) == 0 with input as baseline
}

test_high_risk_class_quiet_for_motor_insurance if {
	inp := json.patch(ml, [{"op": "replace", "path": "/products/0/line", "value": "motor"}])
	count(aia.high_risk_class) == 0 with input as inp
}

test_deployer_fires_for_short_logs_and_no_notice if {
	inp := json.patch(high_risk, [
		{"op": "replace", "path": "/decisions/0/aiSystem/logRetention", "value": {"text": "3 months", "hours": 2191.5, "indefinite": false, "declared": true}},
		{"op": "replace", "path": "/decisions/0/aiSystem/personsInformedBy", "value": ""},
	])
	findings := aia.deployer with input as inp
	{f.message | some f in findings} == {"decision `life-underwriting` uses a high-risk AI system but its logs are not kept for at least six months (Art. 26(6)); people are not told the system is used (Art. 26(11))"}
}

test_deployer_quiet_when_duties_are_met if {
	count(aia.deployer) == 0 with input as high_risk
}

test_deployer_quiet_on_the_reference if {
	count(aia.deployer) == 0 with input as baseline
}

test_fria_fires_without_an_assessment if {
	inp := json.patch(high_risk, [{"op": "remove", "path": "/assessments/1"}])
	{f.message | some f in aia.fria} == {"decision `life-underwriting` uses a high-risk AI system for life insurance but no fundamental rights impact assessment covers it"} with input as inp
}

test_fria_fires_without_notifying_the_authority if {
	inp := json.patch(high_risk, [{"op": "replace", "path": "/assessments/1/authorityNotified", "value": false}])
	count(aia.fria) == 1 with input as inp
}

test_fria_quiet_when_assessed_and_notified if {
	count(aia.fria) == 0 with input as high_risk
}

test_fria_quiet_on_the_reference if {
	count(aia.fria) == 0 with input as baseline
}

test_explanation_fires_without_an_explanation_text if {
	inp := json.patch(high_risk, [{"op": "replace", "path": "/decisions/0/aiSystem/explanationBy", "value": ""}])
	{f.path | some f in aia.explanation} == {["decisions", 0, "aiSystem", "explanationBy"]} with input as inp
}

test_explanation_quiet_with_an_explanation if {
	count(aia.explanation) == 0 with input as high_risk
}

test_explanation_quiet_on_the_reference if {
	count(aia.explanation) == 0 with input as baseline
}
