# METADATA
# title: Genetic data in insurance (national overlays)
# description: >-
#   National rules that bar or limit insurers' use of genetic information, applied by the
#   countries where the products that use the data are sold (products[].countries; for
#   data no decision uses, every product's countries). Iceland: Act 30/2004 on insurance
#   contracts, art. 82. Germany: Gendiagnostikgesetz (GenDG) § 18. France: Code de la
#   santé publique, art. L1141-1. United Kingdom: the Code on Genetic Testing and Insurance
#   (HM Government and the Association of British Insurers, 2018), a voluntary code. The
#   Council of Europe's Oviedo Convention (art. 12) restricts predictive genetic tests to
#   health purposes in the states that ratified it; it is not checked separately.
package art22.rules.genetic_data

import data.art22.lib

genetic(c) if c.about in lib.genetic_topics

genetic(c) if c.class == "genetic"

is_test_result(c) if c.about == "genetic-test"

is_test_result(c) if c.class == "genetic"

# GenDG § 18(1): the exception covers life, occupational disability, disability and
# long-term care pension insurance; income-protection is the nearest line here.
de_excepted_lines := {"life", "income-protection"}

products_using(id) := [p |
	some p in input.products
	some d in input.decisions
	d.product == p.id
	lib.uses(d, id)
]

# METADATA
# title: Genetic information is used where national law bars insurers from it
# description: >-
#   Iceland (Act 30/2004, art. 82): an insurer may not ask for, obtain, receive or use
#   information on a person's genetic traits or risk of developing disease, before or after
#   the contract; examining the current or past health of the person or of others is not
#   barred. Persónuvernd (audit of insurer [B], 2005) read this to bar questions on
#   hereditary diseases of parents and siblings, while family health may be asked to decide
#   whether to examine the applicant's own health. So in Iceland the rule fires for genetic
#   tests and hereditary diseases, and for family history used as a rating factor other
#   than a referral to an underwriter (TM's family-health answers send the application to a
#   person and are not caught). France (CSP L1141-1): insurers may not take into account
#   the results of genetic tests. Germany (GenDG § 18): genetic test results may not be
#   required or used, except for life, disability and long-term care pension cover above EUR
#   300,000 or EUR 30,000 a year (checked by GENETIC-THRESHOLDS); known diseases, hereditary
#   ones included, may still be asked about. United Kingdom (Code on Genetic Testing and
#   Insurance, 2018): predictive genetic test results are not asked for or used, except
#   Huntington's disease for life cover above GBP 500,000 (checked by GENETIC-THRESHOLDS).
#   The paragraph numbering of art. 82 differs between the sources read; the text is cited
#   as quoted in the 2005 audit.
# custom:
#   id: ART9-4-GENETIC-BAN
#   severity: violation
#   articles:
#     - GDPR Art. 9(4)
#     - GDPR Art. 9(1)
#     - Iceland Act 30/2004 Art. 82
#     - GenDG § 18(1)
#     - CSP Art. L1141-1
#   countries: [IS, FR, DE, GB]
#   humanReview: Whether questions on family history, as worded, in fact reveal the applicant's genotype; other national rules where products are sold.
#   remediation: >-
#     Stop asking for or using the genetic information in these countries: remove the
#     category, or (Iceland) use family history only to refer the application to an
#     underwriter who examines the applicant's own health.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), audit of the processing of personal data by an insurer ([B]) in life, accident and health insurance, concluded 2005 (collecting hereditary diseases of parents and siblings is prohibited)
#     - kind: legislation
#       title: Iceland, Act No. 30/2004 on insurance contracts (lög um vátryggingarsamninga), art. 82
#     - kind: legislation
#       title: Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18
#       url: https://www.gesetze-im-internet.de/gendg/__18.html
#     - kind: legislation
#       title: France, Code de la santé publique, article L1141-1
#       url: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006686021
#     - kind: guideline
#       title: HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018
#   example: |
#     decisions:
#       - id: life-underwriting
#         factors:
#           - id: family-health
#             category: family-history
#             effect: referral      # an underwriter examines the applicant's own health
#             appliedBy: human
genetic_ban contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	genetic(c)
	some country in sort(lib.category_countries(c.id))
	banned(c, country)
	finding := {
		"message": sprintf("data category `%s` (%s) is used for a product sold in %s, where %s", [c.id, c.about, country, ban_words[country]]),
		"path": ["dataCategories", i],
		"because": [
			sprintf("data category `%s` is about %s, class %s, used by %s", [c.id, c.about, c.class, lib.quoted(users(c.id))]),
			sprintf("it serves products sold in %s", [concat(", ", sort(lib.category_countries(c.id)))]),
			ban_law[country],
		],
	}
}

# Iceland: family history used to rate the applicant rather than to refer.
genetic_ban contains finding if {
	some i, d in input.decisions
	"IS" in lib.products_by_id[d.product].countries
	some j, f in d.factors
	lib.category(f.category).about == "family-history"
	f.effect != "referral"
	finding := {
		"message": sprintf("factor `%s` uses family medical history to %s for a product sold in Iceland, where insurers may not use information on the risk of developing disease", [f.id, effect_verb[f.effect]]),
		"path": ["decisions", i, "factors", j],
		"because": [
			sprintf("factor `%s` in decision `%s` reads `%s` (family-history) with effect %s", [f.id, d.id, f.category, f.effect]),
			ban_law.IS,
			"family health may be used only to decide whether to examine the applicant's own health (effect referral)",
		],
	}
}

effect_verb := {
	"decline": "decline applications", "premium-loading": "load premiums", "exclusion": "exclude cover",
	"postponement": "postpone cover", "price": "set the price", "discount": "give discounts",
}

banned(_, "IS")

banned(c, "FR") if is_test_result(c)

banned(c, "DE") if {
	is_test_result(c)
	some p in products_using(c.id)
	"DE" in p.countries
	not p.line in de_excepted_lines
}

banned(c, "GB") if {
	is_test_result(c)
	some p in products_using(c.id)
	"GB" in p.countries
	p.line != "life"
}

ban_words := {
	"IS": "insurers may not ask for or use information on genetic traits or the risk of developing disease",
	"FR": "insurers may not take the results of genetic tests into account",
	"DE": "genetic test results may not be used for this line of insurance",
	"GB": "insurers do not use predictive genetic test results outside life cover above the Code's threshold",
}

ban_law := {
	"IS": "Iceland, Act 30/2004 on insurance contracts, art. 82",
	"FR": "France, Code de la santé publique, art. L1141-1",
	"DE": "Germany, Gendiagnostikgesetz § 18(1): only life, disability and long-term care pension cover above the thresholds",
	"GB": "United Kingdom, Code on Genetic Testing and Insurance (2018): only Huntington's disease, life cover above GBP 500,000",
}

users(id) := sort({p.id | some p in input.purposes; id in p.categories} | {d.id | some d in input.decisions; lib.uses(d, id)})

# METADATA
# title: Genetic test results are used without the national thresholds
# description: >-
#   Where a country allows genetic test results above a sum insured, the declaration must
#   state the threshold applied, at or above the legal one: Germany (GenDG § 18(1)) for
#   life, disability and long-term care pension cover, more than EUR 300,000 sum insured or
#   more than EUR 30,000 a year; United Kingdom (Code on Genetic Testing and Insurance,
#   2018) for life cover, Huntington's disease only, above GBP 500,000. A product of an
#   excepted line that uses genetic test results in these countries needs a
#   geneticThresholds entry for the country that meets them.
# custom:
#   id: GENETIC-THRESHOLDS
#   severity: violation
#   articles:
#     - GenDG § 18(1)
#     - GDPR Art. 9(4)
#   countries: [DE, GB]
#   humanReview: Whether each application below the threshold is really decided without the test results.
#   remediation: >-
#     Declare the thresholds the product applies (products[].geneticThresholds), at or
#     above EUR 300,000 or EUR 30,000 a year in Germany and GBP 500,000 for Huntington's
#     disease in the United Kingdom, and apply them.
#   sources:
#     - kind: legislation
#       title: Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18
#       url: https://www.gesetze-im-internet.de/gendg/__18.html
#     - kind: guideline
#       title: HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018
#   example: |
#     products:
#       - id: term-life
#         line: life
#         countries: [DE]
#         geneticThresholds:
#           - country: DE
#             sumInsuredAbove: EUR 300000
#             annualBenefitAbove: EUR 30000
genetic_thresholds contains finding if {
	some c in input.dataCategories
	c.id in lib.used_categories
	is_test_result(c)
	some k, p in input.products
	p in products_using(c.id)
	some country in sort({"DE", "GB"} & {x | some x in p.countries})
	not excepted_ban(p, country)
	some gap in threshold_gaps(p, country)
	finding := {
		"message": sprintf("product `%s` uses genetic test results (`%s`) in %s %s", [p.id, c.id, country, gap]),
		"path": ["products", k, "geneticThresholds"],
		"because": [
			sprintf("product `%s` (%s) is sold in %s and its decisions use `%s`", [p.id, p.line, concat(", ", p.countries), c.id]),
			threshold_law[country],
		],
	}
}

# Lines the ban covers outright are reported by ART9-4-GENETIC-BAN.
excepted_ban(p, "DE") if not p.line in de_excepted_lines

excepted_ban(p, "GB") if p.line != "life"

threshold_law := {
	"DE": "GenDG § 18(1): above EUR 300,000 sum insured or EUR 30,000 a year",
	"GB": "Code on Genetic Testing and Insurance (2018): Huntington's disease, life cover above GBP 500,000",
}

thresholds(p, country) := [t | some t in p.geneticThresholds; t.country == country]

threshold_gaps(p, country) := {"without declaring the threshold applied"} if count(thresholds(p, country)) == 0

threshold_gaps(p, "DE") := {sprintf("with a threshold below the law's (%s)", [t_words(t)]) |
	some t in thresholds(p, "DE")
	not de_ok(t)
} if count(thresholds(p, "DE")) > 0

threshold_gaps(p, "GB") := {sprintf("with a threshold below the Code's (%s)", [t_words(t)]) |
	some t in thresholds(p, "GB")
	not gb_ok(t)
} if count(thresholds(p, "GB")) > 0

de_ok(t) if {
	t.sumInsuredAbove.currency == "EUR"
	t.sumInsuredAbove.amount >= 300000
}

de_ok(t) if {
	t.annualBenefitAbove.currency == "EUR"
	t.annualBenefitAbove.amount >= 30000
}

gb_ok(t) if {
	t.sumInsuredAbove.currency == "GBP"
	t.sumInsuredAbove.amount >= 500000
	some cond in t.conditions
	contains(lower(cond), "huntington")
}

t_words(t) := sprintf("sum insured above %s %v, yearly benefit above %s %v, conditions: %s", [
	t.sumInsuredAbove.currency, t.sumInsuredAbove.amount,
	t.annualBenefitAbove.currency, t.annualBenefitAbove.amount, concat(", ", t.conditions),
])
