# METADATA
# title: Genetic data in insurance (national overlays)
# description: >-
#   National rules that bar or limit insurers' use of genetic test results (GDPR Art. 9(4)
#   lets Member States keep or add conditions for genetic data), applied by the countries
#   where the products that use the data are sold (products[].countries; for data no
#   decision uses, every product) and only to the lines of insurance each rule covers.
#   Iceland: Act 30/2004 on insurance contracts, art. 82 as amended by Act 156/2007
#   (personal insurance). Germany: Gendiagnostikgesetz (GenDG) § 18 (every insurer, with an
#   exception above thresholds for life, occupational-disability, incapacity-for-work and
#   long-term-care pension insurance). France: Code de la santé publique, art. L1141-1
#   (cover of death and disability risks). United Kingdom: the Code on Genetic Testing and
#   Insurance (HM Government and the Association of British Insurers, 2018; life, critical
#   illness and income protection). The Council of Europe's Convention on Human Rights and
#   Biomedicine (Oviedo, ETS No. 164) forbids discrimination on grounds of genetic
#   heritage (art. 11) and allows predictive genetic tests only for health purposes or
#   health research (art. 12) in the states that ratified it; which states have ratified
#   was not verified here, so it is cited, not applied country by country.
package art22.rules.genetic_data

import data.art22.lib

# Results of genetic tests: what every overlay is about.
_test_result(c) if c.about == "genetic-test"

_test_result(c) if c.class == "genetic"

# The products whose decisions use a category; for a category no decision uses, every
# product (as lib.category_countries does).
_products(id) := [p | some p in input.products; p.id in lib.category_products[id]] if {
	id in lib.used_by_decisions
}

_products(id) := input.products if not id in lib.used_by_decisions

# The lines of insurance each overlay covers.

# Iceland: art. 82 is in Part II of Act 30/2004, on personal insurance (persónutryggingar):
# life, accident and sickness insurance, critical illness among them.
_is_lines := {"life", "critical-illness", "health", "income-protection", "accident"}

# France: L1141-1 binds those who offer "une garantie des risques d'invalidité ou de
# décès": life (death), income protection (disability) and accident cover (death and
# disability by accident). Health-expense and critical-illness cover insure neither risk.
_fr_lines := {"life", "income-protection", "accident"}

# Germany: § 18(1) sentence 2 lets insurers receive and use results of tests already done
# only for Lebens-, Berufsunfähigkeits-, Erwerbsunfähigkeits- and Pflegerentenversicherung
# above the thresholds: life, and income protection as the nearest line to occupational
# disability and incapacity for work. Long-term-care pension cover has no line here.
_de_excepted_lines := {"life", "income-protection"}

# United Kingdom: the Code covers life, critical illness and income protection; its only
# exception is Huntington's disease for life cover above GBP 500,000.
_gb_lines := {"life", "critical-illness", "income-protection"}

_gb_excepted_lines := {"life"}

_product_words(ps) := concat(", ", [$"`{p.id}` ({p.line})" | some p in ps])

_users(id) := sort({p.id | some p in input.purposes; id in p.categories} | {d.id | some d in input.decisions; lib.uses(d, id)})

# Iceland, art. 82(2): no genetic test results in personal insurance, before or after the contract.
_bans := _bans_clauses

_bans_clauses[c.id] contains {
	"country": "IS",
	"products": ps,
	"message": "where insurers may not ask for, obtain, receive or use genetic test results that may indicate a risk of disease, nor ask for such tests, in personal insurance",
	"law": "Iceland, Act 30/2004 on insurance contracts, art. 82(2) as amended by Act 156/2007: personal insurance (life, accident and sickness cover)",
} if {
	some c in input.dataCategories
	_test_result(c)
	ps := [p | some p in _products(c.id); "IS" in p.countries; p.line in _is_lines]
	count(ps) > 0
}

# France, L1141-1: no genetic test results for cover of death or disability risks.
_bans_clauses[c.id] contains {
	"country": "FR",
	"products": ps,
	"message": "where insurers covering death or disability risks may not take genetic test results into account, even if the person hands them over, nor ask about or for a test",
	"law": "France, Code de la santé publique, art. L1141-1: cover of the risks of death and disability (garantie des risques d'invalidité ou de décès)",
} if {
	some c in input.dataCategories
	_test_result(c)
	ps := [p | some p in _products(c.id); "FR" in p.countries; p.line in _fr_lines]
	count(ps) > 0
}

# Germany, § 18(1) sentence 1 no. 2: no results of tests already done, in every line but
# those sentence 2 excepts (which GENETIC-THRESHOLDS checks).
_bans_clauses[c.id] contains {
	"country": "DE",
	"products": ps,
	"message": "where insurers may neither require, receive nor use results of genetic tests already done, outside life, occupational-disability, incapacity-for-work and long-term-care pension cover above the thresholds",
	"law": "Germany, Gendiagnostikgesetz § 18(1) sentence 1 no. 2; the exception of sentence 2 covers only life, occupational-disability, incapacity-for-work and long-term-care pension insurance",
} if {
	some c in input.dataCategories
	_test_result(c)
	ps := [p | some p in _products(c.id); "DE" in p.countries; not p.line in _de_excepted_lines]
	count(ps) > 0
}

# United Kingdom, the Code: no predictive test results for life (below its threshold),
# critical illness or income protection.
_bans_clauses[c.id] contains {
	"country": "GB",
	"products": ps,
	"message": "where insurers have agreed not to ask for or use predictive genetic test results for critical illness or income protection, and for life cover only for Huntington's disease above GBP 500,000",
	"law": "United Kingdom, Code on Genetic Testing and Insurance (2018): life, critical illness and income protection; its only exception is Huntington's disease for life cover above GBP 500,000",
} if {
	some c in input.dataCategories
	_test_result(c)
	ps := [p | some p in _products(c.id); "GB" in p.countries; p.line in _gb_lines; not p.line in _gb_excepted_lines]
	count(ps) > 0
}

# METADATA
# title: Genetic test results are used where national law bars insurers from them
# description: >-
#   The rule fires for a data category of genetic test results (about genetic-test, or of
#   class genetic) used for a product sold in a country whose rule covers the product's
#   line. Iceland (Act 30/2004, art. 82(2), as amended by Act 156/2007 and quoted by
#   Persónuvernd in 2008 and 2009): before or after a personal-insurance contract, the
#   insurer may not ask for, obtain, receive or use information from a genetic test that
#   may indicate a risk of developing a disease, nor ask for such a test; art. 82(1) lets
#   it ask about diseases the applicant, or the applicant's parents or siblings, have or
#   have had, however diagnosed, obtained from the applicant. Persónuvernd's 2005 audit
#   found questions on hereditary diseases of parents and siblings unlawful under the
#   original wording of art. 82(2); Act 156/2007 replaced that wording, so family history
#   and hereditary diseases are no longer caught here. Lines: personal insurance (life,
#   critical illness, health, income protection, accident). France (CSP L1141-1): those
#   offering cover of death or disability risks may not take genetic test results into
#   account, even if the person hands them over, nor ask about tests or for one. Lines:
#   life, income protection and accident cover; critical-illness and health cover insure
#   neither risk and are not caught (a product combining them with death or disability
#   cover needs a person). Germany (GenDG § 18(1)): no insurer may require a genetic test,
#   ever (no. 1), nor require, receive or use results of tests already done (no. 2);
#   sentence 2 lifts no. 2 only for life, occupational-disability, incapacity-for-work and
#   long-term-care pension insurance with a benefit above EUR 300,000 or an annual pension
#   above EUR 30,000, which GENETIC-THRESHOLDS checks. Lines: every line but life and
#   income protection (the nearest line to occupational disability); the § 18 thresholds
#   and structure are known here from secondary sources that agree, not from the
#   statute's text. United Kingdom (Code on Genetic Testing and Insurance, 2018, agreed by
#   HM Government and the ABI, binding on the insurers that signed it): predictive genetic
#   test results are not asked for or used for life, critical illness or income protection
#   cover, the only exception being Huntington's disease for life cover above GBP 500,000
#   (GENETIC-THRESHOLDS). Lines: critical illness and income protection here, life there.
#   A violation: each is a national rule of the kind Art. 9(4) allows, or, in the United
#   Kingdom, the code the insurer has signed.
# related_resources:
#   - ref: https://www.althingi.is/lagas/nuna/2004030.html
#     description: "Iceland, Act No. 30/2004 on insurance contracts (lög um vátryggingarsamninga), art. 82, as amended by Act No. 156/2007"
#   - ref: https://island.is/s/personuvernd/frett/969
#     description: "Persónuvernd (Icelandic DPA), reply of 9 December 2009 on insurers obtaining information on the health of applicants' relatives (quoting art. 82(1) as amended by Act 156/2007)"
#   - ref: https://island.is/s/personuvernd/frett/829
#     description: "Persónuvernd (Icelandic DPA), letter of 21 November 2008 on an insurer receiving a genetic test result (quoting art. 82(2) as amended)"
#   - ref: https://www.gesetze-im-internet.de/gendg/__18.html
#     description: "Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18"
#   - ref: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006686021
#     description: "France, Code de la santé publique, article L1141-1"
#   - ref: https://www.gov.uk/government/publications/code-on-genetic-testing-and-insurance
#     description: "HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018"
#   - ref: https://www.coe.int/en/web/bioethics/genetics
#     description: "Council of Europe, Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine (Oviedo Convention), ETS No. 164, 4 April 1997, arts 11 and 12"
# custom:
#   id: ART9-4-GENETIC-BAN
#   severity: violation
#   articles:
#     - GDPR Art. 9(4)
#     - GDPR Art. 9(1)
#     - cite: Iceland Act 30/2004 Art. 82(2)
#       country: IS
#     - cite: GenDG § 18(1)
#       country: DE
#     - cite: CSP Art. L1141-1
#       country: FR
#   countries: [IS, FR, DE, GB]
#   humanReview: >-
#     Whether the results are of predictive or diagnostic tests (the UK Code covers
#     predictive ones), whether any test is required (never allowed in Germany), the lines
#     a product combining several covers falls in, and other national rules where products
#     are sold.
#   remediation: >-
#     Stop asking for or using genetic test results for the products and countries named,
#     or restrict their use to the lines and thresholds the law allows.
#   sources:
#     - kind: legislation
#       title: Iceland, Act No. 30/2004 on insurance contracts (lög um vátryggingarsamninga), art. 82, as amended by Act No. 156/2007
#       url: https://www.althingi.is/lagas/nuna/2004030.html
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), reply of 9 December 2009 on insurers obtaining information on the health of applicants' relatives (quoting art. 82(1) as amended by Act 156/2007)
#       url: https://island.is/s/personuvernd/frett/969
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), letter of 21 November 2008 on an insurer receiving a genetic test result (quoting art. 82(2) as amended)
#       url: https://island.is/s/personuvernd/frett/829
#     - kind: legislation
#       title: Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18
#       url: https://www.gesetze-im-internet.de/gendg/__18.html
#     - kind: legislation
#       title: France, Code de la santé publique, article L1141-1
#       url: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006686021
#     - kind: guideline
#       title: HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018
#       url: https://www.gov.uk/government/publications/code-on-genetic-testing-and-insurance
#     - kind: legislation
#       title: Council of Europe, Convention for the Protection of Human Rights and Dignity of the Human Being with regard to the Application of Biology and Medicine (Oviedo Convention), ETS No. 164, 4 April 1997, arts 11 and 12
#       url: https://www.coe.int/en/web/bioethics/genetics
#   counterexample: |
#     dataCategories:
#       - id: genetic-tests
#         name: Results of predictive genetic tests
#         about: genetic-test
#         class: genetic
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Used in the tariff.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     decisions:
#       - id: life-underwriting
#         inputs: [identity, age, smoking, build, medical-history, genetic-tests]
#     purposes:
#       - id: underwriting
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports, genetic-tests]
#     products:
#       - id: term-life
#         countries: [IS]
#   example: |
#     decisions:
#       - id: life-underwriting
#         inputs: [identity, age, smoking, build, medical-history]   # no genetic test result is used
#     purposes:
#       - id: underwriting
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports]
genetic_ban contains finding if {
	some i, c in input.dataCategories
	c.id in lib.used_categories
	some ban in _bans[c.id]
	finding := {
		"message": $"data category `{c.id}` ({c.about}) is used for {_product_words(ban.products)} sold in {ban.country}, {ban.message}",
		"path": ["dataCategories", i],
		"because": [
			$"data category `{c.id}` is about {c.about}, class {c.class}, used by {lib.quoted(_users(c.id))}",
			$"it serves {_product_words(ban.products)}, sold in {concat(", ", sort({x | some p in ban.products; some x in p.countries}))}",
			ban.law,
		],
	}
}

# Products that use genetic test results, by product id, with the categories, sorted.
_test_products := {pid: sort(cs) | some pid, cs in _test_categories}

_test_categories[p.id] contains c.id if {
	some c in input.dataCategories
	c.id in lib.used_categories
	_test_result(c)
	some p in _products(c.id)
}

_thresholds(p, country) := [t | some t in p.geneticThresholds; t.country == country]

_money_words(m) := $"{m.currency} {m.amount}" if m.declared

_money_words(m) := "(not declared)" if not m.declared

# Germany, § 18(1) sentence 2: results are used only above a threshold ...
_threshold_gaps := _threshold_gaps_clauses

_threshold_gaps_clauses[p.id] contains {
	"country": "DE",
	"message": "without declaring the threshold applied",
	"path": ["geneticThresholds"],
	"fact": "no geneticThresholds entry for DE",
} if {
	some p in input.products
	_test_products[p.id]
	"DE" in p.countries
	p.line in _de_excepted_lines
	count(_thresholds(p, "DE")) == 0
}

# ... that names a sum insured or an annual pension ...
_threshold_gaps_clauses[p.id] contains {
	"country": "DE",
	"message": "with a threshold that names neither a sum insured nor an annual benefit",
	"path": ["geneticThresholds", j],
	"fact": "its DE threshold declares neither sumInsuredAbove nor annualBenefitAbove",
} if {
	some p in input.products
	_test_products[p.id]
	"DE" in p.countries
	p.line in _de_excepted_lines
	some j, t in p.geneticThresholds
	t.country == "DE"
	not t.sumInsuredAbove.declared
	not t.annualBenefitAbove.declared
}

# ... a sum insured of more than EUR 300,000 ...
_threshold_gaps_clauses[p.id] contains {
	"country": "DE",
	"message": $"with a sum-insured threshold below the law's ({_money_words(t.sumInsuredAbove)}; the law: more than EUR 300000)",
	"path": ["geneticThresholds", j, "sumInsuredAbove"],
	"fact": $"its DE threshold uses results above a sum insured of {_money_words(t.sumInsuredAbove)}",
} if {
	some p in input.products
	_test_products[p.id]
	"DE" in p.countries
	p.line in _de_excepted_lines
	some j, t in p.geneticThresholds
	t.country == "DE"
	t.sumInsuredAbove.declared
	not _at_least(t.sumInsuredAbove, "EUR", 300000)
}

# ... or an annual pension of more than EUR 30,000.
_threshold_gaps_clauses[p.id] contains {
	"country": "DE",
	"message": $"with an annual-benefit threshold below the law's ({_money_words(t.annualBenefitAbove)}; the law: more than EUR 30000 a year)",
	"path": ["geneticThresholds", j, "annualBenefitAbove"],
	"fact": $"its DE threshold uses results above an annual benefit of {_money_words(t.annualBenefitAbove)}",
} if {
	some p in input.products
	_test_products[p.id]
	"DE" in p.countries
	p.line in _de_excepted_lines
	some j, t in p.geneticThresholds
	t.country == "DE"
	t.annualBenefitAbove.declared
	not _at_least(t.annualBenefitAbove, "EUR", 30000)
}

# United Kingdom, the Code: life cover above GBP 500,000 ...
_threshold_gaps_clauses[p.id] contains {
	"country": "GB",
	"message": "without declaring the threshold applied",
	"path": ["geneticThresholds"],
	"fact": "no geneticThresholds entry for GB",
} if {
	some p in input.products
	_test_products[p.id]
	"GB" in p.countries
	p.line in _gb_excepted_lines
	count(_thresholds(p, "GB")) == 0
}

_threshold_gaps_clauses[p.id] contains {
	"country": "GB",
	"message": $"with a sum-insured threshold below the Code's ({_money_words(t.sumInsuredAbove)}; the Code: more than GBP 500000)",
	"path": ["geneticThresholds", j, "sumInsuredAbove"],
	"fact": $"its GB threshold uses results above a sum insured of {_money_words(t.sumInsuredAbove)}",
} if {
	some p in input.products
	_test_products[p.id]
	"GB" in p.countries
	p.line in _gb_excepted_lines
	some j, t in p.geneticThresholds
	t.country == "GB"
	not _at_least(t.sumInsuredAbove, "GBP", 500000)
}

# ... and Huntington's disease only.
_threshold_gaps_clauses[p.id] contains {
	"country": "GB",
	"message": $"for conditions other than Huntington's disease ({lib.listed(t.conditions)})",
	"path": ["geneticThresholds", j, "conditions"],
	"fact": $"its GB threshold names the conditions {lib.listed(t.conditions)}; the Code's only exception is Huntington's disease",
} if {
	some p in input.products
	_test_products[p.id]
	"GB" in p.countries
	p.line in _gb_excepted_lines
	some j, t in p.geneticThresholds
	t.country == "GB"
	not _huntington_only(t.conditions)
}

_at_least(m, currency, amount) if {
	m.declared
	m.currency == currency
	m.amount >= amount
}

_huntington_only(conditions) if {
	count(conditions) > 0
	every cond in conditions {
		contains(lower(cond), "huntington")
	}
}

_threshold_law := {
	"DE": "Gendiagnostikgesetz § 18(1) sentence 2: life, occupational-disability, incapacity-for-work and long-term-care pension insurance, a benefit of more than EUR 300,000 or an annual pension of more than EUR 30,000; results of tests already done only",
	"GB": "Code on Genetic Testing and Insurance (2018): Huntington's disease only, life cover above GBP 500,000",
}

# METADATA
# title: Genetic test results are used without the national thresholds
# description: >-
#   Where a country lets insurers use genetic test results above a sum insured, the
#   declaration must state the threshold applied, at or above the legal one. Germany
#   (GenDG § 18(1) sentence 2): for life, occupational-disability, incapacity-for-work and
#   long-term-care pension insurance (here: the life and income-protection lines), results
#   of tests already done may be received and used only where a benefit of more than EUR
#   300,000 or an annual pension of more than EUR 30,000 is agreed; each threshold declared
#   must be at or above those sums, in euros, and one must be declared. No test may ever
#   be required (§ 18(1) sentence 1 no. 1), which the declaration does not show. The §
#   18 thresholds and structure are known here from secondary sources that agree, not from
#   the statute's text. United Kingdom (Code on Genetic Testing and Insurance, 2018): for
#   life cover, results of a predictive test for Huntington's disease only, above GBP
#   500,000; the threshold must name Huntington's disease and nothing else. Lines the
#   exceptions do not cover are reported by ART9-4-GENETIC-BAN, and lines neither law
#   covers (motor, say) by neither rule.
# related_resources:
#   - ref: https://www.gesetze-im-internet.de/gendg/__18.html
#     description: "Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18(1) sentence 2"
#   - ref: https://www.gov.uk/government/publications/code-on-genetic-testing-and-insurance
#     description: "HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018"
# custom:
#   id: GENETIC-THRESHOLDS
#   severity: violation
#   articles:
#     - cite: GenDG § 18(1)
#       country: DE
#     - GDPR Art. 9(4)
#   countries: [DE, GB]
#   humanReview: Whether each application below the threshold is really decided without the test results, and that no test is ever required.
#   remediation: >-
#     Declare the thresholds the product applies (products[].geneticThresholds), at or
#     above EUR 300,000 or EUR 30,000 a year in Germany and GBP 500,000 for Huntington's
#     disease only in the United Kingdom, and apply them.
#   sources:
#     - kind: legislation
#       title: Germany, Gesetz über genetische Untersuchungen bei Menschen (Gendiagnostikgesetz, GenDG), § 18(1) sentence 2
#       url: https://www.gesetze-im-internet.de/gendg/__18.html
#     - kind: guideline
#       title: HM Government and Association of British Insurers, Code on Genetic Testing and Insurance, October 2018
#       url: https://www.gov.uk/government/publications/code-on-genetic-testing-and-insurance
#   counterexample: |
#     dataCategories:
#       - id: genetic-tests
#         name: Results of predictive genetic tests
#         about: genetic-test
#         class: genetic
#         subjects: [applicant]
#         sources: [data-subject]
#         necessity: Used in the tariff.
#         retention:
#           period: 7 years
#           declinedApplicants: 6 months
#           afterRelationshipEnds: 7 years
#           deletion: automatic
#     decisions:
#       - id: life-underwriting
#         inputs: [identity, age, smoking, build, medical-history, genetic-tests]
#     purposes:
#       - id: underwriting
#         categories: [identity, contact, age, smoking, build, medical-history, medical-reports, genetic-tests]
#     products:
#       - id: term-life
#         countries: [DE, GB]
#   example: |
#     products:
#       - id: term-life
#         geneticThresholds:   # GenDG s. 18(1); UK Code on Genetic Testing and Insurance 2018
#           - country: DE
#             sumInsuredAbove: EUR 300000
#             annualBenefitAbove: EUR 30000
#           - country: GB
#             sumInsuredAbove: GBP 500000
#             conditions: [Huntington's disease]
genetic_thresholds contains finding if {
	some k, p in input.products
	cats := _test_products[p.id]
	some gap in _threshold_gaps[p.id]
	finding := {
		"message": $"product `{p.id}` ({p.line}) uses genetic test results ({lib.quoted(cats)}) in {gap.country} {gap.message}",
		"path": array.concat(["products", k], gap.path),
		"because": [
			$"product `{p.id}` ({p.line}) is sold in {concat(", ", p.countries)}, and genetic test results ({lib.quoted(cats)}) are used for it",
			gap.fact,
			_threshold_law[gap.country],
		],
	}
}
