package art22.rules.failing

# METADATA
# title: Fails in a builtin
# description: >-
#   A rule made to fail, for art22's fail-closed tests: to_number is given text that is not a number.
# custom:
#   id: FAIL-BUILTIN-ERROR
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
builtin_error contains {"message": "m", "path": ["controller", "name"], "because": ["b"]} if {
	# The controller's name is not a number: to_number fails (eval_builtin_error).
	to_number(input.controller.name) > 0
}
