# METADATA
# title: Personal data breaches (GDPR Art. 33, 34)
# description: Rules on the breach procedure, notifying the authority and the people affected.
package art22.rules.breaches

import data.art22.lib

# METADATA
# title: The breach procedure does not notify the authority within 72 hours or record every breach
# description: >-
#   A breach must be notified to the supervisory authority without undue delay and, where
#   feasible, within 72 hours of becoming aware of it, unless it is unlikely to result in a
#   risk (Art. 33(1)); every breach must be documented, notified or not (Art. 33(5)). The
#   rule requires a written procedure, a notification time of at most 72 hours and a record
#   of all breaches. The AEPD decision PS/00080/2022 concerning DKV, cited in the
#   requirements, could not be verified here and is not relied on.
# custom:
#   id: ART33-BREACH-PROCEDURE
#   severity: violation
#   articles:
#     - GDPR Art. 33(1)
#     - GDPR Art. 33(5)
#   humanReview: Whether the procedure works in practice (drills, who decides, the clock starts at awareness).
#   remediation: >-
#     Write a breach procedure that notifies the authority within 72 hours and records every
#     breach, and declare it (security.breachResponse).
#   sources:
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 33
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     - kind: guideline
#       title: EDPB, Guidelines 9/2022 on personal data breach notification under GDPR, version 2.0, adopted 28 March 2023
#   example: |
#     security:
#       breachResponse:
#         procedure: true
#         notifyAuthorityWithin: 72 hours
#         recordsAllBreaches: true
breach_procedure contains finding if {
	br := input.security.breachResponse
	some gap in procedure_gaps(br)
	finding := {
		"message": gap.message,
		"path": array.concat(["security", "breachResponse"], gap.path),
		"because": [gap.fact],
	}
}

procedure_gaps(br) := (({g |
	not br.procedure
	g := {"message": "there is no written personal-data breach procedure", "path": ["procedure"], "fact": "breachResponse.procedure is false"}
} | {g |
	not br.notifyAuthorityWithin.declared
	g := {"message": "the breach procedure sets no time for notifying the supervisory authority", "path": ["notifyAuthorityWithin"], "fact": "breachResponse.notifyAuthorityWithin is not declared"}
}) | {g |
	br.notifyAuthorityWithin.declared
	late(br.notifyAuthorityWithin)
	g := {"message": sprintf("the breach procedure notifies the supervisory authority within %s, later than 72 hours", [br.notifyAuthorityWithin.text]), "path": ["notifyAuthorityWithin"], "fact": sprintf("breachResponse.notifyAuthorityWithin is %s", [br.notifyAuthorityWithin.text])}
}) | {g |
	not br.recordsAllBreaches
	g := {"message": "not every breach is recorded", "path": ["recordsAllBreaches"], "fact": "breachResponse.recordsAllBreaches is false"}
}

late(d) if d.indefinite

late(d) if d.hours > 72

# METADATA
# title: People are not told of a high-risk breach, or processors do not report breaches promptly
# description: >-
#   When a breach is likely to result in a high risk to people, the controller must tell
#   them without undue delay (Art. 34(1)), which needs criteria that decide when the risk is
#   high and channels to reach them. A processor must notify the controller without undue
#   delay after becoming aware of a breach (Art. 33(2)); a processor's declared delay longer
#   than 72 hours leaves the controller unable to meet its own deadline. The CNIL called on
#   the complementary health insurers whose processors Viamedis and Almerys were breached in
#   2024 to inform every affected person individually and quickly.
# custom:
#   id: ART34-DATA-SUBJECTS
#   severity: violation
#   articles:
#     - GDPR Art. 34(1)
#     - GDPR Art. 33(2)
#   humanReview: Whether the criteria are right for the data held (health data and identifiers make most breaches high risk).
#   remediation: >-
#     Write the criteria for a high-risk breach and the channels to tell people
#     (breachResponse.dataSubjects), and require each processor to report breaches within a
#     few hours (notifiesBreachWithin).
#   sources:
#     - kind: report
#       title: Report on the CNIL's statement of February 2024 on the data breach at Viamedis and Almerys, third-party-payment processors of complementary health insurers (data of about 33 million insured persons)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 33(2) and 34
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   example: |
#     security:
#       breachResponse:
#         dataSubjects:
#           highRiskCriteria: [special-categories, national-id-numbers, identity-data, contact-data, financial-data]
#           channels: [email, post]
#     recipients:
#       - id: policy-admin
#         role: processor
#         notifiesBreachWithin: 24 hours
data_subjects contains finding if {
	ds := input.security.breachResponse.dataSubjects
	count(ds.highRiskCriteria) == 0
	finding := {
		"message": "the breach procedure has no criteria for when people must be told of a breach",
		"path": ["security", "breachResponse", "dataSubjects", "highRiskCriteria"],
		"because": ["breachResponse.dataSubjects.highRiskCriteria is empty"],
	}
}

data_subjects contains finding if {
	ds := input.security.breachResponse.dataSubjects
	count(ds.channels) == 0
	finding := {
		"message": "the breach procedure has no channel to tell people of a breach",
		"path": ["security", "breachResponse", "dataSubjects", "channels"],
		"because": ["breachResponse.dataSubjects.channels is empty"],
	}
}

data_subjects contains finding if {
	some i, r in input.recipients
	r.role == "processor"
	not prompt(r.notifiesBreachWithin)
	finding := {
		"message": sprintf("processor `%s` %s", [r.id, processor_words(r.notifiesBreachWithin)]),
		"path": ["recipients", i, "notifiesBreachWithin"],
		"because": [sprintf("recipient `%s` (%s) is a processor receiving %s", [r.id, r.name, lib.quoted(r.categories)]), sprintf("notifiesBreachWithin: %s", [within_words(r.notifiesBreachWithin)])],
	}
}

prompt(d) if {
	d.declared
	not late(d)
}

processor_words(d) := "is not required to report breaches to the controller within a set time" if not d.declared

processor_words(d) := sprintf("reports breaches to the controller only within %s, too late for the controller's 72 hours", [d.text]) if d.declared

within_words(d) := d.text if d.declared

within_words(d) := "not declared" if not d.declared
