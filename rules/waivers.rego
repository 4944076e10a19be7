# METADATA
# title: Waivers (accepted findings with an expiry date)
# description: >-
#   Rules on the waivers of a declaration (and of a --waivers file), judged as of
#   input.evaluation.asOf. The checker applies a waiver that has not expired: the finding it
#   covers is reported as waived, with its reason, and does not count. These rules report
#   the waivers themselves: expired ones, which stop waiving, and those about to expire.
#   A waiver that matches no finding is reported as stale by the checker.
package art22.rules.waivers

import data.art22.lib

# METADATA
# title: A waiver has expired
# description: >-
#   A waiver applies until its expiry date, included. After it, the findings it covered
#   count again, and this finding says so, so that the expiry is noticed rather than merely
#   felt. Accepting a finding is an accountability decision (GDPR Art. 5(2)): it needs to be
#   renewed with a reason, or the finding fixed.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(2) and 24(1) (accountability)"
# custom:
#   id: WAIVER-EXPIRED
#   severity: risk
#   articles:
#     - GDPR Art. 5(2)
#     - GDPR Art. 24(1)
#   humanReview: Whether the accepted risk still holds, and who approves a renewal.
#   remediation: Fix the finding the waiver covered, or renew the waiver with a new reason, approver and expiry date.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(2) and 24(1) (accountability)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     waivers:
#       - rule: ART30-ROPA
#         path: /controller/recordOfProcessing
#         reason: Register being rebuilt
#         owner: DPO office
#         approver: CRO
#         ticket: GRC-1
#         expires: 2026-10-31
#   example: |
#     waivers: []   # the expired waiver removed: fix what it covered, or renew it with a new approval
expired contains finding if {
	some i, w in input.waivers
	w.expires < input.evaluation.asOf
	finding := {
		"message": $"the waiver of {w.rule} at {_path_words(w.path)} expired on {w.expires}; the findings it covered count again",
		"path": ["waivers", i, "expires"],
		"because": [
			$"waiver {i} ({w.reason}, owner {w.owner}, approved by {w.approver}{_ticket_words(w.ticket)}) expires {w.expires}",
			$"judged as of {input.evaluation.asOf}",
		],
	}
}

# METADATA
# title: A waiver expires within 30 days
# description: >-
#   A waiver that expires within 30 days of the as-of date is reported as advice, so that
#   its owner fixes the finding or renews the waiver in time.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(2) (accountability)"
# custom:
#   id: WAIVER-EXPIRING
#   severity: advice
#   articles:
#     - GDPR Art. 5(2)
#   humanReview: Whether the finding will be fixed before the waiver expires.
#   remediation: Fix the finding before the expiry date, or renew the waiver with a reason.
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(2) (accountability)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     waivers:
#       - rule: ART30-ROPA
#         path: /controller/recordOfProcessing
#         reason: Register being rebuilt
#         owner: DPO office
#         approver: CRO
#         ticket: GRC-1
#         expires: 2026-11-20
#   example: |
#     waivers:
#       - rule: ART30-ROPA
#         path: /controller/recordOfProcessing
#         reason: Register being rebuilt
#         owner: DPO office
#         approver: CRO
#         ticket: GRC-1
#         expires: 2027-03-31   # more than 30 days ahead
expiring contains finding if {
	some i, w in input.waivers
	w.expires >= input.evaluation.asOf
	left := 0 - lib.days_since(w.expires)
	left <= 30
	finding := {
		"message": $"the waiver of {w.rule} at {_path_words(w.path)} expires on {w.expires}, in {left} days",
		"path": ["waivers", i, "expires"],
		"because": [
			$"waiver {i} ({w.reason}, owner {w.owner}) expires {w.expires}",
			$"judged as of {input.evaluation.asOf}",
		],
	}
}

_path_words("") := "every path"

_path_words(p) := p if p != ""

_ticket_words("") := ""

_ticket_words(t) := $", ticket {t}" if t != ""
