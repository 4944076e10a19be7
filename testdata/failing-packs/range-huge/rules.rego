package art22.rules.failing

# METADATA
# title: Counts to a quadrillion
# description: >-
#   A rule made to fail, for art22's sandbox tests: numbers.range is asked for 10^15 numbers; the evaluation stops.
# custom:
#   id: FAIL-RANGE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
range_huge contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	count(numbers.range(1, 1e15)) > 0
}
