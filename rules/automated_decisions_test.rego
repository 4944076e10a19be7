package art22.rules.automated_decisions_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.automated_decisions as ad

# The reference's decision life-underwriting is solely automated: the engine accepts
# and loads (smoker, build); exclusions and declines go to medical underwriters. It
# rests on explicit consent adm-consent; its purpose underwriting has the Art. 9(2)(a)
# condition with health-consent.

_decision := "life-underwriting"

_change(patch) := fixture.change(baseline, "decisions", _decision, patch)

# Only accepts at standard terms automatically; everything else to a human.
_favourable_only := _change({"outcomes": [
	{"type": "accept", "decidedBy": "engine"},
	{"type": "premium-loading", "decidedBy": "human"},
	{"type": "decline", "decidedBy": "human"},
]})

_no_route := {"available": false, "channels": [], "handledBy": "", "canChangeOutcome": false, "respondsWithin": baseline.decisions[0].safeguards.humanIntervention.respondsWithin}

_meaningful_review := {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true}

# Declared decision-support, but the engine still loads the premium: within Art. 22(1)
# by the facts (ART22-1-MISCLASSIFIED), with no exception and no safeguards declared.
_misclassified := _change({
	"automation": "decision-support",
	"exception": "",
	"consent": "",
	"humanReview": _meaningful_review,
	"safeguards": {
		"humanIntervention": _no_route, "expressView": _no_route, "contest": _no_route,
		"explanation": {"available": false, "disclosure": ""},
	},
})

# Declared decision-support, every adverse outcome "decided" by a reviewer who cannot
# change it: within Art. 22(1) by the facts (ART22-1-TOKEN-HUMAN).
_token := _change({
	"automation": "decision-support",
	"outcomes": [{"type": "accept", "decidedBy": "engine"}, {"type": "decline", "decidedBy": "human"}],
	"exception": "",
	"consent": "",
	"humanReview": object.union(_meaningful_review, {"canChangeOutcome": false}),
})

# A human decides with a bureau score the outcome follows whatever else is known.
_bureau := fixture.add(
	_change({
		"automation": "decision-support",
		"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}],
		"humanReview": _meaningful_review,
		"factors": [{
			"id": "bureau-score", "category": "credit-score", "effect": "decline", "appliedBy": "human",
			"extent": "", "cutoff": "below 400", "decisive": true,
			"justification": baseline.decisions[0].factors[0].justification,
		}],
	}),
	"dataCategories", object.union(baseline.dataCategories[0], {
		"id": "credit-score", "name": "Score from a credit bureau", "about": "credit-score",
		"sources": ["credit-bureau"],
	}),
)

# ART22-1-MISCLASSIFIED

test_misclassified_fires_when_the_engine_loads_a_decision_support_case if {
	findings := ad.misclassified with input as _misclassified
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "automation"]
	f.message == "decision `life-underwriting` is declared decision-support, but the engine itself reaches premium-loading"
	startswith(f.because[2], "decision `life-underwriting` is therefore within Art. 22(1) and needs an Art. 22(2) exception")
}

# WP251rev.01 and CJEU C-634/21: the bureau score decides, the human applies it.
test_misclassified_fires_for_a_decisive_bureau_score if {
	findings := ad.misclassified with input as _bureau
	{f.path | some f in findings} == {["decisions", 0, "factors", 0]}
	some f in findings
	contains(f.because[0], "established by credit-bureau (CJEU C-634/21")
}

test_misclassified_fires_for_a_decisive_internal_score if {
	inp := fixture.with_factor(_bureau, _decision, "bureau-score", {"category": "age"})
	some f in ad.misclassified with input as inp
	f.because[0] == "factor `bureau-score` reads `age` and is declared decisive: the outcome follows it in practice"
}

test_misclassified_quiet_when_humans_decide_adverse_outcomes if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"automation": "decision-support", "humanReview": _meaningful_review})
	count(ad.misclassified) == 0 with input as inp
}

test_misclassified_quiet_when_the_score_is_not_decisive if {
	inp := fixture.with_factor(_bureau, _decision, "bureau-score", {"decisive": false})
	count(ad.misclassified) == 0 with input as inp
}

test_misclassified_quiet_on_the_reference if {
	count(ad.misclassified) == 0 with input as baseline
}

# ART22-1-TOKEN-HUMAN

test_token_human_fires_when_the_reviewer_sees_only_the_score if {
	inp := fixture.change(_token, "decisions", _decision, {"humanReview": object.union(_meaningful_review, {"seesAllRelevantData": false})})
	some f in ad.token_human with input as inp
	f.message == "decision `life-underwriting` is declared decided by a human, but the reviewer does not see all the relevant data"
	startswith(f.because[2], "decision `life-underwriting` is therefore within Art. 22(1)")
}

test_token_human_fires_without_a_reviewer if {
	inp := fixture.change(_token, "decisions", _decision, {"humanReview": {"role": "", "canChangeOutcome": false, "seesAllRelevantData": false, "competent": false}})
	some f in ad.token_human with input as inp
	f.path == ["decisions", 0, "humanReview"]
	contains(f.message, "no reviewing role is named")
}

# A role left unnamed is reported, but the decision stays outside Art. 22(1).
test_token_human_fires_for_an_unnamed_role_without_bringing_art22 if {
	inp := fixture.change(_token, "decisions", _decision, {"humanReview": object.union(_meaningful_review, {"role": ""})})
	some f in ad.token_human with input as inp
	count(f.because) == 2
	count(ad.no_exception) == 0 with input as inp
}

test_token_human_quiet_with_a_meaningful_review if {
	inp := fixture.change(_token, "decisions", _decision, {"humanReview": _meaningful_review})
	count(ad.token_human) == 0 with input as inp
}

test_token_human_quiet_on_the_reference if {
	count(ad.token_human) == 0 with input as baseline
}

# ART22-2-NO-EXCEPTION

test_no_exception_fires_when_none_is_declared if {
	inp := _change({"exception": ""})
	findings := ad.no_exception with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "exception"]
	f.message == "decision `life-underwriting` is within Art. 22(1) and reaches premium-loading, but it declares no Art. 22(2) exception"
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading"
}

test_no_exception_fires_when_the_law_is_not_named if {
	findings := ad.no_exception with input as _change({"exception": "law"})
	{f.path | some f in findings} == {["decisions", 0, "exceptionLaw"]}
}

test_no_exception_fires_when_the_consent_is_not_explicit if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"explicit": false})
	some f in ad.no_exception with input as inp
	f.path == ["decisions", 0, "consent"]
	contains(f.message, "consent `adm-consent` is not explicit")
}

# The consent chain: a consent that is not valid is no Art. 22(2)(c) exception.
test_no_exception_fires_when_the_consent_is_bundled_naming_the_root if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"mechanism": "bundled-with-terms"})
	findings := ad.no_exception with input as inp
	count(findings) == 1
	some f in findings
	f.message == "decision `life-underwriting` is within Art. 22(1) and reaches premium-loading, but consent `adm-consent` is not valid, so it is no Art. 22(2)(c) exception"
	contains(f.because[1], "(ART7-2-BUNDLED-CONSENT)")
}

test_no_exception_fires_when_the_consent_is_a_condition_of_a_discount if {
	inp := fixture.change(baseline, "consents", "adm-consent", {"conditionOf": {"what": "discount", "description": "", "necessary": false}})
	some f in ad.no_exception with input as inp
	contains(f.because[1], "(ART7-4-CONDITIONAL-CONSENT)")
}

# A misclassified decision gets the exception finding, naming its root.
test_no_exception_fires_for_a_misclassified_decision if {
	some f in ad.no_exception with input as _misclassified
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared decision-support, but the engine itself reaches premium-loading (ART22-1-MISCLASSIFIED)"
}

test_no_exception_fires_for_a_token_human if {
	some f in ad.no_exception with input as _token
	contains(f.because[0], "the human said to decide decline cannot change the outcome (ART22-1-TOKEN-HUMAN)")
	contains(f.message, "reaches decline")
}

test_no_exception_quiet_on_the_reference if {
	count(ad.no_exception) == 0 with input as baseline
}

test_no_exception_quiet_when_the_law_is_named if {
	inp := _change({"exception": "law", "exceptionLaw": "Example Act 2020, s. 12"})
	count(ad.no_exception) == 0 with input as inp
}

test_no_exception_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"exception": ""})
	count(ad.no_exception) == 0 with input as inp
}

test_no_exception_quiet_when_a_human_decides if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {
		"automation": "decision-support", "exception": "", "humanReview": _meaningful_review,
		"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "decline", "decidedBy": "human"}],
	})
	count(ad.no_exception) == 0 with input as inp
}

# ART22-3-NO-HUMAN-INTERVENTION, ART22-3-NO-EXPRESS-VIEW, ART22-3-NO-CONTEST

_no_safeguards := _change({"safeguards": object.union(baseline.decisions[0].safeguards, {
	"humanIntervention": _no_route, "expressView": _no_route, "contest": _no_route,
})})

test_no_human_intervention_fires_when_absent if {
	findings := ad.no_human_intervention with input as _no_safeguards
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "safeguards", "humanIntervention"]
	f.message == "decision `life-underwriting` is within Art. 22(1) and reaches premium-loading, but the right to obtain human intervention is missing: it is not available; no channel is declared to ask for it"
}

test_no_human_intervention_fires_when_the_reviewer_cannot_change_the_outcome if {
	inp := fixture.set_field(baseline, "decisions", _decision, ["safeguards", "humanIntervention", "canChangeOutcome"], false)
	some f in ad.no_human_intervention with input as inp
	contains(f.message, "whoever handles it cannot change the outcome")
}

# A duty that follows the derived scope names its root.
test_no_human_intervention_fires_for_a_misclassified_decision if {
	some f in ad.no_human_intervention with input as _misclassified
	contains(f.because[0], "(ART22-1-MISCLASSIFIED)")
}

test_no_human_intervention_quiet_on_the_reference if {
	count(ad.no_human_intervention) == 0 with input as baseline
}

test_no_human_intervention_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"safeguards": _no_safeguards.decisions[0].safeguards})
	count(ad.no_human_intervention) == 0 with input as inp
}

test_no_human_intervention_quiet_under_the_law_exception if {
	inp := fixture.change(_no_safeguards, "decisions", _decision, {"exception": "law", "exceptionLaw": "Example Act 2020, s. 12"})
	count(ad.no_human_intervention) == 0 with input as inp
}

test_no_express_view_fires_when_absent if {
	findings := ad.no_express_view with input as _no_safeguards
	{f.path | some f in findings} == {["decisions", 0, "safeguards", "expressView"]}
}

test_no_express_view_fires_without_a_channel if {
	inp := fixture.set_field(baseline, "decisions", _decision, ["safeguards", "expressView", "channels"], [])
	some f in ad.no_express_view with input as inp
	contains(f.message, "no channel is declared to ask for it")
}

test_no_express_view_fires_for_a_token_human if {
	inp := fixture.change(_token, "decisions", _decision, {"safeguards": _no_safeguards.decisions[0].safeguards})
	some f in ad.no_express_view with input as inp
	contains(f.because[0], "(ART22-1-TOKEN-HUMAN)")
}

test_no_express_view_quiet_on_the_reference if {
	count(ad.no_express_view) == 0 with input as baseline
}

test_no_express_view_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"safeguards": _no_safeguards.decisions[0].safeguards})
	count(ad.no_express_view) == 0 with input as inp
}

test_no_contest_fires_when_absent if {
	findings := ad.no_contest with input as _no_safeguards
	some f in findings
	f.path == ["decisions", 0, "safeguards", "contest"]
	f.because[1] == "its exception is explicit-consent"
}

test_no_contest_fires_when_no_exception_is_declared if {
	inp := fixture.change(_no_safeguards, "decisions", _decision, {"exception": ""})
	some f in ad.no_contest with input as inp
	f.because[1] == "its exception is none declared"
}

test_no_contest_fires_for_a_decisive_bureau_score if {
	inp := fixture.change(_bureau, "decisions", _decision, {"safeguards": _no_safeguards.decisions[0].safeguards})
	some f in ad.no_contest with input as inp
	contains(f.because[0], "the outcome follows factor `bureau-score`")
}

test_no_contest_quiet_on_the_reference if {
	count(ad.no_contest) == 0 with input as baseline
}

test_no_contest_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"safeguards": _no_safeguards.decisions[0].safeguards})
	count(ad.no_contest) == 0 with input as inp
}

# ART22-3-NO-EXPLANATION

_no_reasons := fixture.with_section(
	fixture.set_field(baseline, "decisions", _decision, ["safeguards", "explanation"], {"available": false, "disclosure": ""}),
	["rights", "explanationOnRequest", "content"], "generic",
)

test_no_explanation_fires_without_reasons if {
	findings := ad.no_explanation with input as _no_reasons
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "safeguards", "explanation"]
	f.message == "decision `life-underwriting` is within Art. 22(1) and reaches premium-loading, but the person can learn the main reasons neither with the decision nor on request"
}

test_no_explanation_fires_when_the_text_gives_no_reasons if {
	inp := fixture.without_claims(baseline, "decision-notice", "decision-reasons")
	some f in ad.no_explanation with input as inp
	contains(f.message, "its text `decision-notice` does not evidence the reasons")
}

test_no_explanation_fires_for_a_misclassified_decision if {
	inp := fixture.with_section(_misclassified, ["rights", "explanationOnRequest", "content"], "none")
	some f in ad.no_explanation with input as inp
	contains(f.because[0], "(ART22-1-MISCLASSIFIED)")
}

# Art. 15(1)(h) is the binding ground: the actual logic on request is enough.
test_no_explanation_quiet_when_the_logic_is_given_on_request if {
	inp := fixture.set_field(baseline, "decisions", _decision, ["safeguards", "explanation"], {"available": false, "disclosure": ""})
	count(ad.no_explanation) == 0 with input as inp
}

test_no_explanation_quiet_on_the_reference if {
	count(ad.no_explanation) == 0 with input as baseline
}

test_no_explanation_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"safeguards": _no_reasons.decisions[0].safeguards})
	count(ad.no_explanation) == 0 with input as fixture.with_section(inp, ["rights", "explanationOnRequest", "content"], "generic")
}

# ART22-4-SPECIAL-CATEGORY

test_special_category_fires_without_an_art9_condition if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"specialCategoryCondition": "", "consent": ""})
	findings := ad.special_category with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["decisions", 0, "purpose"]
	f.message == "decision `life-underwriting` is within Art. 22(1) and rests on special-category data (`build`, `medical-history`, `smoking`) without a valid Art. 9(2)(a) or (g) condition"
	f.because[2] == "purpose `underwriting` has condition (none), which is not explicit consent with a valid explicit consent, nor substantial public interest with its law named"
}

test_special_category_fires_on_a_contract_condition_alone if {
	inp := fixture.change(baseline, "purposes", "underwriting", {"specialCategoryCondition": "legal-claims", "consent": ""})
	some f in ad.special_category with input as inp
	contains(f.because[2], "has condition legal-claims")
}

# The consent chain: an invalid consent is no Art. 9(2)(a) condition.
test_special_category_fires_when_the_health_consent_is_conditional if {
	inp := fixture.change(baseline, "consents", "health-consent", {"conditionOf": {"what": "discount", "description": "mortgage rate discount", "necessary": false}})
	some f in ad.special_category with input as inp
	startswith(f.because[2], "consent `health-consent` is not valid: it is a condition of the discount")
	contains(f.because[2], "(ART7-4-CONDITIONAL-CONSENT)")
}

# Art. 22(4) under any Art. 22(2) exception: contract necessity for the decision and
# explicit consent for the health data is compliant (the TM declaration, exception contract).
test_special_category_quiet_under_the_contract_exception_with_explicit_consent if {
	inp := _change({"exception": "contract", "consent": ""})
	count(ad.special_category) == 0 with input as inp
}

test_special_category_quiet_with_a_public_interest_law if {
	inp := fixture.change(
		_change({"exception": "contract", "consent": ""}), "purposes", "underwriting",
		{"specialCategoryCondition": "substantial-public-interest", "conditionLaw": "Example Insurance Act 2019, s. 40", "consent": ""},
	)
	count(ad.special_category) == 0 with input as inp
}

test_special_category_quiet_on_the_reference if {
	count(ad.special_category) == 0 with input as baseline
}

test_special_category_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "purposes", "underwriting", {"specialCategoryCondition": "", "consent": ""})
	count(ad.special_category) == 0 with input as inp
}

# ART22-NO-ALTERNATIVE

test_no_alternative_fires_without_another_route if {
	inp := _change({"alternativeChannel": {"available": false, "channels": [], "sameTerms": false}})
	some f in ad.no_alternative with input as inp
	f.path == ["decisions", 0, "alternativeChannel"]
	f.message == "decision `life-underwriting` rests on consent to automated decision-making, but there is no other way to be decided on"
}

test_no_alternative_fires_without_a_channel if {
	inp := _change({"alternativeChannel": {"available": true, "channels": [], "sameTerms": true}})
	some f in ad.no_alternative with input as inp
	contains(f.message, "no channel for the other way is declared")
}

test_no_alternative_quiet_on_the_reference if {
	count(ad.no_alternative) == 0 with input as baseline
}

test_no_alternative_quiet_under_the_contract_exception if {
	inp := _change({"exception": "contract", "consent": "", "alternativeChannel": {"available": false, "channels": [], "sameTerms": false}})
	count(ad.no_alternative) == 0 with input as inp
}

test_no_alternative_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"alternativeChannel": {"available": false, "channels": [], "sameTerms": false}})
	count(ad.no_alternative) == 0 with input as inp
}

# REC71-CHILD

test_child_fires_for_children_decided_automatically if {
	some f in ad.child with input as _change({"subjects": ["applicant", "child"]})
	f.path == ["decisions", 0, "subjects"]
	f.message == "decision `life-underwriting` decides on children automatically (premium-loading)"
}

test_child_fires_for_a_token_human if {
	inp := fixture.change(_token, "decisions", _decision, {"subjects": ["child"]})
	some f in ad.child with input as inp
	contains(f.because[0], "(ART22-1-TOKEN-HUMAN)")
}

test_child_quiet_on_the_reference if {
	count(ad.child) == 0 with input as baseline
}

test_child_quiet_when_only_favourable_outcomes_are_automated if {
	inp := fixture.change(_favourable_only, "decisions", _decision, {"subjects": ["child"]})
	count(ad.child) == 0 with input as inp
}
