# METADATA
# title: Accuracy (GDPR Art. 5(1)(d))
# description: Rules on keeping the data decisions rest on correct.
package art22.rules.accuracy

import data.art22.lib

# METADATA
# title: Data obtained from others cannot be corrected
# description: >-
#   Decisions resting on data from doctors, hospitals, credit bureaus, registers or other
#   insurers, or on a score a third party establishes, can be wrong through no fault of the
#   person. The person must be able to have such data corrected (rights.rectification
#   available, includesThirdPartyData), and Recital 71 asks controllers to correct factors
#   that lead to inaccuracies. Which data comes from others is read from its sources, and a
#   credit score counts as established by others whatever source it is declared with
#   (lib.external_score). A risk, not a violation: the declaration may simply not say how
#   rectification works.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(d), 16 and Recital 71"
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
#   counterexample: |
#     rights:
#       rectification: {available: false}
#   example: |
#     rights:
#       rectification:
#         available: true
#         includesThirdPartyData: true
no_correction contains finding if {
	count(_from_others) > 0
	some gap in _rectification_gaps
	r := input.rights.rectification
	finding := {
		"message": $"data obtained from others ({lib.quoted(_from_others)}) is used, but {gap}",
		"path": ["rights", "rectification"],
		"because": [
			$"categories from sources other than the person: {concat(", ", [_origin_words(id) | some id in _from_others])}",
			$"rights.rectification: available {r.available}, includesThirdPartyData {r.includesThirdPartyData}",
		],
	}
}

# The categories used that come from others, sorted.
_from_others := sort({c.id |
	some c in input.dataCategories
	c.id in lib.used_categories
	_from_another(c)
})

_from_another(c) if {
	some s in c.sources
	not s in lib.first_hand_sources
}

_from_another(c) if lib.external_score(c)

_origin_words(id) := $"`{id}` ({concat(", ", lib.category(id).sources)})" if not _score_only(lib.category(id))

_origin_words(id) := $"`{id}` (a credit score, established by others though declared from {concat(", ", lib.category(id).sources)})" if _score_only(lib.category(id))

# A score declared as if the person gave it or it were derived from their own data.
_score_only(c) if {
	lib.external_score(c)
	every s in c.sources {
		s in lib.first_hand_sources
	}
}

# Art. 16: data can be corrected ...
_rectification_gaps := _rectification_gaps_clauses

_rectification_gaps_clauses contains "no way to have data corrected is declared" if {
	not input.rights.rectification.available
}

# ... and Art. 5(1)(d): so can data obtained from others.
_rectification_gaps_clauses contains "corrections do not extend to data obtained from others" if {
	input.rights.rectification.available
	not input.rights.rectification.includesThirdPartyData
}
