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
#   2024020415, para 24).
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
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., decision of 23 September 2024 (necessity of each item assessed; minimisation found compliant)
#   example: |
#     purposes:
#       - id: underwriting
#         categories: [identity, smoking, build]   # every category collected is listed by a purpose
unused_data contains finding if {
	some i, c in input.dataCategories
	not c.id in lib.used_categories
	finding := {
		"message": sprintf("data category `%s` (%s) is collected but no purpose or decision uses it", [c.id, c.name]),
		"path": ["dataCategories", i],
		"because": [
			sprintf("no purpose lists `%s` in its categories and no decision in its inputs or factors", [c.id]),
			receivers_note(c.id),
		],
	}
}

receivers_note(id) := sprintf("it is only received or seen by %s", [lib.quoted(receivers)]) if {
	receivers := sort({r.id | some r in input.recipients; id in r.categories} | {r.id | some r in input.access.roles; id in r.categories})
	count(receivers) > 0
}

receivers_note(id) := "nothing else refers to it" if {
	count({r | some r in input.recipients; id in r.categories} | {r | some r in input.access.roles; id in r.categories}) == 0
}

# METADATA
# title: A data category's necessity is not stated
# description: >-
#   For every category used, the declaration should say why it is necessary for the
#   purposes that use it (necessity), with the evidence (an actuarial note, a statistical
#   study). Without it the controller cannot demonstrate minimisation (Art. 5(2)). TM had
#   assessed the necessity of each data item with statistical support, and Persónuvernd
#   found its minimisation compliant (case 2024020415, para 24). A risk, not a violation:
#   the data may well be necessary; the declaration does not show it.
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
#   example: |
#     dataCategories:
#       - id: smoking
#         necessity: Smokers' mortality is about twice non-smokers' at the same age (actuarial basis AB-2025, section 4).
no_necessity contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	trim_space(c.necessity) == ""
	finding := {
		"message": sprintf("data category `%s` is used but its necessity is not stated", [c.id]),
		"path": ["dataCategories", i, "necessity"],
		"because": [sprintf("`%s` (%s) is used by %s and its necessity is empty", [c.id, c.class, lib.quoted(users(c.id))])],
	}
}

users(id) := sort({p.id | some p in input.purposes; id in p.categories} | {d.id | some d in input.decisions; lib.uses(d, id)})
