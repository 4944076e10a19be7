# Lookups and joins over the declaration, built once per evaluation.
#
# Each index is a complete rule, evaluated once per declaration, so a lookup costs the
# same however many entries the declaration has, and rules never repeat a join.
package art22.lib

# METADATA
# title: Data categories by id
categories_by_id := {c.id: c | some c in input.dataCategories}

# METADATA
# title: Consents by id
consents_by_id := {c.id: c | some c in input.consents}

# METADATA
# title: Disclosures by id
disclosures_by_id := {d.id: d | some d in input.disclosures}

# METADATA
# title: Purposes by id
purposes_by_id := {p.id: p | some p in input.purposes}

# METADATA
# title: Decisions by id
decisions_by_id := {d.id: d | some d in input.decisions}

# METADATA
# title: Products by id
products_by_id := {p.id: p | some p in input.products}

# METADATA
# title: Internal roles by id
roles_by_id := {r.id: r | some r in input.access.roles}

# METADATA
# title: The data category with the given id
category(id) := categories_by_id[id]

# METADATA
# title: The consent with the given id
consent(id) := consents_by_id[id]

# METADATA
# title: The disclosure with the given id
disclosure(id) := disclosures_by_id[id]

# METADATA
# title: Whether the data category with the given id is of a special category (Art. 9(1))
# description: >-
#   Derived, not read from the label alone (lib.special_in_fact): a category is special when
#   its class says so, and also when what it is about reveals a special category (smoking,
#   medication, family history, religion...; Art. 4(15), 9(1)) though it is classified
#   otherwise. The latter is reported at its root by ART9-1-UNFLAGGED-HEALTH; rules that
#   depend on it name the root through lib.special_words.
special(id) if special_in_fact[id]

# METADATA
# title: The data categories each decision uses, by decision id
# description: Its inputs and the categories its factors read.
decision_categories := _decision_categories

_decision_categories[d.id] contains c if {
	some d in input.decisions
	some c in d.inputs
}

_decision_categories[d.id] contains f.category if {
	some d in input.decisions
	some f in d.factors
}

# METADATA
# title: Whether decision d uses data category id
uses(d, id) if id in decision_categories[d.id]

# METADATA
# title: The special categories a decision uses, sorted
special_inputs(d) := sort([c | some c in decision_categories[d.id]; special(c)])

# METADATA
# title: Category ids used by some purpose
used_by_purposes := _used_by_purposes

_used_by_purposes contains c if {
	some p in input.purposes
	some c in p.categories
}

# METADATA
# title: Category ids used by some decision
used_by_decisions := _used_by_decisions

_used_by_decisions contains c if {
	some cs in decision_categories
	some c in cs
}

# METADATA
# title: Category ids used by some purpose or decision
used_categories := used_by_purposes | used_by_decisions

# METADATA
# title: The purposes and decisions that use each category, by category id, sorted
users_of := _users_of

_users_of[c.id] := sort([u | some u in _users[c.id]]) if some c in input.dataCategories

_users := _users_clauses

_users_clauses[c] contains p.id if {
	some p in input.purposes
	some c in p.categories
}

_users_clauses[c] contains id if {
	some id, cs in decision_categories
	some c in cs
}

# METADATA
# title: Who uses a category, in words
users_words(id) := quoted(object.get(users_of, id, []))

# METADATA
# title: The recipients and roles that receive or see each category, by category id
receivers_of := _receivers_of

_receivers_of[c] contains r.id if {
	some r in input.recipients
	some c in r.categories
}

_receivers_of[c] contains r.id if {
	some r in input.access.roles
	some c in r.categories
}

# METADATA
# title: The purposes and decisions that rely on each consent, by consent id
# description: >-
#   A purpose relies on its consent when its Art. 6(1) basis is consent or its Art. 9(2)
#   condition is explicit consent; a decision relies on its consent when its Art. 22(2)
#   exception is explicit consent. Each entry is {kind, id, purpose}, purpose being the
#   purpose served (the decision's purpose for a decision).
consent_users := _consent_users

_consent_users[k] contains {"kind": "purpose", "id": p.id, "purpose": p.id} if {
	some p in input.purposes
	k := p.consent
	k != ""
	relies_on_consent(p)
}

_consent_users[d.consent] contains {"kind": "decision", "id": d.id, "purpose": d.purpose} if {
	some d in input.decisions
	d.exception == "explicit-consent"
	d.consent != ""
}

# METADATA
# title: Whether purpose p relies on its consent (as its Art. 6(1)(a) basis or Art. 9(2)(a) condition)
relies_on_consent(p) if p.legalBasis == "consent"

relies_on_consent(p) if p.specialCategoryCondition == "explicit-consent"

# METADATA
# title: The countries whose rules apply to a category
# description: >-
#   Where the products of the decisions that use it are sold, or, for data no decision
#   uses, where any product is sold.
category_countries(id) := cs if {
	cs := {c |
		some d in input.decisions
		uses(d, id)
		some c in products_by_id[d.product].countries
	}
	count(cs) > 0
}

category_countries(id) := {c | some p in input.products; some c in p.countries} if {
	not id in used_by_decisions
}

# METADATA
# title: The products whose decisions or purposes use each category, by category id
category_products := _category_products

_category_products[c] contains d.product if {
	some d in input.decisions
	some c in decision_categories[d.id]
}
