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
#   example: |
#     rights:
#       responseTime: 30 days
response_time contains finding if {
	rt := input.rights.responseTime
	not rt.declared
	finding := {
		"message": "no time limit for answering requests from data subjects is declared",
		"path": ["rights", "responseTime"],
		"because": ["rights.responseTime is not declared; Art. 12(3) requires an answer within one month"],
	}
}

response_time contains finding if {
	rt := input.rights.responseTime
	rt.declared
	too_long(rt)
	finding := {
		"message": sprintf("requests from data subjects are answered within %s, longer than the month Art. 12(3) allows", [rt.text]),
		"path": ["rights", "responseTime"],
		"because": [sprintf("rights.responseTime is %s", [rt.text])],
	}
}

too_long(rt) if rt.indefinite

too_long(rt) if rt.hours > lib.one_month_hours
