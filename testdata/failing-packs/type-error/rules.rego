package art22.rules.failing

# METADATA
# title: Fails with a type error
# description: >-
#   A rule made to fail, for art22's fail-closed tests: a value the type checker cannot see is text where a number is needed.
# custom:
#   id: FAIL-TYPE-ERROR
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
type_error contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	# json.unmarshal's result has no static type, so this compiles; at
	# evaluation, text plus a number is a type error (eval_type_error).
	x := json.unmarshal(`"text"`)
	x + 1 > 0
}
