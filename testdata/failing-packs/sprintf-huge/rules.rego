package art22.rules.failing

# METADATA
# title: Formats 64 MB in one call
# description: >-
#   A rule made to fail, for art22's sandbox tests: one sprintf call would write a 64 KB text a thousand times (64 MB); the evaluation stops.
# custom:
#   id: FAIL-SPRINTF
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
sprintf_huge contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	text := sprintf("%65536s", [""])
	format := concat("", ["%[1]v" | some i in numbers.range(1, 1000)])
	count(sprintf(format, [text])) > 0
}
