# METADATA
# title: Records of processing activities (GDPR Art. 30)
# description: Rules on the record of processing.
package art22.rules.records

# METADATA
# title: No record of processing activities is kept
# description: >-
#   A controller must keep a record of its processing activities (Art. 30(1)); the
#   exemption for organisations under 250 employees does not apply to processing of special
#   categories or that is not occasional. A risk: the record may exist without the
#   declaration saying so. TM's record of processing for its sales process is cited in
#   Persónuvernd's decision (case 2024020415, para 6).
# custom:
#   id: ART30-ROPA
#   severity: risk
#   articles:
#     - GDPR Art. 30(1)
#   humanReview: Whether the record is complete and current for this processing.
#   remediation: Keep a record of processing activities covering this processing, and declare it (controller.recordOfProcessing).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 30
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     controller:
#       recordOfProcessing:
#         maintained: true
#         reference: ROPA register, entry UW-01
ropa contains finding if {
	not input.controller.recordOfProcessing.maintained
	finding := {
		"message": "no record of processing activities is kept",
		"path": ["controller", "recordOfProcessing"],
		"because": ["controller.recordOfProcessing.maintained is false"],
	}
}
