# METADATA
# title: Fairness and transparency of processing (GDPR Art. 5(1)(a))
# description: Rules on whether people can see how the processing treats them.
package art22.rules.fairness

import data.art22.lib

# METADATA
# title: A rating factor changes the outcome automatically, but the person is not told at the decision
# description: >-
#   For every rating factor that the engine applies without human review and that
#   declines, loads the premium, excludes cover or postpones it, a text shown at or
#   after the decision must say that the factor applied (factor-applied) and to what
#   extent (factor-extent), each claim backed by a quote that stands in the text. A
#   field such as "Smoker: yes" on the certificate says what was recorded, not that
#   it loaded the premium or by how much. General terms shown before the application
#   ("lifestyle can lead to a loading") do not make the individual effect clear at the
#   decision. The rule does not judge factors that only set the price within a standard
#   tariff (effect price) or that a human reviews; Art. 13(2)(f) and 15(1)(h) cover the
#   general logic.
# custom:
#   id: ART5-1A-FACTOR-NOT-DISCLOSED
#   severity: violation
#   articles:
#     - GDPR Art. 5(1)(a)
#     - GDPR Art. 13(2)(f)
#     - GDPR Art. 22(3)
#   remediation: >-
#     Show, with the decision (decision notice or policy certificate), that the factor
#     changed the outcome and by how much, e.g. "Because you told us you smoke, your
#     premium includes a smoker loading of 60%." Then declare the claims in the
#     disclosure's covers with topics factor-applied and factor-extent, quoting those words.
#   sources:
#     - kind: decision
#       title: Persónuvernd (Icelandic DPA), case 2024020415, TM tryggingar hf. and TM líftryggingar hf., automated decision-making in life and critical-illness insurance, decision of 23 September 2024
#   example: |
#     disclosures:
#       - id: certificate
#         kind: policy-certificate
#         stage: at-decision
#         text: |
#           Smoker: yes. Because you smoke, your premium includes a smoker loading of 60%.
#         covers:
#           - topic: factor-applied
#             factor: smoking
#             quote: Because you smoke, your premium includes a smoker loading
#           - topic: factor-extent
#             factor: smoking
#             quote: a smoker loading of 60%
factor_not_disclosed contains finding if {
	some i, d in input.decisions
	some j, f in d.factors
	f.appliedBy == "engine"
	f.effect in lib.adverse_effects
	shown := lib.shown_at_decision(d)
	missing := [t | some t in ["factor-applied", "factor-extent"]; not told(shown, t, f.id)]
	count(missing) > 0
	finding := {
		"message": sprintf("factor `%s` %s automatically, but no text shown at the decision says %s", [
			f.id, lib.effect_words[f.effect], concat(" or ", [missing_words[t] | some t in missing]),
		]),
		"path": ["decisions", i, "factors", j],
		"because": array.concat(
			[
				sprintf("factor `%s` (data category `%s`) %s in decision `%s`, applied by the engine with no human review%s", [f.id, f.category, lib.effect_words[f.effect], d.id, extent_note(f)]),
				shown_note(d, shown, f.id, missing),
			],
			array.concat(lib.unevidenced(shown, "factor-applied", "factor", f.id), lib.unevidenced(shown, "factor-extent", "factor", f.id)),
		),
	}
}

missing_words := {
	"factor-applied": "that it applied",
	"factor-extent": "to what extent",
}

told(shown, topic, id) if {
	some ds in shown
	lib.says_about(ds, topic, "factor", id)
}

extent_note(f) := sprintf(" (extent declared: %s)", [f.extent]) if f.extent != ""

extent_note(f) := "" if f.extent == ""

shown_note(d, shown, _, _) := sprintf("no text is shown at or after decision `%s`", [d.id]) if count(shown) == 0

shown_note(_, shown, id, missing) := sprintf("shown at the decision: %s; none of them says %s for `%s`", [
	lib.quoted([ds.id | some ds in shown]),
	concat(" or ", missing),
	id,
]) if count(shown) > 0
