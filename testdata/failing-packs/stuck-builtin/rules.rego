package art22.rules.failing

# METADATA
# title: Stuck in one evaluation step
# description: >-
#   A rule made to fail, for art22's fail-closed tests: one builtin call runs for seconds, past the time budget, and cannot be interrupted.
# custom:
#   id: FAIL-STUCK
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
stuck contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	# A number of 15,300 digits multiplied by itself 40 times: one builtin
	# call, which no cancellation interrupts, of seconds of arithmetic on
	# a few megabytes.
	x := product([99999999999999999 | some i in numbers.range(1, 900)])
	product([x | some i in numbers.range(1, 40)]) < 0
}
