package art22.rules.failing

# A words map that lacks a key the rule looks up.
_effect_words := {"decline": "declines the application"}

# METADATA
# title: Names a value that is undefined
# description: >-
#   A rule made to fail, for art22's fail-closed tests: its message looks up a key its
#   words map lacks, so the template string renders <undefined>. With sprintf the finding
#   would silently vanish; the checker must refuse it instead.
# custom:
#   id: FAIL-UNDEFINED-MESSAGE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
undefined_message contains {
	"message": $"factor `{f.id}` {_effect_words[f.effect]}",
	"path": ["decisions", i, "factors", j],
	"because": [$"its effect is {f.effect}"],
} if {
	some i, d in input.decisions
	some j, f in d.factors
	f.effect == "premium-loading"
}
