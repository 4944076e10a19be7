# Two rules whose findings are malformed and whose metadata is incomplete:
# every problem is reported at once, each at its line, before any rule runs.
package art22.rules.malformed

# METADATA
# title: No because
# description: A finding without the facts that made it fire.
# custom:
#   id: REG-NO-BECAUSE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: Fix it.
#   sources: [{kind: guideline, title: Test guidance}]
no_because contains {"message": "m", "path": ["decisions", i]} if {
	some i, d in input.decisions
	d.id != ""
}

# METADATA
# title: A path that is not one
# description: A finding whose path is neither keys nor a JSON Pointer.
# custom:
#   id: REG-BAD-PATH
#   severity: advice
#   articles: [GDPR Art. 22(3)]
#   sources: [{kind: guideline, title: Test guidance}]
bad_path contains finding if {
	some d in input.decisions
	finding := {"message": d.id, "path": "decisions.0", "because": ["b"]}
}
