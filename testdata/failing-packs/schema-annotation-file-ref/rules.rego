package art22.rules.failing

# METADATA
# title: Reads a file through a METADATA schema
# description: >-
#   A rule made to fail, for art22's sandbox tests: its METADATA schema refers to a local file, which OPA's type checker would read; the pack is refused at load.
# schemas:
#   - input.controller: {"$ref": "file:///etc/hostname"}
# custom:
#   id: FAIL-SCHEMA-ANNOTATION
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
schema_annotation contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	input.controller.name == ""
}
