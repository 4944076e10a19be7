# METADATA
# title: Personal data breaches (GDPR Art. 33, 34)
# description: >-
#   Rules on the breach procedure, notifying the authority and the people affected. A
#   procedure is judged by what it takes in and when it tells people, not by its existing
#   on paper.
package art22.rules.breaches

import data.art22.lib

# METADATA
# title: The breach procedure does not notify the authority within 72 hours, record every breach or take in misdirected correspondence
# description: >-
#   A breach must be notified to the supervisory authority without undue delay and, where
#   feasible, within 72 hours of becoming aware of it, unless it is unlikely to result in a
#   risk (Art. 33(1)); every breach must be documented, notified or not (Art. 33(5)). The
#   rule requires a written procedure, a notification time of at most 72 hours and a record
#   of all breaches. A procedure on paper is not enough if the commonest breach never
#   reaches it: correspondence that reached the wrong person is a breach of
#   confidentiality (Art. 4(12)), so a report of it must enter the procedure
#   (security.correspondence.misdirectionIsBreach), whatever data it carried. The AEPD
#   fined DKV Seguros (procedure PS/00080/2022, resolution published 13 July 2022; Art.
#   5(1)(f), 32 and 33) after a woman's repeated reports that she was receiving other
#   people's medical-test authorisations were redirected within the company rather than
#   handled as a breach; the facts are taken from the gdprhub summary, the resolution
#   itself was not read. The Polish UODO fined Link4 PLN 103,752 (reported 23 November
#   2023; the decision's reference was not verified) for not notifying a claim-settlement
#   e-mail sent to the wrong recipient, which it had assessed as low risk and only entered
#   in its internal register. This rule reports that defect once; ART32-MISDIRECTED, which
#   checks how special-category correspondence is sent, names it.
# related_resources:
#   - ref: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_PS/00080/2022
#     description: "AEPD (Spain), procedure PS/00080/2022, DKV Seguros y Reaseguros, S.A.E., resolution published 13 July 2022 (reports of misdirected medical-test authorisations redirected, not handled as a breach; Art. 5(1)(f), 32 and 33; as summarised by gdprhub)"
#   - ref: https://uodo.gov.pl/en/553/1581
#     description: "UODO (Poland), administrative fine of PLN 103,752 on Link4 Towarzystwo Ubezpieczeń S.A., reported 23 November 2023 (misdirected claim e-mail assessed as low risk, recorded internally, not notified; Art. 33(1); reference not verified)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 4(12) and 33"
# custom:
#   id: ART33-BREACH-PROCEDURE
#   severity: violation
#   articles:
#     - GDPR Art. 33(1)
#     - GDPR Art. 33(5)
#   humanReview: >-
#     Whether the procedure works in practice (drills, who decides, the clock starts at
#     awareness), and whether reports from outside (a recipient, a customer, customer
#     service) reach it and are assessed for notification rather than closed as low risk.
#   remediation: >-
#     Write a breach procedure that notifies the authority within 72 hours, records every
#     breach and takes in every report of correspondence that reached the wrong person, and
#     declare it (security.breachResponse, security.correspondence.misdirectionIsBreach).
#   sources:
#     - kind: decision
#       title: AEPD (Spain), procedure PS/00080/2022, DKV Seguros y Reaseguros, S.A.E., resolution published 13 July 2022 (reports of misdirected medical-test authorisations redirected, not handled as a breach; Art. 5(1)(f), 32 and 33; as summarised by gdprhub)
#       url: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_PS/00080/2022
#     - kind: decision
#       title: UODO (Poland), administrative fine of PLN 103,752 on Link4 Towarzystwo Ubezpieczeń S.A., reported 23 November 2023 (misdirected claim e-mail assessed as low risk, recorded internally, not notified; Art. 33(1); reference not verified)
#       url: https://uodo.gov.pl/en/553/1581
#     - kind: guideline
#       title: EDPB, Guidelines 9/2022 on personal data breach notification under GDPR, version 2.0, adopted 28 March 2023
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 4(12) and 33
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     security:
#       breachResponse: {notifyAuthorityWithin: 5 days}
#   example: |
#     security:
#       breachResponse:
#         procedure: true
#         notifyAuthorityWithin: 72 hours
#         recordsAllBreaches: true
breach_procedure contains finding if {
	some gap in _procedure_gaps
	finding := {
		"message": gap.message,
		"path": gap.path,
		"because": gap.because,
	}
}

# Art. 33: there is a procedure ...
_procedure_gaps := _procedure_gaps_clauses

_procedure_gaps_clauses contains {
	"message": "there is no written personal-data breach procedure",
	"path": ["security", "breachResponse", "procedure"],
	"because": ["security.breachResponse.procedure is false"],
} if {
	not input.security.breachResponse.procedure
}

# ... Art. 33(1): it notifies the authority within 72 hours ...
_procedure_gaps_clauses contains {
	"message": "the breach procedure sets no time for notifying the supervisory authority",
	"path": ["security", "breachResponse", "notifyAuthorityWithin"],
	"because": ["security.breachResponse.notifyAuthorityWithin is not declared"],
} if {
	not input.security.breachResponse.notifyAuthorityWithin.declared
}

_procedure_gaps_clauses contains {
	"message": $"the breach procedure notifies the supervisory authority within {d.text}, later than 72 hours",
	"path": ["security", "breachResponse", "notifyAuthorityWithin"],
	"because": [$"security.breachResponse.notifyAuthorityWithin is {d.text}"],
} if {
	d := input.security.breachResponse.notifyAuthorityWithin
	d.declared
	_late(d)
}

# ... Art. 33(5): it records every breach ...
_procedure_gaps_clauses contains {
	"message": "not every breach is recorded",
	"path": ["security", "breachResponse", "recordsAllBreaches"],
	"because": ["security.breachResponse.recordsAllBreaches is false"],
} if {
	not input.security.breachResponse.recordsAllBreaches
}

# ... and Art. 33(1), (5) with 4(12): it takes in correspondence that reached the wrong person.
_procedure_gaps_clauses contains {
	"message": "a report that correspondence reached the wrong person does not enter the breach procedure",
	"path": ["security", "correspondence", "misdirectionIsBreach"],
	"because": [
		"security.correspondence.misdirectionIsBreach is false: such a report is not assessed, recorded or notified as a breach",
		_misdirection_stakes,
	],
} if {
	not input.security.correspondence.misdirectionIsBreach
}

_misdirection_stakes := $"special categories in use: {lib.specials_words(lib.special_used)}; a misdirected send may disclose them (ART32-MISDIRECTED checks how they are sent)" if {
	count(lib.special_used) > 0
}

_misdirection_stakes := "a misdirected letter or e-mail discloses personal data to someone not entitled to it (Art. 4(12))" if {
	count(lib.special_used) == 0
}

_late(d) if d.indefinite

_late(d) if d.hours > 72

# METADATA
# title: People are not told of a high-risk breach, or processors do not report breaches promptly
# description: >-
#   When a breach is likely to result in a high risk to people, the controller must tell
#   them without undue delay (Art. 34(1)), which needs criteria that decide when the risk is
#   high (security.breachResponse.dataSubjects.highRiskCriteria, a list of the kinds of data
#   or consequences that make it so) and channels to reach them. A processor must notify
#   the controller without undue delay after becoming aware of a breach (Art. 33(2)); a
#   processor's declared delay longer than 72 hours leaves the controller unable to meet
#   its own deadline. The CNIL, in its statement of 7 February 2024 on the breach at
#   Viamedis and Almerys, third-party-payment processors of complementary health insurers
#   (civil status, date of birth and social security numbers of more than 33 million
#   people), said it was for each insurer to inform every person concerned individually and
#   directly. Criteria that leave out kinds of data held are ART34-HIGH-RISK-CRITERIA.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 33(2) and 34"
# custom:
#   id: ART34-DATA-SUBJECTS
#   severity: violation
#   articles:
#     - GDPR Art. 34(1)
#     - GDPR Art. 33(2)
#   humanReview: Whether the criteria are right for the data held, and whether people can in fact be reached individually through the channels declared.
#   remediation: >-
#     Write the criteria for a high-risk breach and the channels to tell people
#     (breachResponse.dataSubjects), and require each processor to report breaches within a
#     few hours (notifiesBreachWithin).
#   sources:
#     - kind: report
#       title: CNIL (France), statement of 7 February 2024 on the breach at Viamedis and Almerys, third-party-payment operators of complementary health insurers ("Violation de données de deux opérateurs de tiers payant"; more than 33 million people; each insurer to inform every person concerned individually and directly; text as reproduced, the cnil.fr page itself not read)
#     - kind: guideline
#       title: EDPB, Guidelines 9/2022 on personal data breach notification under GDPR, version 2.0, adopted 28 March 2023
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 33(2) and 34
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     security:
#       breachResponse:
#         dataSubjects: {highRiskCriteria: []}
#   example: |
#     security:
#       breachResponse:
#         dataSubjects:
#           highRiskCriteria: [special-categories, national-id-numbers, identity-data, contact-data, financial-data, large-scale]
#           channels: [email, post]
data_subjects contains finding if {
	some gap in _telling_gaps
	finding := {
		"message": gap.message,
		"path": array.concat(["security", "breachResponse", "dataSubjects"], gap.path),
		"because": [gap.fact],
	}
}

data_subjects contains finding if {
	some i, r in input.recipients
	some gap in _processor_gaps[r.id]
	finding := {
		"message": $"processor `{r.id}` {gap.message}",
		"path": ["recipients", i, "notifiesBreachWithin"],
		"because": [
			$"recipient `{r.id}` ({r.name}) is a processor receiving {lib.quoted(r.categories)}",
			gap.fact,
		],
	}
}

# Art. 34(1): the procedure says when the risk is high ...
_telling_gaps := _telling_gaps_clauses

_telling_gaps_clauses contains {
	"message": "the breach procedure has no criteria for when people must be told of a breach",
	"path": ["highRiskCriteria"],
	"fact": "security.breachResponse.dataSubjects.highRiskCriteria is empty",
} if {
	count(input.security.breachResponse.dataSubjects.highRiskCriteria) == 0
}

# ... and how people are told.
_telling_gaps_clauses contains {
	"message": "the breach procedure has no channel to tell people of a breach",
	"path": ["channels"],
	"fact": "security.breachResponse.dataSubjects.channels is empty",
} if {
	count(input.security.breachResponse.dataSubjects.channels) == 0
}

# Art. 33(2): each processor tells the controller within a set time ...
_processor_gaps := _processor_gaps_clauses

_processor_gaps_clauses[r.id] contains {
	"message": "is not required to report breaches to the controller within a set time",
	"fact": "notifiesBreachWithin is not declared",
} if {
	some r in input.recipients
	r.role == "processor"
	not r.notifiesBreachWithin.declared
}

# ... early enough for the controller's 72 hours.
_processor_gaps_clauses[r.id] contains {
	"message": $"reports breaches to the controller only within {r.notifiesBreachWithin.text}, too late for the controller's 72 hours",
	"fact": $"notifiesBreachWithin is {r.notifiesBreachWithin.text}",
} if {
	some r in input.recipients
	r.role == "processor"
	r.notifiesBreachWithin.declared
	_late(r.notifiesBreachWithin)
}

# METADATA
# title: The criteria for telling people of a breach leave out data the declaration holds
# description: >-
#   Criteria for a high-risk breach that name some kinds of data but not others held
#   exclude in advance a breach of the others from being communicated to people (Art.
#   34(1)). The rule derives what the data held exposes from what each category is about
#   (lib.breach_exposure): identity, contact and national identification numbers expose
#   people to phishing and identity fraud, financial data to fraud, location to tracking,
#   and special categories (by class or by what they reveal) to discrimination and
#   distress; and it reports the criteria that are missing. The CNIL, in its statement of 7
#   February 2024 on the breach at Viamedis and Almerys, third-party-payment processors of
#   complementary health insurers, said it was for each insurer to inform every person
#   concerned individually and directly, though the data stolen was, as reported, civil
#   status, date of birth, social security number and the insurer and cover, not medical
#   or bank data; it warned of phishing. A procedure that tells people only of a breach of
#   health data would not have told them. The EDPB's Guidelines 9/2022 say how to assess
#   the risk of a breach; the passage on identity data was not verified and no paragraph is
#   cited. Whether a given breach is high risk still depends on its circumstances; what the
#   rule requires is that no kind of data held is left out of the assessment. Empty
#   criteria are ART34-DATA-SUBJECTS.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 34(1)"
# custom:
#   id: ART34-HIGH-RISK-CRITERIA
#   severity: violation
#   articles:
#     - GDPR Art. 34(1)
#   humanReview: >-
#     Whether the procedure, applied to each kind of data held, would tell people of a
#     breach likely to harm them (vulnerable people such as children, large numbers, data
#     that can be combined with earlier leaks), and whether it can reach each person
#     individually.
#   remediation: >-
#     List in the criteria every kind of data the declaration holds whose breach can harm
#     people (security.breachResponse.dataSubjects.highRiskCriteria: identity-data,
#     contact-data, national-id-numbers, financial-data, special-categories, location...).
#   sources:
#     - kind: report
#       title: CNIL (France), statement of 7 February 2024 on the breach at Viamedis and Almerys, third-party-payment operators of complementary health insurers ("Violation de données de deux opérateurs de tiers payant"; civil status, date of birth, social security number, insurer and cover of more than 33 million people; each insurer to inform every person concerned individually and directly; text as reproduced, the cnil.fr page itself not read)
#     - kind: guideline
#       title: EDPB, Guidelines 9/2022 on personal data breach notification under GDPR, version 2.0, adopted 28 March 2023 (assessing the risk to individuals; no paragraph cited)
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 34(1)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     security:
#       breachResponse:
#         dataSubjects: {highRiskCriteria: [special-categories]}
#   example: |
#     security:
#       breachResponse:
#         dataSubjects:
#           highRiskCriteria: [special-categories, national-id-numbers, identity-data, contact-data, financial-data, large-scale]
high_risk_criteria contains finding if {
	criteria := input.security.breachResponse.dataSubjects.highRiskCriteria
	count(criteria) > 0
	missing := sort({x | some x, _ in lib.breach_exposure; not x in criteria})
	count(missing) > 0
	finding := {
		"message": $"the breach procedure tells people of a breach only for {lib.listed(criteria)}, not of a breach of {lib.listed(missing)}, which the data held exposes",
		"path": ["security", "breachResponse", "dataSubjects", "highRiskCriteria"],
		"because": array.concat(
			[$"security.breachResponse.dataSubjects.highRiskCriteria is {lib.listed(criteria)}"],
			[_exposure_words(x) | some x in missing],
		),
	}
}

_exposure_words("special-categories") := $"special-categories: {lib.specials_words(lib.breach_exposure["special-categories"])}, whose leak exposes people to discrimination and distress"

_exposure_words(x) := $"{x}: {lib.quoted(lib.breach_exposure[x])}, whose leak {object.get(_harm, x, "can harm people")}" if x != "special-categories"

_harm := {
	"identity-data": "exposes people to phishing and identity fraud",
	"national-id-numbers": "exposes people to identity fraud",
	"contact-data": "exposes people to phishing",
	"financial-data": "exposes people to fraud",
	"location": "shows where people live or go",
}
