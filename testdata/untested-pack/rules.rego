# A pack whose tests never make one of its rules fire: art22 test fails it.
package art22.rules.untested

# METADATA
# title: Fires in a test
# description: A rule that one of the pack's tests makes fire.
# custom:
#   id: REG-FIRES
#   severity: advice
#   articles: [GDPR Art. 22(3)]
#   remediation: Nothing.
#   sources: [{kind: guideline, title: Test guidance}]
fires contains {"message": "m", "path": ["decisions", i], "because": ["b"]} if {
	some i, d in input.decisions
	d.id == "life-underwriting"
}

# METADATA
# title: Never fires in a test
# description: >-
#   A rule whose only test checks that it is quiet, so that what it finds is
#   never seen by a test.
# custom:
#   id: REG-NEVER-FIRES
#   severity: advice
#   articles: [GDPR Art. 22(3)]
#   remediation: Nothing.
#   sources: [{kind: guideline, title: Test guidance}]
never_fires contains {"message": "m", "path": ["decisions", i], "because": ["b"]} if {
	some i, d in input.decisions
	d.id == "no-such-decision"
}
