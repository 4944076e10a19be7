# METADATA
# title: Records of processing activities (GDPR Art. 30)
# description: Rules on the record of processing.
package art22.rules.records

# METADATA
# title: No record of processing activities is kept
# description: >-
#   A controller must keep a record of its processing activities (Art. 30(1)); the
#   exemption for organisations under 250 employees does not apply to processing of special
#   categories or that is not occasional (Art. 30(5)), which underwriting always is. The
#   rule fires when no record is declared kept, and when a record is said to be kept but
#   the declaration does not say where, so that it cannot be produced on request (Art.
#   30(4)). A risk: the record may exist without the declaration saying so. TM's record of
#   processing for its sales process is cited in Persónuvernd's decision (case 2024020415,
#   decision of 23 September 2024, para 6).
# related_resources:
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 6 (the record of processing of the sales process)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 30"
# custom:
#   id: ART30-ROPA
#   severity: risk
#   articles:
#     - GDPR Art. 30(1)
#     - GDPR Art. 30(4)
#   humanReview: Whether the record is complete and current for this processing, and can be made available to the authority on request.
#   remediation: Keep a record of processing activities covering this processing, and declare it with where it is kept (controller.recordOfProcessing.maintained, reference).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 6 (the record of processing of the sales process)
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     controller:
#       recordOfProcessing: {maintained: false}
#   example: |
#     controller:
#       recordOfProcessing:
#         maintained: true
#         reference: ROPA register, entry UW-01 (automated underwriting)
#         lastReviewed: 2026-03-02
ropa contains finding if {
	some gap in _ropa_gaps
	finding := {
		"message": gap.message,
		"path": ["controller", "recordOfProcessing"],
		"because": [gap.fact],
	}
}

# Art. 30(1): a record is kept ...
_ropa_gaps := _ropa_gaps_clauses

_ropa_gaps_clauses contains {
	"message": "no record of processing activities is kept",
	"fact": "controller.recordOfProcessing.maintained is false",
} if {
	not input.controller.recordOfProcessing.maintained
}

# ... and Art. 30(4): it can be produced.
_ropa_gaps_clauses contains {
	"message": "a record of processing activities is said to be kept, but not where",
	"fact": "controller.recordOfProcessing.maintained is true and its reference is empty",
} if {
	input.controller.recordOfProcessing.maintained
	trim_space(input.controller.recordOfProcessing.reference) == ""
}
