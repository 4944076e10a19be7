# METADATA
# title: Equal treatment of women and men in insurance
# description: Rules from Directive 2004/113/EC on sex as a rating factor, for products sold in EU Member States.
package art22.rules.equal_treatment

import data.art22.lib

rating_effects := {"premium-loading", "price", "discount", "decline", "exclusion", "postponement"}

# METADATA
# title: Sex, or pregnancy, is a rating factor
# description: >-
#   In contracts concluded from 21 December 2012, the use of sex as a factor in the
#   calculation of premiums and benefits must not result in differences in individuals'
#   premiums and benefits (Directive 2004/113/EC Art. 5(1), after the CJEU declared the
#   derogation of Art. 5(2) invalid in C-236/09 Test-Achats), and costs related to pregnancy
#   and maternity must not result in differences in premiums and benefits (Art. 5(3)). The
#   rule fires for a factor that reads sex, or a category declared to stand in for it, or
#   pregnancy, with an effect on price or cover, for products sold in an EU Member State.
#   Collecting sex for other purposes is not caught. Whether the directive's rules also bind
#   products sold in EEA or other states through national law is not checked here.
# custom:
#   id: GENDER-UNISEX
#   severity: violation
#   articles:
#     - Directive 2004/113/EC Art. 5(1)
#     - Directive 2004/113/EC Art. 5(3)
#     - GDPR Art. 5(1)(a)
#   humanReview: Whether other factors act as a proxy for sex in effect (e.g. occupation mix), and the law of non-EU countries of sale.
#   remediation: Remove sex (and any proxy for it) and pregnancy from the rating factors of products sold in the EU.
#   sources:
#     - kind: legislation
#       title: Council Directive 2004/113/EC of 13 December 2004 implementing the principle of equal treatment between men and women in the access to and supply of goods and services, Art. 5
#       url: https://eur-lex.europa.eu/eli/dir/2004/113/oj
#     - kind: judgment
#       title: CJEU, Case C-236/09, Association belge des Consommateurs Test-Achats ASBL and Others v Conseil des ministres, judgment of 1 March 2011, ECLI:EU:C:2011:100
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-236/09
#     - kind: guideline
#       title: European Commission, Guidelines on the application of Council Directive 2004/113/EC to insurance, in the light of the judgment of the Court of Justice of the European Union in Case C-236/09 (Test-Achats), 2012/C 11/01
#   example: |
#     factors:
#       - id: smoker-loading
#         category: smoking      # no factor reads sex or pregnancy
sex_rating contains finding if {
	some i, d in input.decisions
	eu := [c | some c in lib.products_by_id[d.product].countries; c in lib.eu_countries]
	count(eu) > 0
	some j, f in d.factors
	f.effect in rating_effects
	c := lib.category(f.category)
	reads := ({c.about} | {t | some t in c.proxyFor}) & {"sex", "pregnancy"}
	count(reads) > 0
	finding := {
		"message": sprintf("factor `%s` makes %s a rating factor (%s) for a product sold in the EU", [f.id, concat(" and ", sort(reads)), f.effect]),
		"path": ["decisions", i, "factors", j],
		"because": [
			sprintf("factor `%s` in decision `%s` reads `%s` (about %s%s) with effect %s", [f.id, d.id, c.id, c.about, proxy_note(c), f.effect]),
			sprintf("product `%s` is sold in %s", [d.product, concat(", ", sort(eu))]),
		],
	}
}

proxy_note(c) := sprintf("; a proxy for %s", [concat(", ", c.proxyFor)]) if count(c.proxyFor) > 0

proxy_note(c) := "" if count(c.proxyFor) == 0
