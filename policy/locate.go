package policy

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// SplitPointer splits a JSON Pointer (RFC 6901) into its unescaped tokens.
func SplitPointer(p string) []string {
	if p == "" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	for i, s := range parts {
		if strings.Contains(s, "~") {
			parts[i] = strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
		}
	}
	return parts
}

// JoinPointer builds a JSON Pointer from tokens, escaping them.
func JoinPointer(tokens ...string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		if strings.ContainsAny(t, "~/") {
			t = strings.ReplaceAll(strings.ReplaceAll(t, "~", "~0"), "/", "~1")
		}
		b.WriteString(t)
	}
	return b.String()
}

// Locate returns the position in the YAML file of the place a JSON Pointer
// names, and whether that place is written in the file. When it is not (a
// field left out, whose default the rules saw), the position is that of the
// nearest enclosing entry that is: where the missing field belongs.
//
// A mapping entry is located at its key when its value is a mapping or a
// list, and at its value otherwise; a list item at its first line. Aliases
// and merge keys are followed, so a place that comes from an anchor is
// located where the anchor defines it.
func (d *Declaration) Locate(pointer string) (pos Position, exact bool) {
	if d.src == nil {
		return Position{}, false
	}
	toks := SplitPointer(pointer)
	if len(toks) >= 2 && toks[0] == "waivers" {
		if i, err := strconv.Atoi(toks[1]); err == nil && i >= d.src.ownWaivers && i-d.src.ownWaivers < len(d.src.extraWaivers) {
			return d.src.extraWaivers[i-d.src.ownWaivers], len(toks) == 2
		}
	}
	pos = Position{File: d.src.file}
	at := d.src.root
	pos.Line, pos.Column = at.Line, at.Column
	exact = true
	for _, tok := range toks {
		n := resolve(at)
		var key, next *yaml.Node
		switch n.Kind {
		case yaml.MappingNode:
			for _, p := range pairs(nil, n, "") {
				if keyName(p.key) == tok {
					key, next = p.key, resolve(p.value)
					break
				}
			}
		case yaml.SequenceNode:
			if i, err := strconv.Atoi(tok); err == nil && i >= 0 && i < len(n.Content) {
				next = resolve(n.Content[i])
			}
		}
		if next == nil {
			return pos, false
		}
		switch {
		case key != nil && (next.Kind == yaml.MappingNode || next.Kind == yaml.SequenceNode || isNull(next)):
			pos.Line, pos.Column = key.Line, key.Column
		default:
			pos.Line, pos.Column = next.Line, next.Column
		}
		at = next
	}
	return pos, exact
}
