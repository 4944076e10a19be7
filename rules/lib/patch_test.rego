# Helpers for rule tests: change the reference declaration (data.art22.fixture.baseline)
# by naming entries by id, not by position, so that a test says what it changes and keeps
# working when the reference is reordered.
#
#   inp := fixture.change(baseline, "consents", "adm-consent", {"mechanism": "pre-ticked-box"})
#   inp := fixture.with_factor(baseline, "life-underwriting", "smoker-loading", {"appliedBy": "human"})
#
# Values are merged into the entry with object.union, which merges nested objects
# too (a key given replaces that key only); give a whole list to replace a list, and
# use fixture.set_field to replace a value deep inside an entry.
package art22.fixture

# The index of the entry with the given id in a list section of inp.
index(inp, section, id) := i if {
	some i, e in inp[section]
	e.id == id
}

# The JSON Pointer of an entry, or of a field path inside it.
pointer(inp, section, id, fields) := concat("/", array.concat(["", section, format_int(index(inp, section, id), 10)], [_token(f) | some f in fields]))

_token(f) := f if is_string(f)

_token(f) := format_int(f, 10) if is_number(f)

# inp with the entry of section whose id is id merged with patch.
change(inp, section, id, patch) := json.patch(inp, [{
	"op": "replace",
	"path": pointer(inp, section, id, []),
	"value": object.union(inp[section][index(inp, section, id)], patch),
}])

# inp with the value at a field path inside an entry replaced.
set_field(inp, section, id, fields, value) := json.patch(inp, [{"op": "replace", "path": pointer(inp, section, id, fields), "value": value}])

# inp with an entry appended to a list section.
add(inp, section, entry) := json.patch(inp, [{"op": "add", "path": $"/{section}/-", "value": entry}])

# inp without the entry of section whose id is id.
without(inp, section, id) := json.patch(inp, [{"op": "remove", "path": pointer(inp, section, id, [])}])

# inp with the factor factor_id of decision decision_id merged with patch.
with_factor(inp, decision_id, factor_id, patch) := json.patch(inp, [{
	"op": "replace",
	"path": pointer(inp, "decisions", decision_id, ["factors", j]),
	"value": object.union(f, patch),
}]) if {
	some j, f in inp.decisions[index(inp, "decisions", decision_id)].factors
	f.id == factor_id
}

# inp with a factor appended to decision decision_id.
add_factor(inp, decision_id, factor) := json.patch(inp, [{
	"op": "add",
	"path": pointer(inp, "decisions", decision_id, ["factors", "-"]),
	"value": factor,
}])

# inp with the disclosure claims on topic (about the entry field = id, when field is not
# empty) removed from disclosure ds_id.
without_claims(inp, ds_id, topic) := set_field(inp, "disclosures", ds_id, ["covers"], [c |
	some c in inp.disclosures[index(inp, "disclosures", ds_id)].covers
	c.topic != topic
])

# A whole input section replaced, e.g. with_section(baseline, ["security", "correspondence"], {...}).
with_section(inp, fields, value) := json.patch(inp, [{"op": "replace", "path": concat("/", array.concat([""], fields)), "value": value}])

test_index_and_pointer if {
	index(baseline, "decisions", "life-underwriting") == 0
	pointer(baseline, "decisions", "life-underwriting", ["factors", 1, "appliedBy"]) == "/decisions/0/factors/1/appliedBy"
}

test_change_merges_into_the_entry if {
	inp := change(baseline, "consents", "adm-consent", {"mechanism": "pre-ticked-box"})
	c := inp.consents[index(inp, "consents", "adm-consent")]
	c.mechanism == "pre-ticked-box"
	c.explicit == true
}

test_with_factor_merges_into_the_factor if {
	inp := with_factor(baseline, "life-underwriting", "smoker-loading", {"appliedBy": "human"})
	some f in inp.decisions[0].factors
	f.id == "smoker-loading"
	f.appliedBy == "human"
	f.effect == "premium-loading"
}

test_add_and_without if {
	inp := add(baseline, "purposes", object.union(baseline.purposes[0], {"id": "extra"}))
	index(inp, "purposes", "extra") == count(baseline.purposes)
	out := without(inp, "purposes", "extra")
	out == baseline
}
