package art22.rules.data_subject_rights_test

import data.art22.fixture
import data.art22.fixture.baseline
import data.art22.rules.data_subject_rights as r

# The reference: life-underwriting is solely automated and loads the premium; people who
# ask get the actual logic, in text `explanation`, which evidences decision-reasons.

_rights(inp, patch) := fixture.with_section(inp, ["rights", "explanationOnRequest"], object.union(inp.rights.explanationOnRequest, patch))

# A person decides every outcome, with authority, all the data and the competence.
_human_decides := fixture.change(baseline, "decisions", "life-underwriting", {
	"automation": "decision-support",
	"outcomes": [{"type": "accept", "decidedBy": "human"}, {"type": "premium-loading", "decidedBy": "human"}],
	"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
})

# ---------------------------------------------------------------------------
# ART15-1H-LOGIC-ON-REQUEST

# Berlin DPA (2023): only blanket information about the scoring procedure.
test_logic_on_request_fires_for_a_generic_explanation if {
	findings := r.logic_on_request with input as _rights(baseline, {"content": "generic"})
	count(findings) == 1
	some f in findings
	f.path == ["rights", "explanationOnRequest", "content"]
	f.message == "people who ask how a decision about them was reached get a generic description, not the procedure and principles actually applied to their data"
	f.because[0] == "decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading"
	f.because[1] == "rights.explanationOnRequest.content is generic"
}

# Declared decision-support, but the engine loads the premium: the root is named.
test_logic_on_request_fires_for_a_misclassified_decision if {
	inp := fixture.change(_rights(baseline, {"content": "none"}), "decisions", "life-underwriting", {
		"automation": "decision-support",
		"humanReview": {"role": "medical-underwriters", "canChangeOutcome": true, "seesAllRelevantData": true, "competent": true},
	})
	some f in r.logic_on_request with input as inp
	startswith(f.message, "people who ask how a decision about them was reached get no explanation")
	contains(f.because[0], "(ART22-1-MISCLASSIFIED)")
}

# A credit bureau's score is no excuse.
test_logic_on_request_fires_with_a_third_party_score if {
	score := object.union(baseline.dataCategories[fixture.index(baseline, "dataCategories", "identity")], {
		"id": "credit-score", "name": "Credit score", "about": "credit-score", "sources": ["credit-bureau"],
	})
	inp := fixture.change(
		fixture.add(_rights(baseline, {"content": "generic"}), "dataCategories", score),
		"decisions", "life-underwriting", {"inputs": ["identity", "age", "credit-score"]},
	)
	some f in r.logic_on_request with input as inp
	f.because[2] == "decision `life-underwriting` rests on `credit-score` (credit-score, from credit-bureau), established by others: its part in the result must be explained too"
}

test_logic_on_request_fires_when_the_text_gives_no_reasons if {
	inp := fixture.without_claim(baseline, "explanation", "decision-reasons", "", "")
	findings := r.logic_on_request with input as inp
	count(findings) == 1
	some f in findings
	f.path == ["rights", "explanationOnRequest", "disclosure"]
	f.message == "the explanation given on request, `explanation`, does not say the reasons actually applied"
}

test_logic_on_request_quiet_on_the_reference if {
	count(r.logic_on_request) == 0 with input as baseline
}

# TM (case 2024020415, para 22): further information on the outcome, no text named.
test_logic_on_request_quiet_for_actual_logic_without_a_text if {
	count(r.logic_on_request) == 0 with input as _rights(baseline, {"disclosure": ""})
}

test_logic_on_request_quiet_when_a_person_decides if {
	count(r.logic_on_request) == 0 with input as _rights(_human_decides, {"content": "none"})
}

# ---------------------------------------------------------------------------
# ART15-TRADE-SECRET-REFUSAL

test_trade_secret_refusal_fires_for_a_refusal if {
	findings := r.trade_secret_refusal with input as _rights(baseline, {"tradeSecrets": "refuse"})
	{f.path | some f in findings} == {["rights", "explanationOnRequest", "tradeSecrets"]}
	some f in findings
	f.because[1] == "decision `life-underwriting` is within Art. 22(1): declared solely automated; the engine reaches premium-loading"
}

test_trade_secret_refusal_fires_for_a_bought_model if {
	inp := fixture.set_field(_rights(baseline, {"tradeSecrets": "refuse"}), "decisions", "life-underwriting", ["model", "vendor"], "policy-admin")
	some f in r.trade_secret_refusal with input as inp
	f.because[2] == "the model of decision `life-underwriting` is bought from `policy-admin`: its secrets go the same way"
}

test_trade_secret_refusal_quiet_on_the_reference if {
	count(r.trade_secret_refusal) == 0 with input as baseline
}

test_trade_secret_refusal_quiet_when_a_person_decides if {
	count(r.trade_secret_refusal) == 0 with input as _rights(_human_decides, {"tradeSecrets": "refuse"})
}
