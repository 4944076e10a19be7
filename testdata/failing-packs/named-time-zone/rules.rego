package art22.rules.failing

# METADATA
# title: Reads the host's zone files
# description: >-
#   A rule made to fail, for art22's sandbox tests: a named time zone is read from the host's zone files; the evaluation stops.
# custom:
#   id: FAIL-TIME-ZONE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
time_zone contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	[hour, _, _] := time.clock([0, "Asia/Tokyo"])
	hour > 0
}
