package art22.rules.failing

# METADATA
# title: Runs for seconds
# description: >-
#   A rule made to fail, for art22's fail-closed tests: sixteen million iterations, to exceed a time budget.
# custom:
#   id: FAIL-SLOW
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
slow contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	some i in numbers.range(1, 4000)
	some j in numbers.range(1, 4000)
	i * j < 0
}
