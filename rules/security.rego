# METADATA
# title: Security of processing and data protection by default (GDPR Art. 25, 32)
# description: >-
#   Rules on who can see special-category data, logging, continuity, the security policy,
#   correspondence and defaults. A category is special when its class says so or when what
#   it is about reveals health, a genetic trait or another Art. 9(1) category, whatever
#   class it is given (lib.special_in_fact).
package art22.rules.security

import data.art22.lib

# Functions that never need special-category data.
_no_special_functions := {"marketing", "sales", "general-staff"}

# METADATA
# title: A role that does not need special-category data can access it
# description: >-
#   Staff must not be able to access more data than they need (Art. 32 with 5(1)(f) and
#   25(2)). Marketing, sales and general staff do not need health or other special-category
#   data; any other role that can access it must say why. The Dutch DPA imposed orders
#   subject to penalty on VGZ and Menzis (2018) after finding that marketing employees and
#   others could access medical data they did not need.
# custom:
#   id: ART32-ROLE-ACCESS
#   severity: violation
#   articles:
#     - GDPR Art. 32(1)
#     - GDPR Art. 5(1)(f)
#     - GDPR Art. 25(2)
#   humanReview: Whether access rights in the systems match the roles declared, and whether the justification given is true.
#   remediation: >-
#     Remove special-category data from roles that do not need it, and state why each role
#     that keeps it needs it (access.roles[].justification).
#   sources:
#     - kind: report
#       title: Report on the Dutch DPA (Autoriteit Persoonsgegevens) orders subject to penalty against VGZ and Menzis on access to medical data (2018-2019)
#   counterexample: |
#     access:
#       roles:
#         - id: marketing
#           name: Marketing
#           function: marketing
#           categories: [contact, medical-history]
#           justification: Campaigns
#   example: |
#     access:
#       roles:
#         - id: marketing
#           name: Marketing
#           function: marketing
#           categories: [contact]   # no special-category data: marketing never needs it
#           justification: Campaigns to existing customers
role_access contains finding if {
	some i, r in input.access.roles
	special := [c | some c in r.categories; lib.special_in_fact[c]]
	count(special) > 0
	some gap in _role_gaps[r.id]
	finding := {
		"message": $"role `{r.id}` ({r.function}) can access special-category data ({lib.quoted(special)}) {gap.message}",
		"path": ["access", "roles", i, gap.field],
		"because": [
			$"role `{r.id}` ({r.name}) can access {lib.quoted(r.categories)}",
			$"special categories among them: {lib.specials_words(special)}",
			gap.fact,
		],
	}
}

# Art. 32(1), 25(2): only roles whose function needs special-category data see it ...
_role_gaps := _role_gaps_clauses

_role_gaps_clauses[r.id] contains {
	"message": $"although {r.function} does not need it",
	"field": "categories",
	"fact": $"function {r.function} never needs special-category data",
} if {
	some r in input.access.roles
	r.function in _no_special_functions
}

# ... and each of them says why.
_role_gaps_clauses[r.id] contains {
	"message": "without saying why",
	"field": "justification",
	"fact": "its justification is empty",
} if {
	some r in input.access.roles
	not r.function in _no_special_functions
	trim_space(r.justification) == ""
}

# METADATA
# title: Access to special-category data is not logged and reviewed
# description: >-
#   Where special-category data is processed, every access to it should be logged and the
#   logs reviewed, so that misuse is detected (Art. 32(1)(b), (d)). The Dutch DPA found in
#   2018 that VGZ and Menzis did not properly log access to medical data.
# custom:
#   id: ART32-ACCESS-LOGGING
#   severity: violation
#   articles:
#     - GDPR Art. 32(1)(b)
#     - GDPR Art. 32(1)(d)
#     - GDPR Art. 5(1)(f)
#   humanReview: Whether the logs are complete, kept long enough, and reviews lead to action.
#   remediation: >-
#     Log every access to special-category data and review the logs regularly
#     (access.logging.specialCategories, reviewed, reviewInterval).
#   sources:
#     - kind: report
#       title: Report on the Dutch DPA (Autoriteit Persoonsgegevens) orders subject to penalty against VGZ and Menzis on access to medical data (2018-2019)
#   counterexample: |
#     access:
#       logging: {specialCategories: false}
#   example: |
#     access:
#       logging:
#         specialCategories: true
#         reviewed: true
#         reviewInterval: 1 month
access_logging contains finding if {
	count(lib.special_used) > 0
	some gap in _logging_gaps
	finding := {
		"message": $"special-category data is processed, but {gap.message}",
		"path": ["access", "logging"],
		"because": [$"special categories in use: {lib.specials_words(lib.special_used)}", gap.fact],
	}
}

# Art. 32(1)(b): access is logged ...
_logging_gaps := _logging_gaps_clauses

_logging_gaps_clauses contains {
	"message": "access to it is not logged",
	"fact": "access.logging.specialCategories is false",
} if {
	not input.access.logging.specialCategories
}

# ... and Art. 32(1)(d): the logs are reviewed.
_logging_gaps_clauses contains {
	"message": "the access logs are not reviewed",
	"fact": "access.logging.specialCategories is true and access.logging.reviewed is false",
} if {
	input.access.logging.specialCategories
	not input.access.logging.reviewed
}

# METADATA
# title: There is no business continuity and restore plan
# description: >-
#   Security includes the ability to ensure the ongoing availability and resilience of
#   systems and to restore access to data in a timely manner after an incident (Art.
#   32(1)(b)-(c)). Persónuvernd's audit of insurer [B] (2005) ordered it to make a plan for
#   responding to major failures and disasters. Tested backups alone are not a plan.
# custom:
#   id: ART32-CONTINUITY
#   severity: violation
#   articles:
#     - GDPR Art. 32(1)(b)
#     - GDPR Art. 32(1)(c)
#   humanReview: Whether the plan is tested and the restore times meet the business's needs.
#   remediation: Make, test and keep current a continuity and restore plan, and declare it (security.continuityPlan).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (a plan for major failures and disasters required)
#   counterexample: |
#     security:
#       continuityPlan: {exists: false, date: null}
#   example: |
#     security:
#       continuityPlan:
#         exists: true
#         date: 2025-11-05
continuity contains finding if {
	not input.security.continuityPlan.exists
	b := input.security.backups
	finding := {
		"message": "there is no business continuity and restore plan",
		"path": ["security", "continuityPlan"],
		"because": [
			"security.continuityPlan.exists is false",
			$"backups: taken {b.taken}, restore tested {b.restoreTested}; backups alone are not a plan",
		],
	}
}

# METADATA
# title: The security policy is missing or its scope is undefined
# description: >-
#   Appropriate organisational measures include a written security policy whose scope says
#   which systems, data and people it covers (Art. 32(1), 24(2)). Persónuvernd's audit of
#   insurer [B] (2005) found its security policy and risk assessment adequate but required
#   its procedures document, whose scope was given as "All", to be defined properly. A
#   risk: the measures may exist without the paper.
# custom:
#   id: ART32-SECURITY-POLICY
#   severity: risk
#   articles:
#     - GDPR Art. 32(1)
#     - GDPR Art. 24(2)
#   humanReview: Whether the policy is applied and kept current.
#   remediation: Write down the security policy and procedures with their scope, and declare it (security.policy.documented, scopeDefined).
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (procedures document to be improved)
#   counterexample: |
#     security:
#       policy: {scopeDefined: false}
#   example: |
#     security:
#       policy:
#         documented: true
#         scopeDefined: true
security_policy contains finding if {
	some gap in _policy_gaps
	finding := {
		"message": gap.message,
		"path": ["security", "policy"],
		"because": [gap.fact],
	}
}

# Art. 24(2), 32(1): the policy is written ...
_policy_gaps := _policy_gaps_clauses

_policy_gaps_clauses contains {
	"message": "there is no written security policy",
	"fact": "security.policy.documented is false",
} if {
	not input.security.policy.documented
}

# ... and says what it covers.
_policy_gaps_clauses contains {
	"message": "the security policy does not define its scope",
	"fact": "security.policy.documented is true and security.policy.scopeDefined is false",
} if {
	input.security.policy.documented
	not input.security.policy.scopeDefined
}

# METADATA
# title: Correspondence with special-category data can reach the wrong person
# description: >-
#   Letters, e-mails and authorisations that carry health or other special-category data
#   must reach the person they are meant for (Art. 5(1)(f), 32(1)(b)): the address is
#   checked against the person's record, and a send with such data is checked before it
#   goes (the recipient and the attachments, by a second person or a system). The rule
#   fires, where any special category is used, for each of these controls the declaration
#   does not have (security.correspondence). The AEPD fined DKV Seguros EUR 132,000 after
#   reductions (procedure PS/00080/2022, resolution published 13 July 2022), under Art.
#   5(1)(f), 32 and 33: 51 e-mails with authorisations for medical tests (the insured's
#   name, policy number and the test) reached one wrong person between April 2020 and
#   March 2021, and her reports were redirected within the company rather than handled as a
#   breach. The facts are taken from the gdprhub summary and a law firm's account quoting
#   the resolution, whose own text was not read; how the fine was split between the
#   articles was not verified and is not stated. That a report of misdirected
#   correspondence enters the breach procedure is a defect of the procedure
#   (ART33-BREACH-PROCEDURE reports it once); this rule names it in its because. Which
#   sends carry special-category data the declaration does not say: all are treated as
#   possibly carrying it.
# related_resources:
#   - ref: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_PS/00080/2022
#     description: "AEPD (Spain), procedure PS/00080/2022, DKV Seguros y Reaseguros, S.A.E., resolution published 13 July 2022 (51 e-mails with medical-test authorisations sent to one wrong person, 16 April 2020 to 9 March 2021; Art. 5(1)(f), 32 and 33; EUR 132,000 after reductions; as summarised by gdprhub and a law firm quoting the resolution)"
#   - ref: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#     description: "Regulation (EU) 2016/679 (GDPR), Art. 5(1)(f) and 32(1)(b)"
# custom:
#   id: ART32-MISDIRECTED
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(f)
#     - GDPR Art. 32(1)(b)
#   humanReview: >-
#     Which letters, e-mails and portals carry special-category data, whether addresses
#     are verified and sends checked in practice (a second person, a system check, a
#     confirmation step), and whether misdirections reported by recipients reach the DPO.
#   remediation: >-
#     Verify every recipient's address against the person's record before sending, check
#     each send that carries special-category data before it goes (the recipient and the
#     attachments), and declare it (security.correspondence.addressVerified,
#     checkedBeforeSending).
#   sources:
#     - kind: decision
#       title: AEPD (Spain), procedure PS/00080/2022, DKV Seguros y Reaseguros, S.A.E., resolution published 13 July 2022 (51 e-mails with medical-test authorisations sent to one wrong person, 16 April 2020 to 9 March 2021; Art. 5(1)(f), 32 and 33; EUR 132,000 after reductions; as summarised by gdprhub and a law firm quoting the resolution)
#       url: https://gdprhub.eu/index.php?title=AEPD_(Spain)_-_PS/00080/2022
#     - kind: legislation
#       title: Regulation (EU) 2016/679 (GDPR), Art. 5(1)(f) and 32(1)(b)
#       url: https://eur-lex.europa.eu/eli/reg/2016/679/oj
#   counterexample: |
#     security:
#       correspondence: {addressVerified: false}
#   example: |
#     security:
#       correspondence:
#         addressVerified: true
#         checkedBeforeSending: true
#         misdirectionIsBreach: true
misdirected contains finding if {
	count(lib.special_used) > 0
	some gap in _correspondence_gaps
	finding := {
		"message": $"correspondence with special-category data {gap.message}",
		"path": ["security", "correspondence", gap.field],
		"because": [
			$"special categories in use: {lib.specials_words(lib.special_used)}",
			gap.fact,
			_misdirection_reports,
		],
	}
}

# Art. 32(1)(b): the address is the person's ...
_correspondence_gaps := _correspondence_gaps_clauses

_correspondence_gaps_clauses contains {
	"field": "addressVerified",
	"message": "is sent without verifying the recipient's address against the person's record",
	"fact": "security.correspondence.addressVerified is false",
} if {
	not input.security.correspondence.addressVerified
}

# ... and a send with special-category data is checked before it goes.
_correspondence_gaps_clauses contains {
	"field": "checkedBeforeSending",
	"message": "is sent without checking the recipient and the attachments before it goes",
	"fact": "security.correspondence.checkedBeforeSending is false",
} if {
	not input.security.correspondence.checkedBeforeSending
}

# What happens when a send goes wrong: reported at its root, ART33-BREACH-PROCEDURE.
_misdirection_reports := "a report that correspondence reached the wrong person enters the breach procedure" if {
	input.security.correspondence.misdirectionIsBreach
}

_misdirection_reports := "a report that correspondence reached the wrong person does not enter the breach procedure either (ART33-BREACH-PROCEDURE)" if {
	not input.security.correspondence.misdirectionIsBreach
}

# METADATA
# title: Optional special-category data is collected by default
# description: >-
#   By default, only the data necessary for each purpose should be processed (Art. 25(2)):
#   optional health or other special-category fields must be off until the person chooses
#   to give them. A category declared optional and collectedByDefault is the hit. A risk:
#   the declaration says how the form behaves; the form itself needs a look.
# custom:
#   id: ART25-DEFAULTS
#   severity: risk
#   articles:
#     - GDPR Art. 25(2)
#   humanReview: Whether the forms really leave optional fields empty and unticked.
#   remediation: Leave optional special-category fields empty and unticked until the person fills them in (collectedByDefault false).
#   sources:
#     - kind: guideline
#       title: EDPB, Guidelines 4/2019 on Article 25 Data Protection by Design and by Default, version 2.0, adopted 20 October 2020
#   counterexample: |
#     dataCategories:
#       - id: build
#         optional: true
#         collectedByDefault: true
#   example: |
#     dataCategories:
#       - id: build
#         collectedByDefault: false
defaults contains finding if {
	some i, c in input.dataCategories
	lib.special_in_fact[c.id]
	c.optional
	c.collectedByDefault
	finding := {
		"message": $"optional {lib.special_in_fact[c.id].class} data `{c.id}` is collected unless the person opts out",
		"path": ["dataCategories", i, "collectedByDefault"],
		"because": [
			$"data category `{c.id}` ({c.name}) is optional and collectedByDefault",
			$"it is special-category data: {lib.special_words(c.id)}",
		],
	}
}
