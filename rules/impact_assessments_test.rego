package art22.rules.impact_assessments_test

import data.art22.fixture.baseline
import data.art22.rules.impact_assessments as ia

test_dpia_adm_fires_without_a_dpia if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments", "value": []}])
	findings := ia.dpia_adm with input as inp
	{f.message | some f in findings} == {"decision `life-underwriting` is solely automated with significant effect but no DPIA covers it"}
}

test_dpia_adm_fires_without_human_involvement if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments/0/recordsHumanInvolvement", "value": false}])
	{f.path | some f in ia.dpia_adm} == {["assessments", 0, "recordsHumanInvolvement"]} with input as inp
}

test_dpia_adm_quiet_on_the_reference if {
	count(ia.dpia_adm) == 0 with input as baseline
}

test_dpia_adm_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments", "value": []}, {"op": "replace", "path": "/decisions/0/outcomes/1/decidedBy", "value": "human"}])
	count(ia.dpia_adm) == 0 with input as inp
}

test_dpia_special_fires_without_a_dpia if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments/0/purposes", "value": []}])
	{f.path | some f in ia.dpia_special} == {["purposes", 0]} with input as inp
}

test_dpia_special_quiet_on_the_reference if {
	count(ia.dpia_special) == 0 with input as baseline
}

test_dpia_special_quiet_when_not_large_scale if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments/0/purposes", "value": []}, {"op": "replace", "path": "/purposes/0/largeScale", "value": false}])
	count(ia.dpia_special) == 0 with input as inp
}

test_prior_consultation_fires_for_a_high_residual_risk if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments/0/residualRisk", "value": "high"}])
	{f.path | some f in ia.prior_consultation} == {["assessments", 0, "priorConsultation"]} with input as inp
}

test_prior_consultation_quiet_after_consulting if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/assessments/0/residualRisk", "value": "high"}, {"op": "replace", "path": "/assessments/0/priorConsultation/exists", "value": true}])
	count(ia.prior_consultation) == 0 with input as inp
}

test_prior_consultation_quiet_on_the_reference if {
	count(ia.prior_consultation) == 0 with input as baseline
}
