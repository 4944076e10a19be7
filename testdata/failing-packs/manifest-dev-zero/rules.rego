package art22.rules.failing

# METADATA
# title: Fails with a conflict
# description: >-
#   A rule made to fail, for art22's fail-closed tests: two definitions of a complete rule give different values.
# custom:
#   id: FAIL-CONFLICT
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
conflict contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	level > 0
}

# Two values for one complete rule: an evaluation error (eval_conflict_error).
level := 1 if input.controller.name != ""

level := 2 if input.apiVersion != ""
