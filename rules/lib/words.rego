# Shared wording for messages and because.
#
# One place for the words rules put into findings, so that the same fact reads the same in
# every rule.
package art22.lib

# METADATA
# title: Words for effects and outcomes
effect_words := {
	"decline": "declines the application",
	"premium-loading": "loads the premium",
	"exclusion": "excludes cover",
	"postponement": "postpones cover",
	"price": "sets the price",
	"discount": "discounts the premium",
	"referral": "refers the case to a human",
	"investigation": "selects the person for a check or investigation",
}

# METADATA
# title: A list of ids as `a`, `b`, `c`, or none
quoted(ids) := "none" if count(ids) == 0

quoted(ids) := concat(", ", [$"`{x}`" | some x in ids]) if count(ids) > 0

# METADATA
# title: A list of plain words joined with commas, or none
listed(xs) := "none" if count(xs) == 0

listed(xs) := concat(", ", [x | some x in xs]) if count(xs) > 0

# METADATA
# title: A list of channels, or none
channels_words(cs) := listed(cs)

# METADATA
# title: A duration as declared, or (not declared)
duration_words(d) := d.text if d.declared

duration_words(d) := "(not declared)" if not d.declared

# METADATA
# title: A date, or never
date_words(d) := "never" if d == ""

date_words(d) := d if d != ""

# METADATA
# title: A decision's exception in words
exception_words(d) := d.exception if d.exception != ""

exception_words(d) := "none declared" if d.exception == ""

# METADATA
# title: The adverse outcomes a decision within Art. 22(1) reaches, in words
art22_outcomes_words(d) := listed(within_art22[d.id].outcomes)

# METADATA
# title: Why a decision is within Art. 22(1), as one because line
# description: >-
#   Names the facts and, where the qualification follows from another rule's finding, that
#   rule's id, so that a consequence names its root.
art22_because(d) := $"decision `{d.id}` is within Art. 22(1): {concat("; ", [r.text | some r in within_art22[d.id].reasons])}"

# METADATA
# title: What a declared proxy adds, in words
proxy_note(c) := $"; declared a proxy for {concat(", ", c.proxyFor)}" if count(c.proxyFor) > 0

proxy_note(c) := "" if count(c.proxyFor) == 0
