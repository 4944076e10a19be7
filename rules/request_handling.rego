# METADATA
# title: Handling requests from data subjects (GDPR Art. 12)
# description: Rules on how quickly requests are answered.
package art22.rules.request_handling

import data.art22.lib

# METADATA
# title: Requests are not answered within one month
# description: >-
#   Requests from data subjects (access, explanation, rectification, objection...) must be
#   answered without undue delay and at the latest within one month, extendable by two
#   further months where necessary with reasons given within the first month (Art. 12(3)).
#   The rule fires when the declared service level is longer than a month (more than 31
#   days) or not declared. A risk: extensions are allowed case by case.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 12(3)"
# custom:
#   id: ART12-3-RESPONSE-TIME
#   severity: risk
#   articles:
#     - GDPR Art. 12(3)
#   humanReview: Whether requests are answered in time in practice, and extensions justified and notified within the first month.
#   remediation: >-
#     Commit to answering requests within one month (rights.responseTime of 1 month or less).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 12(3)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     rights:
#       responseTime: 6 weeks
#   example: |
#     rights:
#       responseTime: 1 month
response_time contains finding if {
	some gap in _response_gaps
	finding := {
		"message": gap.message,
		"path": ["rights", "responseTime"],
		"because": [gap.fact],
	}
}

# Art. 12(3): a time limit is set ...
_response_gaps := _response_gaps_clauses

_response_gaps_clauses contains {
	"message": "no time limit for answering requests from data subjects is declared",
	"fact": "rights.responseTime is not declared; Art. 12(3) requires an answer within one month",
} if {
	not input.rights.responseTime.declared
}

# ... and it is no longer than a month.
_response_gaps_clauses contains {
	"message": $"requests from data subjects are answered within {rt.text}, longer than the month Art. 12(3) allows",
	"fact": $"rights.responseTime is {rt.text}; a month is at most 31 days",
} if {
	rt := input.rights.responseTime
	rt.declared
	_too_long(rt)
}

_too_long(rt) if rt.indefinite

_too_long(rt) if rt.hours > lib.one_month_hours
