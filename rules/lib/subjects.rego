# Whose data a category holds, and whether the people it is about have a basis of their own.
#
# Data about a spouse, relatives, children or beneficiaries is about people who are not the
# person applying, insured or party: it is obtained from others for them (Art. 14), whatever
# the source (the person's answers, the person's own device), and the person cannot consent
# for them. These rules say which categories hold such data and why it has no basis of the
# other people's own. Read by ART5-1A-RELATIVES-DATA (the root) and ART14-THIRD-PARTY-SOURCE.
package art22.lib

# METADATA
# title: The subjects of each data category who are not the person applying, insured or party, by category id, sorted
# description: >-
#   A spouse, relatives, a child or a beneficiary (every subject outside own_subjects). For
#   them the data is obtained from others, even when the person gives it or it is observed
#   from the person's own device.
other_subjects := _other_subjects

_other_subjects[c.id] := sort(others) if {
	some c in input.dataCategories
	others := {s | some s in c.subjects; not s in own_subjects}
	count(others) > 0
}

# The consents of the purposes that use a category and rely on consent for it, given by
# every other subject themselves (givenBy names them).
_others_consents(id, others) := {p.consent |
	some p in input.purposes
	id in p.categories
	p.consent != ""
	relies_on_consent(p)
	k := consent(p.consent)
	every s in others {
		s in k.givenBy
	}
}

# An explicit consent the other people gave themselves, and that is valid (Art. 9(2)(a)).
_others_basis(id, others) if {
	some k in _others_consents(id, others)
	explicit_consent_valid(k)
}

# An Art. 9(2) condition other than consent, resting on a named law.
_others_basis(id, _) if {
	some p in input.purposes
	id in p.categories
	not p.specialCategoryCondition in {"", "explicit-consent"}
	trim_space(p.conditionLaw) != ""
}

# Why a consent the other people gave is no basis for them.
_others_consent_fact(k) := consent_invalid_fact(k) if not consent_valid(k)

_others_consent_fact(k) := $"consent `{k}` is valid but not explicit, as Art. 9(2)(a) requires" if {
	consent_valid(k)
	not consent(k).explicit
}

# METADATA
# title: The categories of special-category data about other people that have no basis of their own, by category id
# description: >-
#   A category of a special category (Art. 9(1)), used by a purpose or a decision, whose
#   subjects include people other than the person (other_subjects), with neither an explicit
#   and valid consent those people gave themselves (givenBy names them; validity as in
#   consent_valid) nor an Art. 9(2) condition other than consent resting on a named law.
#   Value: {others: the other subjects, facts: why the consents they gave are no basis,
#   roots: the rules whose findings make those consents invalid, sorted}. Reported by
#   ART5-1A-RELATIVES-DATA.
others_without_basis := _others_without_basis

_others_without_basis[c.id] := {
	"others": others,
	"facts": sort([_others_consent_fact(k) | some k in consents]),
	"roots": sort({r | some k in consents; some r in consent_invalid_rules(k)}),
} if {
	some c in input.dataCategories
	special(c.id)
	c.id in used_categories
	others := other_subjects[c.id]
	not _others_basis(c.id, others)
	consents := _others_consents(c.id, others)
}
