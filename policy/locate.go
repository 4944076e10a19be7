package policy

import (
	"strconv"
	"strings"
	"sync"

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
			if p, ok := d.src.index.lookup(n, tok); ok {
				key, next = p.key, resolve(p.value)
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

// locateIndex maps the entries of each mapping Locate has looked into,
// merge keys applied, by key: each mapping is listed once, however many
// places are located in it. Without it, locating a finding in a mapping
// that merges many aliases cost the whole merge for every finding.
type locateIndex struct {
	mu   sync.Mutex
	maps map[*yaml.Node]map[string]pair
}

func (x *locateIndex) lookup(m *yaml.Node, key string) (pair, bool) {
	if x == nil {
		for _, p := range pairs(nil, m, "") {
			if keyName(p.key) == key {
				return p, true
			}
		}
		return pair{}, false
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	entries, ok := x.maps[m]
	if !ok {
		ps := pairs(nil, m, "")
		entries = make(map[string]pair, len(ps))
		for _, p := range ps {
			if _, dup := entries[keyName(p.key)]; !dup {
				entries[keyName(p.key)] = p
			}
		}
		if x.maps == nil {
			x.maps = map[*yaml.Node]map[string]pair{}
		}
		x.maps[m] = entries
	}
	p, ok := entries[key]
	return p, ok
}
