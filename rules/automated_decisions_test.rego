package art22.rules.automated_decisions_test

import data.art22.fixture.baseline
import data.art22.rules.automated_decisions as ad

# Only accepts at standard terms automatically; everything else to a human.
favourable_only := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/outcomes", "value": [
	{"type": "accept", "decidedBy": "engine"},
	{"type": "premium-loading", "decidedBy": "human"},
	{"type": "decline", "decidedBy": "human"},
]}])

no_safeguards := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/safeguards", "value": {
	"humanIntervention": {"available": false, "channels": [], "handledBy": "", "canChangeOutcome": false, "respondsWithin": baseline.decisions[0].safeguards.humanIntervention.respondsWithin},
	"expressView": {"available": false, "channels": [], "handledBy": "", "canChangeOutcome": false, "respondsWithin": baseline.decisions[0].safeguards.humanIntervention.respondsWithin},
	"contest": {"available": false, "channels": [], "handledBy": "", "canChangeOutcome": false, "respondsWithin": baseline.decisions[0].safeguards.humanIntervention.respondsWithin},
	"explanation": baseline.decisions[0].safeguards.explanation,
}}])

# ART22-2-NO-EXCEPTION

test_no_exception_fires_when_none_is_declared if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/exception", "value": ""}])
	findings := ad.no_exception with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "exception"]
	f.message == "decision `life-underwriting` is solely automated and premium-loading, but it declares no Art. 22(2) exception"
}

test_no_exception_fires_when_the_law_is_not_named if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/exception", "value": "law"}])
	findings := ad.no_exception with input as inp
	{f.path | some f in findings} == {["decisions", 0, "exceptionLaw"]}
}

test_no_exception_fires_when_the_consent_is_not_explicit if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/consents/1/explicit", "value": false}])
	findings := ad.no_exception with input as inp
	some f in findings
	f.path == ["decisions", 0, "consent"]
	contains(f.message, "consent `adm-consent` is not explicit")
}

test_no_exception_quiet_on_the_reference if {
	count(ad.no_exception) == 0 with input as baseline
}

test_no_exception_quiet_when_the_law_is_named if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/decisions/0/exception", "value": "law"},
		{"op": "replace", "path": "/decisions/0/exceptionLaw", "value": "Example Act 2020, s. 12"},
	])
	count(ad.no_exception) == 0 with input as inp
}

test_no_exception_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/exception", "value": ""}])
	count(ad.no_exception) == 0 with input as inp
}

test_no_exception_quiet_when_a_human_decides if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"},
		{"op": "replace", "path": "/decisions/0/exception", "value": ""},
		{"op": "replace", "path": "/decisions/0/outcomes", "value": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}]},
		{"op": "replace", "path": "/decisions/0/humanReview", "value": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}},
	])
	count(ad.no_exception) == 0 with input as inp
}

# ART22-3-NO-HUMAN-INTERVENTION

test_no_human_intervention_fires_when_absent if {
	findings := ad.no_human_intervention with input as no_safeguards
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "safeguards", "humanIntervention"]
	contains(f.message, "the right to obtain human intervention is missing: it is not available; no channel is declared to ask for it")
}

test_no_human_intervention_fires_when_the_reviewer_cannot_change_the_outcome if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/safeguards/humanIntervention/canChangeOutcome", "value": false}])
	findings := ad.no_human_intervention with input as inp
	some f in findings
	endswith(f.message, "whoever handles it cannot change the outcome")
}

test_no_human_intervention_quiet_on_the_reference if {
	count(ad.no_human_intervention) == 0 with input as baseline
}

test_no_human_intervention_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(no_safeguards, [{"op": "replace", "path": "/decisions/0/outcomes", "value": favourable_only.decisions[0].outcomes}])
	count(ad.no_human_intervention) == 0 with input as inp
}

test_no_human_intervention_quiet_under_the_law_exception if {
	inp := json.patch(no_safeguards, [
		{"op": "replace", "path": "/decisions/0/exception", "value": "law"},
		{"op": "replace", "path": "/decisions/0/exceptionLaw", "value": "Example Act 2020, s. 12"},
	])
	count(ad.no_human_intervention) == 0 with input as inp
}

# ART22-3-NO-EXPRESS-VIEW

test_no_express_view_fires_when_absent if {
	findings := ad.no_express_view with input as no_safeguards
	{f.path | some f in findings} == {["decisions", 0, "safeguards", "expressView"]}
}

test_no_express_view_fires_without_a_channel if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/safeguards/expressView/channels", "value": []}])
	findings := ad.no_express_view with input as inp
	some f in findings
	endswith(f.message, "no channel is declared to ask for it")
}

test_no_express_view_quiet_on_the_reference if {
	count(ad.no_express_view) == 0 with input as baseline
}

test_no_express_view_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(no_safeguards, [{"op": "replace", "path": "/decisions/0/outcomes", "value": favourable_only.decisions[0].outcomes}])
	count(ad.no_express_view) == 0 with input as inp
}

# ART22-3-NO-CONTEST

test_no_contest_fires_when_absent if {
	findings := ad.no_contest with input as no_safeguards
	some f in findings
	f.path == ["decisions", 0, "safeguards", "contest"]
	f.because[0] == "decision `life-underwriting` is solely automated (exception: explicit-consent); the engine reaches: premium-loading"
}

test_no_contest_fires_when_no_exception_is_declared if {
	inp := json.patch(no_safeguards, [{"op": "replace", "path": "/decisions/0/exception", "value": ""}])
	findings := ad.no_contest with input as inp
	some f in findings
	contains(f.because[0], "(exception: none declared)")
}

test_no_contest_quiet_on_the_reference if {
	count(ad.no_contest) == 0 with input as baseline
}

test_no_contest_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(no_safeguards, [{"op": "replace", "path": "/decisions/0/outcomes", "value": favourable_only.decisions[0].outcomes}])
	count(ad.no_contest) == 0 with input as inp
}

# ART22-1-MISCLASSIFIED

test_misclassified_fires_when_the_engine_loads_a_decision_support_case if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"}])
	findings := ad.misclassified with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "automation"]
	f.message == "decision `life-underwriting` is declared decision-support, but the engine itself reaches premium-loading"
}

# SCHUFA: a bureau score the reviewer follows.
test_misclassified_fires_for_a_decisive_bureau_score if {
	inp := json.patch(favourable_only, [
		{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"},
		{"op": "add", "path": "/dataCategories/-", "value": object.union(baseline.dataCategories[0], {"id": "bureau-score", "about": "credit-score", "sources": ["credit-bureau"]})},
		{"op": "add", "path": "/decisions/0/factors/-", "value": object.union(baseline.decisions[0].factors[0], {"id": "score", "category": "bureau-score", "effect": "decline", "appliedBy": "human", "decisive": true})},
	])
	findings := ad.misclassified with input as inp
	{f.path | some f in findings} == {["decisions", 0, "factors", 3]}
}

test_misclassified_quiet_when_humans_decide_adverse_outcomes if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"}])
	count(ad.misclassified) == 0 with input as inp
}

test_misclassified_quiet_on_the_reference if {
	count(ad.misclassified) == 0 with input as baseline
}

# ART22-1-TOKEN-HUMAN

decision_support := json.patch(favourable_only, [
	{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"},
	{"op": "replace", "path": "/decisions/0/humanReview", "value": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}},
])

test_token_human_fires_when_the_reviewer_sees_only_the_score if {
	inp := json.patch(decision_support, [{"op": "replace", "path": "/decisions/0/humanReview/seesAllRelevantData", "value": false}])
	findings := ad.token_human with input as inp
	{f.message | some f in findings} == {"decision `life-underwriting` is declared decided by a human, but the reviewer does not see all the relevant data"}
}

test_token_human_fires_without_a_reviewer if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/automation", "value": "decision-support"}])
	some f in ad.token_human with input as inp
	f.path == ["decisions", 0, "humanReview"]
	contains(f.message, "no reviewing role is named")
}

test_token_human_quiet_with_a_meaningful_review if {
	count(ad.token_human) == 0 with input as decision_support
}

test_token_human_quiet_on_the_reference if {
	count(ad.token_human) == 0 with input as baseline
}

# ART22-3-NO-EXPLANATION

test_no_explanation_fires_without_reasons if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/safeguards/explanation/available", "value": false}])
	findings := ad.no_explanation with input as inp
	{f.path | some f in findings} == {["decisions", 0, "safeguards", "explanation"]}
}

test_no_explanation_fires_when_the_text_gives_no_reasons if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/disclosures/2/covers/4/evidenced", "value": false}])
	some f in ad.no_explanation with input as inp
	endswith(f.message, "its text `decision-notice` does not evidence the reasons (decision-reasons)")
}

test_no_explanation_quiet_on_the_reference if {
	count(ad.no_explanation) == 0 with input as baseline
}

test_no_explanation_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/safeguards/explanation/available", "value": false}])
	count(ad.no_explanation) == 0 with input as inp
}

# ART22-4-SPECIAL-CATEGORY

test_special_category_fires_on_contract_alone if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/exception", "value": "contract"}])
	findings := ad.special_category with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "exception"]
	f.message == "decision `life-underwriting` is solely automated on special-category data (`build`, `medical-history`, `smoking`) without explicit consent or a law of substantial public interest"
}

test_special_category_quiet_with_a_public_interest_law if {
	inp := json.patch(baseline, [
		{"op": "replace", "path": "/decisions/0/exception", "value": "contract"},
		{"op": "replace", "path": "/purposes/0/specialCategoryCondition", "value": "substantial-public-interest"},
		{"op": "replace", "path": "/purposes/0/conditionLaw", "value": "Example Insurance Act, s. 40"},
	])
	count(ad.special_category) == 0 with input as inp
}

test_special_category_quiet_on_the_reference if {
	count(ad.special_category) == 0 with input as baseline
}

test_special_category_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/exception", "value": "contract"}])
	count(ad.special_category) == 0 with input as inp
}

# ART22-NO-ALTERNATIVE

test_no_alternative_fires_without_another_route if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/alternativeChannel/available", "value": false}])
	findings := ad.no_alternative with input as inp
	{f.message | some f in findings} == {"decision `life-underwriting` rests on consent to automated decision-making, but there is no other way to be decided on"}
}

test_no_alternative_quiet_on_the_reference if {
	count(ad.no_alternative) == 0 with input as baseline
}

test_no_alternative_quiet_under_the_contract_exception if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/alternativeChannel/available", "value": false}, {"op": "replace", "path": "/decisions/0/exception", "value": "contract"}])
	count(ad.no_alternative) == 0 with input as inp
}

test_no_alternative_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/alternativeChannel/available", "value": false}])
	count(ad.no_alternative) == 0 with input as inp
}

# REC71-CHILD

test_child_fires_for_children_decided_automatically if {
	inp := json.patch(baseline, [{"op": "replace", "path": "/decisions/0/subjects", "value": ["applicant", "child"]}])
	{f.path | some f in ad.child} == {["decisions", 0, "subjects"]} with input as inp
}

test_child_quiet_on_the_reference if {
	count(ad.child) == 0 with input as baseline
}

test_child_quiet_when_only_favourable_outcomes_are_automated if {
	inp := json.patch(favourable_only, [{"op": "replace", "path": "/decisions/0/subjects", "value": ["applicant", "child"]}])
	count(ad.child) == 0 with input as inp
}
