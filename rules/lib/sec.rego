# Qualifications for security, breaches and retention, from facts rather than labels.
#
# Added with the security, breach and retention rules: which categories are special in
# fact (whatever class they are given), which Art. 34 criteria the data held calls for,
# and which limitation periods apply to a category. Each rule is evaluated once per
# declaration.
package art22.lib

# METADATA
# title: The special category each data category in fact is, by category id
# description: >-
#   A category whose class is an Art. 9(1) class is special; so is one declared with
#   another class whose topic reveals health, a genetic trait or another special category
#   (health_topics, genetic_topics, other_special_topics): the label does not take it out
#   of Art. 9(1), and ART9-1-UNFLAGGED-HEALTH reports the label. Value: {class, root}: the
#   class it is (declared, or revealed by its topic) and, when the class was not declared,
#   the rule that reports the label.
special_in_fact := _special_in_fact

_special_in_fact[c.id] := {"class": c.class, "root": ""} if {
	some c in input.dataCategories
	c.class in special_classes
}

_special_in_fact[c.id] := {"class": revealed_class(c.about), "root": "ART9-1-UNFLAGGED-HEALTH"} if {
	some c in input.dataCategories
	not c.class in special_classes
	revealed_class(c.about)
}

# METADATA
# title: The Art. 9(1) class a topic reveals
revealed_class(about) := "health" if about in health_topics

revealed_class(about) := "genetic" if about in genetic_topics

revealed_class(about) := other_special_topics[about]

# METADATA
# title: The categories used by a purpose or decision that are special in fact, sorted
special_used := sort({id | some id in used_categories; special_in_fact[id]})

# METADATA
# title: A special category in words, with the rule that reports its label when its class was not declared
special_words(id) := $"`{id}` ({special_in_fact[id].class})" if special_in_fact[id].root == ""

special_words(id) := $"`{id}` (declared {category(id).class}, but about {category(id).about}: {special_in_fact[id].class} data, {special_in_fact[id].root})" if {
	special_in_fact[id].root != ""
}

# METADATA
# title: A list of special categories in words
specials_words(ids) := concat(", ", [special_words(id) | some id in ids])

# METADATA
# title: The Art. 34 criteria the data held calls for, with the categories that call for each
# description: >-
#   A breach exposes whatever is held. Each declared category calls for the criterion of
#   its topic (breach_criteria_by_topic: identity, contact and national-id data expose
#   people to phishing and identity fraud, financial data to fraud, location to tracking)
#   and, when it is special in fact, for special-categories. Value: criterion to the sorted
#   category ids.
breach_exposure := _breach_exposure

_breach_exposure[criterion] := sort(ids) if {
	some criterion in _exposed_criteria
	ids := {id | some id, cs in _criteria_of; criterion in cs}
}

_criteria_of := _criteria_of_clauses

_criteria_of_clauses[c.id] contains breach_criteria_by_topic[c.about] if some c in input.dataCategories

_criteria_of_clauses[id] contains "special-categories" if some id, _ in special_in_fact

_exposed_criteria := _exposed_criteria_clauses

_exposed_criteria_clauses contains x if {
	some cs in _criteria_of
	some x in cs
}

# METADATA
# title: The products whose limitation period bounds a category's retention after the relationship ends
# description: >-
#   The products whose decisions use the category; for a category no decision uses, every
#   product (as category_countries does), since data of any customer may be in it.
limitation_products(id) := {products_by_id[p] | some p in category_products[id]} if category_products[id]

limitation_products(id) := {p | some p in input.products} if not category_products[id]

# METADATA
# title: Whether a category's retention after the relationship ends is within the limitation period of every product it serves
# description: >-
#   Claims under a contract can be brought until the limitation period runs out, so keeping
#   the data that long after the contract ends needs no other reason. Beyond the shortest
#   limitation period of the products whose decisions use the category, or where one of
#   them declares none, it does.
within_limitation(c) if {
	d := c.retention.afterRelationshipEnds
	d.declared
	not d.indefinite
	every p in limitation_products(c.id) {
		p.limitationPeriod.declared
		not longer(d, p.limitationPeriod)
	}
}
