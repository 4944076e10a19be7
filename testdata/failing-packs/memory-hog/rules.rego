package art22.rules.failing

# METADATA
# title: Holds a gigabyte
# description: >-
#   A rule made to fail, for art22's fail-closed tests: 250,000 texts of 4 KB each, to pass a memory limit step by step.
# custom:
#   id: FAIL-MEMORY
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
memory_hog contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	# Each text is within every bound; together they are a gigabyte.
	texts := [sprintf("%4096d", [i]) | some i in numbers.range(1, 250000)]
	count(texts) < 0
}
