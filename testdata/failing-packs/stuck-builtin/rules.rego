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
	# An integer of a million bits, squared: one builtin call (multiplying,
	# then writing the result's 600,000 digits) of seconds, which no
	# cancellation interrupts.
	x := bits.lsh(1, 1000000) + 1
	y := x * x
	y > 0
}
