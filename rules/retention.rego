# METADATA
# title: Storage limitation (GDPR Art. 5(1)(e))
# description: Rules on how long data is kept and whether it can be erased.
package art22.rules.retention

import data.art22.lib

underwriting_types := {"underwriting", "pricing"}

# METADATA
# title: A data category is kept without limit, or cannot be erased
# description: >-
#   Every category used must have a retention period that is not indefinite; categories
#   used to assess applications must also say how long data of applicants who were
#   declined or did not take cover is kept; and the systems must be able to erase it. The
#   Bulgarian data protection commission (decision PPN-01-622/2018 of 8 April 2019)
#   condemned a practice whose software could not delete patients' records, only mark them
#   inactive, so that data of a patient who had left in 2009 was still used ten years
#   later. Whether each period is right for its purpose is for a person to judge.
# custom:
#   id: ART5-1E-RETENTION
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(e)
#     - GDPR Art. 17(1)(a)
#   humanReview: Whether each retention period is no longer than the purpose needs (limitation periods, regulatory duties).
#   remediation: >-
#     Give every category a retention period (retention.period), a period for declined
#     applicants (retention.declinedApplicants) where applications are assessed, and make the
#     systems able to erase data (retention.deletion: automatic or manual).
#   sources:
#     - kind: decision
#       title: Commission for Personal Data Protection (Bulgaria), decision PPN-01-622/2018 of 8 April 2019 (patient database moved with a practice; records of inactive patients could not be deleted)
#   example: |
#     dataCategories:
#       - id: smoking
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           deletion: automatic
retention contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	all := sort_by_message(gaps(c))
	count(all) > 0
	finding := {
		"message": sprintf("data category `%s` %s", [c.id, concat("; it ", [g.message | some g in all])]),
		"path": array.concat(["dataCategories", i, "retention"], gap_path(all)),
		"because": array.concat([sprintf("`%s` (%s) is used by %s", [c.id, c.class, lib.quoted(users(c.id))])], [g.fact | some g in all]),
	}
}

sort_by_message(gs) := [g | some m in sort({x.message | some x in gs}); some g in gs; g.message == m]

# One gap: point at its field; several: at the retention block.
gap_path(all) := all[0].path if count(all) == 1

gap_path(all) := [] if count(all) > 1

gaps(c) := (((({g |
	not c.retention.period.declared
	g := {"message": "has no retention period", "path": ["period"], "fact": "retention.period is not declared"}
} | {g |
	c.retention.period.indefinite
	g := {"message": "is kept indefinitely", "path": ["period"], "fact": "retention.period is indefinite"}
}) | {g |
	c.retention.afterRelationshipEnds.indefinite
	g := {"message": "is kept indefinitely after the relationship ends", "path": ["afterRelationshipEnds"], "fact": "retention.afterRelationshipEnds is indefinite"}
}) | {g |
	assessed(c.id)
	not c.retention.declinedApplicants.declared
	g := {"message": "is used to assess applications but has no retention period for declined applicants", "path": ["declinedApplicants"], "fact": "retention.declinedApplicants is not declared"}
}) | {g |
	c.retention.declinedApplicants.indefinite
	g := {"message": "is kept indefinitely for declined applicants", "path": ["declinedApplicants"], "fact": "retention.declinedApplicants is indefinite"}
}) | {g |
	c.retention.deletion == "not-possible"
	g := {"message": "cannot be erased by the systems that hold it", "path": ["deletion"], "fact": "retention.deletion is not-possible"}
}

assessed(id) if {
	some p in input.purposes
	p.type in underwriting_types
	id in p.categories
}

users(id) := sort({p.id | some p in input.purposes; id in p.categories} | {d.id | some d in input.decisions; lib.uses(d, id)})
