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
