# METADATA
# title: Security of processing and data protection by default (GDPR Art. 25, 32)
# description: Rules on who can see special-category data, logging, continuity and defaults.
package art22.rules.security

import data.art22.lib

no_health_functions := {"marketing", "sales", "general-staff"}

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
#   humanReview: Whether access rights in the systems match the roles declared.
#   remediation: >-
#     Remove special-category data from roles that do not need it, and state why each role
#     that keeps it needs it (access.roles[].justification).
#   sources:
#     - kind: report
#       title: Report on the Dutch DPA (Autoriteit Persoonsgegevens) orders subject to penalty against VGZ and Menzis on access to medical data (2018-2019)
#   example: |
#     access:
#       roles:
#         - id: marketing
#           function: marketing
#           categories: [contact]      # no health data
role_access contains finding if {
	some i, r in input.access.roles
	special := [c | some c in r.categories; lib.special(c)]
	count(special) > 0
	some gap in role_gaps(r)
	finding := {
		"message": sprintf("role `%s` (%s) can access special-category data (%s) %s", [r.id, r.function, lib.quoted(special), gap.message]),
		"path": ["access", "roles", i, gap.field],
		"because": [sprintf("role `%s` (%s) can access %s", [r.id, r.name, lib.quoted(r.categories)]), gap.fact],
	}
}

role_gaps(r) := {g |
	r.function in no_health_functions
	g := {"message": sprintf("although %s does not need it", [r.function]), "field": "categories", "fact": sprintf("function %s never needs special-category data", [r.function])}
} | {g |
	not r.function in no_health_functions
	trim_space(r.justification) == ""
	g := {"message": "without saying why", "field": "justification", "fact": "its justification is empty"}
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
#   example: |
#     access:
#       logging:
#         specialCategories: true
#         reviewed: true
#         reviewInterval: 1 month
access_logging contains finding if {
	special := sort({c | some c in lib.used_categories; lib.special(c)})
	count(special) > 0
	some gap in logging_gaps
	finding := {
		"message": sprintf("special-category data is processed, but %s", [gap]),
		"path": ["access", "logging"],
		"because": [
			sprintf("special categories in use: %s", [lib.quoted(special)]),
			sprintf("access.logging: specialCategories %v, reviewed %v", [input.access.logging.specialCategories, input.access.logging.reviewed]),
		],
	}
}

logging_gaps := {"access to it is not logged" | not input.access.logging.specialCategories} | {"the access logs are not reviewed" |
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
#   example: |
#     security:
#       continuityPlan:
#         exists: true
#         date: 2025-11-05
continuity contains finding if {
	not input.security.continuityPlan.exists
	finding := {
		"message": "there is no business continuity and restore plan",
		"path": ["security", "continuityPlan"],
		"because": ["security.continuityPlan.exists is false", sprintf("backups: taken %v, restore tested %v", [input.security.backups.taken, input.security.backups.restoreTested])],
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
#   example: |
#     security:
#       policy:
#         documented: true
#         scopeDefined: true
security_policy contains finding if {
	some gap in policy_gaps
	finding := {
		"message": gap,
		"path": ["security", "policy"],
		"because": [sprintf("security.policy: documented %v, scopeDefined %v", [input.security.policy.documented, input.security.policy.scopeDefined])],
	}
}

policy_gaps := {"there is no written security policy" | not input.security.policy.documented} | {"the security policy does not define its scope" |
	input.security.policy.documented
	not input.security.policy.scopeDefined
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
#   example: |
#     dataCategories:
#       - id: fitness-tracker
#         optional: true
#         collectedByDefault: false
defaults contains finding if {
	some i, c in input.dataCategories
	lib.special(c.id)
	c.optional
	c.collectedByDefault
	finding := {
		"message": sprintf("optional %s data `%s` is collected unless the person opts out", [c.class, c.id]),
		"path": ["dataCategories", i, "collectedByDefault"],
		"because": [sprintf("data category `%s` (%s) is optional and collectedByDefault", [c.id, c.name])],
	}
}
