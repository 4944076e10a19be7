package checker

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// A rule's examples are YAML fragments of a declaration, written from its
// top (apiVersion, controller, decisions...): custom.example, compliant, and
// custom.counterexample, which makes the rule fire. A fragment applies to a
// declaration by MergeFragment; the rule's tests (TestRuleExamples) apply the
// counterexample to the reference declaration (examples/reference), check
// that the rule fires, then apply the example and check that it is quiet.

// MergeFragment applies a YAML fragment of a declaration to a declaration
// (both decoded YAML: maps, lists, scalars), and returns the result; decl is
// not changed. The rules, recursively:
//
//   - a mapping merges into a mapping key by key; a key whose value is null
//     is removed;
//   - a list whose items are all mappings with an id merges into a list of
//     such mappings entry by entry: an item whose id is already there merges
//     into that entry, another is appended;
//   - anything else (a scalar, another list) replaces the value.
func MergeFragment(decl, fragment any) any {
	switch f := fragment.(type) {
	case map[string]any:
		d, ok := decl.(map[string]any)
		if !ok {
			d = map[string]any{}
		}
		out := make(map[string]any, len(d)+len(f))
		for k, v := range d {
			out[k] = v
		}
		for k, v := range f {
			if v == nil {
				delete(out, k)
				continue
			}
			out[k] = MergeFragment(d[k], v)
		}
		return out
	case []any:
		d, ok := decl.([]any)
		if !ok || !byID(f) || !byID(d) {
			return f
		}
		out := append([]any(nil), d...)
		for _, item := range f {
			id := item.(map[string]any)["id"]
			i := indexByID(out, id)
			if i < 0 {
				out = append(out, item)
				continue
			}
			out[i] = MergeFragment(out[i], item)
		}
		return out
	}
	return fragment
}

// ApplyFragment applies the YAML fragment text to a declaration's YAML and
// returns the merged declaration's YAML (anchors and aliases written out).
func ApplyFragment(declYAML []byte, fragment string) ([]byte, error) {
	d, err := decodeYAML(declYAML)
	if err != nil {
		return nil, fmt.Errorf("declaration: %w", err)
	}
	f, err := decodeYAML([]byte(fragment))
	if err != nil {
		return nil, fmt.Errorf("fragment: %w", err)
	}
	if _, ok := f.(map[string]any); !ok {
		return nil, fmt.Errorf("fragment: a part of a declaration, from its top (decisions:, consents:...), not %T", f)
	}
	return yaml.Marshal(MergeFragment(d, f))
}

// byID reports whether every item of a list is a mapping with an id.
func byID(l []any) bool {
	for _, v := range l {
		m, ok := v.(map[string]any)
		if !ok || m["id"] == nil {
			return false
		}
	}
	return true
}

func indexByID(l []any, id any) int {
	for i, v := range l {
		if v.(map[string]any)["id"] == id {
			return i
		}
	}
	return -1
}

// decodeYAML decodes YAML into maps, lists and scalars, dates kept as
// written (YYYY-MM-DD), not as times.
func decodeYAML(data []byte) (any, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, err
	}
	return nodeValue(&n)
}

func nodeValue(n *yaml.Node) (any, error) {
	switch n.Kind {
	case 0:
		return nil, nil
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeValue(n.Content[0])
	case yaml.AliasNode:
		return nodeValue(n.Alias)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			v, err := nodeValue(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			m[n.Content[i].Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		l := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := nodeValue(c)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	}
	if n.ShortTag() == "!!timestamp" {
		return n.Value, nil
	}
	var v any
	err := n.Decode(&v)
	return v, err
}
