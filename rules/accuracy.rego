# METADATA
# title: Accuracy (GDPR Art. 5(1)(d))
# description: Rules on keeping the data decisions rest on correct.
package art22.rules.accuracy

import data.art22.lib

# METADATA
# title: Data obtained from others cannot be corrected
# description: >-
#   Decisions resting on data from doctors, hospitals, credit bureaus, registers or other
#   insurers can be wrong through no fault of the person. The person must be able to have
#   such data corrected (rights.rectification available, includesThirdPartyData), and
#   Recital 71 asks controllers to correct factors that lead to inaccuracies. A risk, not a
#   violation: the declaration may simply not say how rectification works.
# custom:
#   id: ART5-1D-NO-CORRECTION
#   severity: risk
#   articles:
#     - GDPR Art. 5(1)(d)
#     - GDPR Art. 16
#     - GDPR Recital 71
#   humanReview: Whether corrections reach the source and every decision already taken on the wrong data.
#   remediation: >-
#     Let people have their data corrected, including data obtained from others, and declare
#     it (rights.rectification.available and includesThirdPartyData).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(d), 16 and Recital 71
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     rights:
#       rectification:
#         available: true
#         includesThirdPartyData: true
no_correction contains finding if {
	third := sort({c.id |
		some c in input.dataCategories
		c.id in lib.used_categories
		some s in c.sources
		not s in lib.first_hand_sources
	})
	count(third) > 0
	some gap in gaps
	finding := {
		"message": sprintf("data obtained from others (%s) is used, but %s", [lib.quoted(third), gap]),
		"path": ["rights", "rectification"],
		"because": [
			sprintf("categories from sources other than the person: %s", [lib.quoted(third)]),
			sprintf("rights.rectification: available %v, includesThirdPartyData %v", [input.rights.rectification.available, input.rights.rectification.includesThirdPartyData]),
		],
	}
}

gaps := {"no way to have data corrected is declared" | not input.rights.rectification.available} | {"corrections do not extend to data obtained from others" |
	input.rights.rectification.available
	not input.rights.rectification.includesThirdPartyData
}
