# METADATA
# title: art22's library for rules and rule packs
# description: >-
#   What every rule reads, in three layers, each evaluated once per declaration:
#   vocabularies of the law (vocab.rego), lookups and joins over the declaration
#   (index.rego, texts.rego, time.rego), and the qualifications the law attaches to the
#   facts (facts.rego: within_art22, consent_valid, basis_valid, protected_factor,
#   needs_governance...). Shared wording for findings is in words.rego. Rule packs import
#   it (import data.art22.lib); the input is the normalised declaration (art22 normalize
#   FILE prints it), every field present and every disclosure claim marked evidenced or
#   not.
# scope: package
package art22.lib

# Vocabularies of the law and of the declaration: the classes, outcomes, effects, stages
# and topics the rules reason with.

# METADATA
# title: The special categories of personal data (GDPR Art. 9(1))
special_classes := {
	"health", "genetic", "biometric", "racial-or-ethnic-origin", "political-opinions",
	"religious-or-philosophical-beliefs", "trade-union-membership", "sex-life-or-sexual-orientation",
}

# METADATA
# title: Outcomes that do not grant the request in full at standard terms
# description: >-
#   The outcomes that produce a legal or similarly significant effect on the person (GDPR
#   Art. 22(1)): cover refused, loaded, restricted, postponed or individually priced.
adverse_outcomes := {"decline", "premium-loading", "exclusion", "postponement", "price"}

# METADATA
# title: Outcomes by which a score selects people for a human's attention
# description: >-
#   A referral to an underwriter or reviewer, or a selection for a check or an
#   investigation. A human decides afterwards, but the score chose whom they look at.
steering_outcomes := {"referral", "investigation"}

# METADATA
# title: Factor effects that change the outcome against the person
# description: >-
#   A factor whose effect is price feeds an individual price rather than changing the
#   outcome on its own; it is not counted here.
adverse_effects := {"decline", "premium-loading", "exclusion", "postponement"}

# METADATA
# title: The outcome each adverse factor effect leads to
effect_outcome := {e: e | some e in adverse_effects}

# METADATA
# title: Stages at which a text is shown with or after the decision
decision_stages := {"at-decision", "after-decision"}

# METADATA
# title: Stages at which a text informs the person before or as data is collected
notice_stages := {"before-collection", "at-consent"}

# METADATA
# title: Stages at which a text informs the person of processing (Art. 13 and 14)
informing_stages := notice_stages | {"after-third-party-collection"}

# METADATA
# title: Art. 9(2) conditions that need a basis in Union or Member State law
conditions_needing_law := {
	"employment-social-protection", "substantial-public-interest",
	"health-or-social-care", "public-health", "archiving-research-statistics",
}

# METADATA
# title: Art. 9(2) conditions that allow a solely automated decision on special categories (Art. 22(4))
art22_4_conditions := {"explicit-consent", "substantial-public-interest"}

# METADATA
# title: Consent mechanisms that are no clear affirmative act or not distinguishable from other matters
# description: The reason each is not a valid consent (Art. 4(11), 7(2), Recital 32).
bundled_mechanisms := {
	"pre-ticked-box": "a pre-ticked box is not an affirmative act (Recital 32)",
	"bundled-with-terms": "consent folded into accepting the terms is not distinguishable from other matters (Art. 7(2))",
	"privacy-acknowledgement": "acknowledging a privacy notice is not a specific consent",
	"implied": "consent cannot be implied from silence or inactivity (Recital 32)",
}

# METADATA
# title: Families of closely related purposes
# description: >-
#   One consent may cover one purpose or closely related purposes (Recitals 32 and 43; EDPB
#   Guidelines 05/2020, section 3.1.3 on granularity). Underwriting and pricing one cover
#   are one family; claims, fraud prevention, marketing, product development and research,
#   administration, reinsurance and legal compliance are each a family of their own. A
#   purpose of type other is a family of its own.
purpose_families := {
	"underwriting": "underwriting", "pricing": "underwriting",
	"claims": "claims",
	"fraud-prevention": "fraud-prevention",
	"marketing": "marketing",
	"product-development": "development", "research": "development",
	"policy-administration": "administration", "customer-service": "administration",
	"reinsurance": "reinsurance",
	"legal-compliance": "legal-compliance",
	"health-care": "health-care",
}

# METADATA
# title: Purpose types that are not necessary for performing an insurance contract
# description: >-
#   Processing for these purposes is not objectively indispensable to the contract the
#   person asked for (CJEU C-252/21 Meta Platforms v Bundeskartellamt, 4 July 2023; EDPB
#   Guidelines 2/2019 on Art. 6(1)(b)), so Art. 6(1)(b) cannot be its basis.
not_contract_purposes := {"marketing", "product-development", "research", "fraud-prevention"}

# METADATA
# title: Topics whose data reveals health (Art. 4(15))
# description: Including lifestyle data insurers use as health risk markers.
health_topics := {
	"smoking", "alcohol", "drug-use", "build", "medication", "diagnosis", "medical-history",
	"treatment", "doctor-visits", "disability", "pregnancy", "fitness-to-work", "family-history",
}

# METADATA
# title: Topics that are genetic data or reveal a person's genotype
genetic_topics := {"genetic-test", "hereditary-disease"}

# METADATA
# title: Topics that are Art. 9(1) categories other than health and genetic data, with their class
other_special_topics := {
	"ethnic-origin": "racial-or-ethnic-origin", "religion": "religious-or-philosophical-beliefs",
	"political-opinion": "political-opinions", "trade-union": "trade-union-membership",
	"sexual-life": "sex-life-or-sexual-orientation", "biometric": "biometric",
}

# METADATA
# title: Protected characteristics a rating factor may not use or stand in for without justification
# description: Sex and age have rules of their own (GENDER-UNISEX, ART5-1A-HARD-AGE-CUTOFF).
protected_topics := {"nationality", "ethnic-origin", "religion", "political-opinion", "trade-union", "sexual-life", "disability"}

# METADATA
# title: Protected characteristics whose direct use no evidence justifies
# description: >-
#   Ethnic origin (Directive 2000/43/EC, Art. 2 and 3(1)(h): access to goods and services,
#   insurance included) and nationality (Art. 18 TFEU; the Dutch AP on the childcare
#   benefits risk model) may not be rating factors. Nationality read to meet a legal duty
#   (a purpose of type legal-compliance, such as sanctions screening) is not a rating use.
never_justified_topics := {"ethnic-origin", "nationality"}

# METADATA
# title: What each topic can stand in for
# description: >-
#   Data that is not itself a protected characteristic but correlates with one, so that a
#   factor reading it can discriminate indirectly: country of birth, name and language
#   with ethnic origin and nationality; postcode, address, type of education and distance
#   to the family's home with ethnic origin (the Dutch AP on DUO's selection model, 2024);
#   diet with religion. A declaration can name more in a category's proxyFor.
proxy_topics := {
	"country-of-birth": {"ethnic-origin", "nationality"},
	"name": {"ethnic-origin"},
	"language": {"ethnic-origin", "nationality"},
	"postcode": {"ethnic-origin"},
	"address": {"ethnic-origin"},
	"education": {"ethnic-origin"},
	"distance-to-family": {"ethnic-origin"},
	"diet": {"religion"},
}

# METADATA
# title: Bias-test results that support a justification
justifying_bias_results := {"no-disparity", "disparity-mitigated"}

# METADATA
# title: Data subjects who are the person applying, insured or otherwise party
own_subjects := {"applicant", "insured", "policyholder", "claimant", "patient", "employee"}

# METADATA
# title: Sources that are the person themselves
# description: >-
#   Data the person gives, data derived from it, and data observed from the person's own
#   device or account (a phone, a wearable, a telematics box): all are collected from the
#   person (Art. 13), not obtained from others (Art. 14; WP260rev.01, para 26).
first_hand_sources := {"data-subject", "derived", "device"}

# METADATA
# title: What a breach of data on each topic exposes people to, as an Art. 34 criterion
# description: >-
#   A leak of identity, contact or national-id data exposes people to phishing and identity
#   fraud (the CNIL on Viamedis and Almerys, February 2024); financial data to fraud;
#   special categories to discrimination and distress.
breach_criteria_by_topic := {
	"identity": "identity-data", "national-id": "national-id-numbers", "contact": "contact-data",
	"address": "contact-data", "financial": "financial-data", "income": "financial-data",
	"payment": "financial-data", "location": "location",
}

# METADATA
# title: Member States of the European Union (ISO 3166-1 alpha-2)
eu_countries := {
	"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
	"IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
}

# METADATA
# title: The European Economic Area, the EU with Iceland, Liechtenstein and Norway
eea_countries := eu_countries | {"IS", "LI", "NO"}

# METADATA
# title: Channels ranked by how easy they are to use
# description: Online, app and email are easiest; then phone; then branch and post.
channel_ease := {"online": 1, "app": 1, "email": 1, "phone": 2, "branch": 3, "post": 3}

# METADATA
# title: How easy the easiest of some channels is (1 easiest)
easiest(channels) := min({channel_ease[c] | some c in channels})

# METADATA
# title: A month as Art. 12(3) counts it, at most 31 days, in hours
one_month_hours := 744

# METADATA
# title: A year, in hours (365.25 days)
year_hours := 8766
