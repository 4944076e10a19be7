# METADATA
# title: Equal treatment of women and men in insurance
# description: Rules from Directive 2004/113/EC on sex as a rating factor, for products sold in EU Member States.
package art22.rules.equal_treatment

import data.art22.lib

# Effects by which a factor makes a difference in premiums or benefits.
_rating_effects := {"premium-loading", "price", "discount", "decline", "exclusion", "postponement"}

# What a factor reads that Art. 5 of the Directive forbids as a rating factor: sex
# (Art. 5(1)) and pregnancy (Art. 5(3)), directly or through a category declared to stand
# in for sex.
_forbidden_topics := {"sex", "pregnancy"}

_reads(c) := ({c.about} | {t | some t in c.proxyFor}) & _forbidden_topics

_eu_countries(d) := sort([c | some c in lib.products_by_id[d.product].countries; c in lib.eu_countries])

_reads_words(c) := $"`{c.id}` ({c.name}), about {c.about}{lib.proxy_note(c)}"

_provision("sex") := "Art. 5(1): sex may not result in differences in individuals' premiums and benefits"

_provision("pregnancy") := "Art. 5(3): costs related to pregnancy and maternity may not result in differences in individuals' premiums and benefits"

# METADATA
# title: Sex, or pregnancy, is a rating factor
# description: >-
#   The use of sex as a factor in the calculation of premiums and benefits must not result
#   in differences in individuals' premiums and benefits (Directive 2004/113/EC Art.
#   5(1)). That rule bound new contracts concluded after 21 December 2007 in Member States
#   that did not use the derogation of Art. 5(2) for proportionate differences based on
#   relevant and accurate actuarial data; the CJEU declared Art. 5(2) invalid with effect
#   from 21 December 2012 (C-236/09 Test-Achats, 1 March 2011), so from that date it binds
#   every new contract. The Commission's guidelines on the judgment (2012/C 11/01,
#   published in the Official Journal on 13 January 2012) explain its application to
#   insurance. In any event, costs related to pregnancy and maternity must not result in
#   differences in individuals' premiums and benefits (Art. 5(3); its English wording was
#   read here only in secondary sources). The declaration describes how new applications
#   are rated today, so the rule fires for a factor, in a decision for a product sold in an
#   EU Member State, that reads a category about sex or pregnancy, or one whose proxyFor
#   includes sex, with an effect on price or cover. Collecting sex for other purposes (the
#   guidelines allow its use in internal pricing and reserving at an aggregate level) is
#   not caught. Whether the Directive's rules bind products sold in EEA or other states
#   through national law is not checked here.
# related_resources:
#   - ref: https://eur-lex.europa.eu/eli/dir/2004/113/oj
#     description: "Council Directive 2004/113/EC of 13 December 2004 implementing the principle of equal treatment between men and women in the access to and supply of goods and services, Art. 5"
#   - ref: https://curia.europa.eu/juris/liste.jsf?num=C-236/09
#     description: "CJEU (Grand Chamber), Case C-236/09, Association belge des Consommateurs Test-Achats ASBL and Others v Conseil des ministres, judgment of 1 March 2011, ECLI:EU:C:2011:100 (Art. 5(2) invalid with effect from 21 December 2012)"
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
#       title: CJEU (Grand Chamber), Case C-236/09, Association belge des Consommateurs Test-Achats ASBL and Others v Conseil des ministres, judgment of 1 March 2011, ECLI:EU:C:2011:100 (Art. 5(2) invalid with effect from 21 December 2012)
#       url: https://curia.europa.eu/juris/liste.jsf?num=C-236/09
#     - kind: guideline
#       title: European Commission, Guidelines on the application of Council Directive 2004/113/EC to insurance, in the light of the judgment of the Court of Justice of the European Union in Case C-236/09 (Test-Achats), 2012/C 11/01, OJ C 11, 13.1.2012, p. 1
#   counterexample: |
#     dataCategories:
#       - id: sex
#         name: Sex
#         about: sex
#         class: ordinary
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
#         factors:
#           - {id: sex-rating, category: sex, effect: price, appliedBy: engine}
#   example: |
#     dataCategories:
#       - id: sex
#         name: Sex
#         about: sex
#         class: ordinary
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
#         factors:   # a unisex tariff: sex never sets the price or the terms
#           - {id: sex-rating, category: sex, effect: referral, appliedBy: engine}
sex_rating contains finding if {
	some i, d in input.decisions
	eu := _eu_countries(d)
	count(eu) > 0
	some j, f in d.factors
	f.effect in _rating_effects
	c := lib.category(f.category)
	some topic in _reads(c)
	finding := {
		"message": $"factor `{f.id}` makes {topic} a rating factor ({f.effect}) for a product sold in the EU",
		"path": ["decisions", i, "factors", j],
		"because": [
			$"factor `{f.id}` in decision `{d.id}` reads {_reads_words(c)}, with effect {f.effect}",
			$"product `{d.product}` is sold in {lib.listed(eu)}",
			_provision(topic),
		],
	}
}
