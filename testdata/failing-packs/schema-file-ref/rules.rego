package art22.rules.failing

# METADATA
# title: Reads a file through a schema
# description: >-
#   A rule made to fail, for art22's sandbox tests: json.match_schema follows a $ref to a local file; the pack is refused at load.
# custom:
#   id: FAIL-SCHEMA-FILE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
schema_file contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	# OPA would read the file, whatever allow_net says.
	[ok, _] := json.match_schema(input.controller, {"$ref": "file:///etc/hostname"})
	not ok
}
