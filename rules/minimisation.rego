# METADATA
# title: Data minimisation (GDPR Art. 5(1)(c))
# description: Rules on collecting only what the declared purposes and decisions need.
package art22.rules.minimisation

import data.art22.lib

# METADATA
# title: A data category is collected but no purpose or decision uses it
# description: >-
#   Every category declared must be used by at least one purpose (its categories) or one
#   decision (its inputs or factors). Data collected for nothing is not adequate, relevant
#   and limited to what is necessary. Access roles and recipients do not count as uses:
#   they receive data, they do not justify collecting it. Persónuvernd found TM's
#   minimisation compliant because TM had assessed the necessity of each item (case
#   2024020415, decision of 23 September 2024, para 24).
# related_resources:
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 24 (necessity of each item assessed; minimisation found compliant)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(c)"
# custom:
#   id: ART5-1C-UNUSED-DATA
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(c)
#   humanReview: Whether each category used is in fact needed for the purposes that use it, beyond being declared.
#   remediation: >-
#     Stop collecting the category, or declare the purpose or decision that needs it (in the
#     purpose's categories or the decision's inputs).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 24 (necessity of each item assessed; minimisation found compliant)
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(c)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     dataCategories:
#       - id: hobbies
#         name: Dangerous hobbies
#         about: hobbies
#         class: ordinary
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Some hobbies raise mortality.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#   example: |
#     dataCategories:
#       - id: hobbies
#         name: Dangerous hobbies
#         about: hobbies
#         class: ordinary
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Some hobbies raise mortality.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     purposes:
#       - id: underwriting   # the purpose that uses it
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports, hobbies]
unused_data contains finding if {
	some i, c in input.dataCategories
	not c.id in lib.used_categories
	finding := {
		"message": $"data category `{c.id}` ({c.name}) is collected but no purpose or decision uses it",
		"path": ["dataCategories", i],
		"because": [
			$"no purpose lists `{c.id}` in its categories and no decision in its inputs or factors",
			_receivers_note(c.id),
		],
	}
}

_receivers_note(id) := $"it is only received or seen by {lib.quoted(sort(lib.receivers_of[id]))}" if lib.receivers_of[id]

_receivers_note(id) := "nothing else refers to it" if not lib.receivers_of[id]

# METADATA
# title: A data category's necessity is not stated
# description: >-
#   For every category used, the declaration should say why it is necessary for the
#   purposes that use it (necessity), with the evidence (an actuarial note, a statistical
#   study). Without it the controller cannot demonstrate minimisation (Art. 5(2)). TM had
#   assessed the necessity of each data item with statistical support, and Persónuvernd
#   found its minimisation compliant (case 2024020415, decision of 23 September 2024, para
#   24). A risk,
#   not a violation: the data may well be necessary; the declaration does not show it.
#   Whether what is stated is true the rule cannot see.
# related_resources:
#   - ref: https://personuvernd.is/urlausnir/akvordun-tm
#     description: "Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 24"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(c) and 5(2)"
# custom:
#   id: ART5-1C-NO-NECESSITY
#   severity: risk
#   articles:
#     - GDPR Art. 5(1)(c)
#     - GDPR Art. 5(2)
#   humanReview: Whether the necessity stated is true and backed by evidence.
#   remediation: >-
#     State in the category's necessity why the purposes need it and where the evidence is
#     (e.g. "Smokers' mortality is twice non-smokers' at the same age (actuarial basis AB-2025, s. 4)").
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024, para 24
#       url: https://personuvernd.is/urlausnir/akvordun-tm
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(c) and 5(2)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     dataCategories:
#       - id: smoking
#         necessity: null
#   example: |
#     dataCategories:
#       - id: smoking
#         necessity: >-
#           Smokers' mortality is about twice non-smokers' at the same age (actuarial basis
#           AB-2025, section 4); used only for the smoker loading.
no_necessity contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	trim_space(c.necessity) == ""
	finding := {
		"message": $"data category `{c.id}` is used but its necessity is not stated",
		"path": ["dataCategories", i, "necessity"],
		"because": [$"`{c.id}` ({c.class}) is used by {lib.users_words(c.id)} and its necessity is empty"],
	}
}
