# METADATA
# title: A regulator's audit rules on the review of automated declines
# description: >-
#   An example rule pack, written in docs/writing-rules.md: rules a supervisory authority
#   prototypes and runs beside art22's own with art22 check --rules examples/rule-pack.
package art22.rules.regulator

# Five working days are at most seven calendar days.
five_working_days_hours := 7 * 24

# METADATA
# title: A declined applicant cannot have a person review the decision within 5 working days
# description: >-
#   Where a decision can decline an application, the applicant must be able to have a person
#   review it, and the review must be answered within 5 working days (at most 7 calendar
#   days). This is an audit expectation of the regulator writing the pack, not a GDPR
#   deadline: GDPR Art. 22(3) requires the route to human intervention, not its speed.
# custom:
#   id: REG-DECLINE-REVIEW-5-DAYS
#   severity: risk
#   articles:
#     - GDPR Art. 22(3)
#   remediation: >-
#     Answer requests for human review of a decline within 5 working days, and declare it
#     (safeguards.humanIntervention.respondsWithin: 5 days).
#   humanReview: Whether reviews are answered in time in practice.
#   sources:
#     - kind: guideline
#       title: Example supervisory expectation on the review of automated declines (illustrative, for docs/writing-rules.md)
#   counterexample: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           humanIntervention: {respondsWithin: 10 days}
#   example: |
#     decisions:
#       - id: life-underwriting
#         safeguards:
#           humanIntervention:
#             available: true
#             respondsWithin: 5 days
decline_review_slow contains finding if {
	some i, d in input.decisions
	some o in d.outcomes
	o.type == "decline"
	hi := d.safeguards.humanIntervention
	not reviewed_in_time(hi)
	finding := {
		"message": sprintf("decision `%s` can decline applications, but a review by a person is not promised within 5 working days", [d.id]),
		"path": ["decisions", i, "safeguards", "humanIntervention", "respondsWithin"],
		"because": [
			sprintf("decision `%s` has a decline outcome, decided by the %s", [d.id, o.decidedBy]),
			sprintf("safeguards.humanIntervention: available %v, responds within %s", [hi.available, within_words(hi.respondsWithin)]),
		],
	}
}

reviewed_in_time(hi) if {
	hi.available
	hi.respondsWithin.declared
	not hi.respondsWithin.indefinite
	hi.respondsWithin.hours <= five_working_days_hours
}

within_words(d) := d.text if d.declared

within_words(d) := "(not declared)" if not d.declared
