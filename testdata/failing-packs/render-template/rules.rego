package art22.rules.failing

# METADATA
# title: Renders a template without end
# description: >-
#   A rule made to fail, for art22's sandbox tests: a Go template loops two billion times, past any time budget; the pack is refused at load.
# custom:
#   id: FAIL-TEMPLATE
#   severity: risk
#   articles: [GDPR Art. 22(3)]
#   remediation: None; this rule exists to fail.
#   humanReview: None.
#   sources: [{kind: guideline, title: art22 test fixture}]
template contains {"message": "m", "path": ["controller"], "because": ["b"]} if {
	count(strings.render_template("{{range 2000000000}}0123456789{{end}}", {})) > 0
}
