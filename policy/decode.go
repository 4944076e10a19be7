package policy

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// The decoder turns a YAML node tree into the declaration's Go types,
// strictly: every unknown field, wrong type, value outside an enum, missing
// required field and duplicate key is reported with its position, and
// decoding goes on so that one run reports every problem of a file.

type decoder struct {
	ctx    context.Context // nil: never stopped
	halted bool            // ctx was done: decoding stopped, errors moot
	file   string
	errs   Errors
	budget int // node visits left; bounds alias expansion
	limit  int // the budget at the start
	// ratioBound is true when the budget is set by the ratio to the nodes
	// written rather than by Limits.MaxNodes.
	ratioBound bool
	spent      bool
	quiet      bool // report nothing (locating, not loading)
	maxErrs    int  // errors kept; 0: no cap
	more       int  // errors found past maxErrs, counted only
	block      bool // decoding a block text field
	idRegistry
}

type fieldInfo struct {
	name      string // YAML key
	index     []int  // of the field, through inline structs
	required  bool
	minItems  int
	idSpace   string
	refSpace  string
	block     bool // prose over several lines: newlines and tabs allowed
	pointer   bool // a JSON Pointer: required, but "" (the whole declaration) is one
	fieldType reflect.Type
}

type structInfo struct {
	fields []fieldInfo
	byName map[string]*fieldInfo
	names  []string
	inline [][]int // the structs written inline (yaml:",inline"), whose checks apply too
}

var structCache sync.Map // reflect.Type -> *structInfo

func infoFor(t reflect.Type) *structInfo {
	if v, ok := structCache.Load(t); ok {
		return v.(*structInfo)
	}
	si := &structInfo{byName: map[string]*fieldInfo{}}
	addStructFields(si, t, nil)
	for i := range si.fields {
		si.byName[si.fields[i].name] = &si.fields[i]
	}
	v, _ := structCache.LoadOrStore(t, si)
	return v.(*structInfo)
}

// addStructFields adds the fields of struct type t, at index path at, to si: a
// field tagged yaml:",inline" adds its struct's fields, as if written in t.
func addStructFields(si *structInfo, t reflect.Type, at []int) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		index := append(slices.Clone(at), i)
		name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" && opts == "inline" {
			if f.Type.Kind() != reflect.Struct {
				panic("policy: yaml:\",inline\" on " + t.String() + "." + f.Name + ", which is not a struct")
			}
			si.inline = append(si.inline, index)
			addStructFields(si, f.Type, index)
			continue
		}
		if name == "-" || name == "" {
			continue
		}
		if slices.Contains(si.names, name) {
			panic("policy: field " + name + " of " + t.String() + " is written twice (inline)")
		}
		fi := fieldInfo{name: name, index: index, fieldType: f.Type}
		for _, part := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			switch {
			case part == "required":
				fi.required = true
			case strings.HasPrefix(part, "minItems="):
				fi.minItems, _ = strconv.Atoi(strings.TrimPrefix(part, "minItems="))
			}
		}
		if a, ok := strings.CutPrefix(f.Tag.Get("art22"), "id="); ok {
			fi.idSpace = a
		}
		if a, ok := strings.CutPrefix(f.Tag.Get("art22"), "ref="); ok {
			fi.refSpace = a
		}
		fi.block = f.Tag.Get("art22") == "block"
		fi.pointer = f.Tag.Get("art22") == "pointer"
		si.fields = append(si.fields, fi)
		si.names = append(si.names, name)
	}
}

func (d *decoder) errorf(n *yaml.Node, code Code, field, format string, args ...any) {
	if d.quiet {
		return
	}
	if d.full() {
		d.more++
		return
	}
	e := &Error{Position: Position{File: d.file}, Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	d.errs = append(d.errs, e)
}

// full reports whether the decoder keeps no more errors: past the cap they
// are only counted, and the work of describing them (suggestions) skipped.
func (d *decoder) full() bool {
	return d.maxErrs > 0 && len(d.errs) >= d.maxErrs
}

// visit spends one unit of the node budget; it returns false once the
// budget is exhausted, after reporting it once.
func (d *decoder) visit(n *yaml.Node) bool {
	if d.halted {
		return false
	}
	// Every 1024 visits, look at the context: a stopped load returns
	// within milliseconds, whatever the declaration holds.
	if d.ctx != nil && d.budget&1023 == 0 && d.ctx.Err() != nil {
		d.halted = true
		return false
	}
	if d.budget <= 0 {
		if !d.spent && !d.quiet {
			d.spent = true
			e := &Error{Position: Position{File: d.file, Line: n.Line, Column: n.Column}, Code: CodeLimit}
			if d.ratioBound {
				e.Message = fmt.Sprintf("aliases and merge keys expand the declaration to more than %d YAML nodes, over ten times what is written: this guards against alias bombs", d.limit)
			} else {
				e.Message, e.Limit = fmt.Sprintf("the declaration expands to more than %d YAML nodes", d.limit), "MaxNodes"
			}
			d.errs = append(d.errs, e)
		}
		d.spent = true
		return false
	}
	d.budget--
	return true
}

// resolve follows aliases to the node they name.
func resolve(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!bool":
			return "a boolean (" + n.Value + ")"
		case "!!int", "!!float":
			return "a number (" + n.Value + ")"
		case "!!null":
			return "nothing (null)"
		}
		return fmt.Sprintf("the text %q", n.Value)
	}
	return "something else"
}

type pair struct{ key, value *yaml.Node }

// pairs lists the entries of a mapping, merge keys (<<) applied: keys written
// in the mapping win over merged ones, and earlier merged mappings win over
// later ones. With a decoder, duplicate keys are reported and merged entries
// spend the node budget (nested merges of aliases could otherwise cost
// exponential time); without one, a budget of MaxNodes applies.
func pairs(d *decoder, m *yaml.Node, field string) []pair {
	if d == nil {
		d = &decoder{budget: MaxNodes, limit: MaxNodes, quiet: true}
	}
	return d.pairs(m, field, true)
}

func (d *decoder) pairs(m *yaml.Node, field string, own bool) []pair {
	var merged []pair
	mine := make([]pair, 0, len(m.Content)/2)
	var seen map[string]*yaml.Node
	if own && !d.quiet {
		seen = make(map[string]*yaml.Node, len(m.Content)/2)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.ShortTag() == "!!merge" {
			for _, src := range mergeSources(v) {
				if !d.visit(src) {
					return mine
				}
				merged = append(merged, d.pairs(src, field, false)...)
				if d.spent {
					return mine
				}
			}
			continue
		}
		// Entries of a merged mapping are not written here: each use of
		// one spends the budget, or merging N aliases of a mapping of K
		// keys would cost N×K for free.
		if !own && !d.visit(k) {
			return mine
		}
		// A key may be an alias (*k : value): it is the key it names, and
		// counts as that key for duplicates.
		rk := resolve(k)
		if own && !d.quiet && rk != nil && rk.Kind == yaml.ScalarNode {
			if first, dup := seen[rk.Value]; dup {
				d.errorf(k, CodeDuplicateKey, join(field, rk.Value), "duplicate key %q (first at line %d)", rk.Value, first.Line)
				continue
			}
			seen[rk.Value] = k
		}
		mine = append(mine, pair{k, v})
	}
	if len(merged) == 0 {
		return mine
	}
	have := map[string]bool{}
	for _, p := range mine {
		have[keyName(p.key)] = true
	}
	out := mine
	for _, p := range merged {
		if name := keyName(p.key); !have[name] {
			have[name] = true
			out = append(out, p)
		}
	}
	return out
}

// keyName is the name of a mapping key, through an alias.
func keyName(k *yaml.Node) string {
	if r := resolve(k); r != nil {
		return r.Value
	}
	return ""
}

func mergeSources(v *yaml.Node) []*yaml.Node {
	v = resolve(v)
	switch v.Kind {
	case yaml.MappingNode:
		return []*yaml.Node{v}
	case yaml.SequenceNode:
		var out []*yaml.Node
		for _, c := range v.Content {
			if c = resolve(c); c.Kind == yaml.MappingNode {
				out = append(out, c)
			}
		}
		return out
	}
	return nil
}

func join(field, name string) string {
	if field == "" {
		return name
	}
	return field + "." + name
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, field string) {
	n = resolve(n)
	if !d.visit(n) {
		return
	}
	if !d.checkTag(n, v, field) {
		return
	}
	if v.CanAddr() {
		if s, ok := v.Addr().Interface().(scalar); ok {
			d.decodeScalar(n, s, field)
			return
		}
	}
	switch v.Kind() {
	case reflect.Struct:
		d.decodeStruct(n, v, field)
	case reflect.Slice:
		d.decodeSlice(n, v, field)
	case reflect.String:
		d.decodeString(n, v, field)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			d.errorf(n, CodeType, field, "expected true or false, got %s", kindName(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	default:
		panic("policy: no decoder for " + v.Type().String())
	}
}

func (d *decoder) decodeScalar(n *yaml.Node, s scalar, field string) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" || n.ShortTag() == "!!bool" {
		d.errorf(n, CodeType, field, "expected a single value, got %s", kindName(n))
		return
	}
	if p, code := controlProblem(n.Value, false); p != "" {
		d.errorf(n, code, field, "%s", p)
		return
	}
	if err := s.setScalar(n.Value); err != nil {
		d.errorf(n, codeOf(err), field, "%s", err.Error())
	}
}

func (d *decoder) decodeString(n *yaml.Node, v reflect.Value, field string) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, CodeType, field, "expected text, got %s", kindName(n))
		return
	}
	switch n.ShortTag() {
	case "!!bool", "!!null":
		d.errorf(n, CodeType, field, "expected text, got %s; put it in quotes if it is meant as text", kindName(n))
		return
	case "!!binary":
		d.errorf(n, CodeType, field, "expected text, got binary data")
		return
	}
	if p, code := controlProblem(n.Value, d.block); p != "" {
		d.errorf(n, code, field, "%s", p)
		return
	}
	if ev := enumValuesOf(v.Type()); ev != nil && !ev.set[n.Value] {
		d.errorf(n, CodeEnum, field, "%s", enumMessage(n.Value, ev.list))
		return
	}
	v.SetString(n.Value)
}

func (d *decoder) decodeSlice(n *yaml.Node, v reflect.Value, field string) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, CodeType, field, "expected a list, got %s", kindName(n))
		d.markBroken(v.Type().Elem())
		return
	}
	s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, c := range n.Content {
		d.decode(c, s.Index(i), fmt.Sprintf("%s[%d]", field, i))
	}
	v.Set(s)
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, field string) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, CodeType, field, "expected a mapping (key: value lines), got %s", kindName(n))
		d.markBroken(v.Type())
		return
	}
	si := infoFor(v.Type())
	present := map[string]*yaml.Node{}
	for _, p := range pairs(d, n, field) {
		k := resolve(p.key)
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, CodeType, field, "a key must be a plain name, got %s", kindName(k))
			continue
		}
		if k.Style&yaml.TaggedStyle != 0 && k.ShortTag() != "!!str" {
			d.errorf(k, CodeTag, join(field, k.Value), "unknown YAML tag %s on a key: a key is a plain name; remove the tag", k.ShortTag())
			continue
		}
		fi := si.byName[k.Value]
		if fi == nil && d.full() {
			d.more++
			continue
		}
		if fi == nil {
			msg := fmt.Sprintf("unknown field %q", k.Value)
			if s := Suggest(k.Value, si.names); s != "" {
				msg += "; did you mean " + s + "?"
			} else {
				msg += "; allowed: " + strings.Join(si.names, ", ")
			}
			d.errorf(k, CodeUnknownField, join(field, k.Value), "%s", msg)
			continue
		}
		val := resolve(p.value)
		fpath := join(field, fi.name)
		if isNull(val) {
			// An empty value is the same as leaving the field out.
			if fi.required {
				d.errorf(k, CodeRequired, fpath, "is required and must not be empty")
			}
			present[fi.name] = val
			continue
		}
		present[fi.name] = val
		fv := v.FieldByIndex(fi.index)
		// Errors counted past the cap count too: a refused value is not
		// also blank.
		before := len(d.errs) + d.more
		d.block = fi.block
		d.decode(val, fv, fpath)
		d.block = false
		if fi.minItems > 0 && fv.Kind() == reflect.Slice && fv.Len() < fi.minItems && val.Kind == yaml.SequenceNode && len(d.errs)+d.more == before {
			d.errorf(val, CodeMinItems, fpath, "%s", minItemsMessage(fi.minItems))
		}
		// A required text is something to read: "" or spaces say nothing.
		if fi.required && !fi.pointer && fv.Kind() == reflect.String && strings.TrimSpace(fv.String()) == "" && len(d.errs)+d.more == before {
			d.errorf(val, CodeBlank, fpath, "%s", blankMessage)
		}
		d.record(fi, fv, val, fpath)
	}
	for i := range si.fields {
		fi := &si.fields[i]
		if fi.required {
			if _, ok := present[fi.name]; !ok {
				d.errorf(n, CodeRequired, join(field, fi.name), "%s", missingMessage(fi.name))
			}
		}
	}
	checks := []reflect.Value{v}
	for _, index := range si.inline {
		checks = append(checks, v.FieldByIndex(index))
	}
	for _, cv := range checks {
		c, ok := cv.Addr().Interface().(checker)
		if !ok {
			continue
		}
		for _, is := range c.check() {
			at := present[is.field]
			if at == nil || isNull(at) {
				at = n
			}
			d.errorf(at, is.code, join(field, is.field), "%s", is.message)
		}
	}
}

// checkTag refuses a tag written in the file (!foo, !!python/object) that
// is not a standard YAML tag matching the field's type: art22 gives tags no
// meaning, and one that a different reader would honour must not pass
// silently. Tags the parser infers (a plain 123 is an !!int) are judged by
// the decoders, not here.
func (d *decoder) checkTag(n *yaml.Node, v reflect.Value, field string) bool {
	if n.Style&yaml.TaggedStyle == 0 {
		return true
	}
	tag := n.ShortTag()
	var allowed []string
	isScalar := false
	if v.CanAddr() {
		_, isScalar = v.Addr().Interface().(scalar)
	}
	switch {
	case isScalar && v.Type() == dateType:
		allowed = []string{"!!str", "!!timestamp"}
	case isScalar, v.Kind() == reflect.String:
		allowed = []string{"!!str"}
	case v.Kind() == reflect.Bool:
		allowed = []string{"!!bool"}
	case v.Kind() == reflect.Slice:
		allowed = []string{"!!seq"}
	case v.Kind() == reflect.Struct:
		allowed = []string{"!!map"}
	}
	if slices.Contains(allowed, tag) {
		return true
	}
	switch v.Kind() {
	case reflect.Slice:
		d.markBroken(v.Type().Elem())
	case reflect.Struct:
		d.markBroken(v.Type())
	}
	if !strings.HasPrefix(tag, "!!") || !slices.Contains(coreTags, tag) {
		d.errorf(n, CodeTag, field, "unknown YAML tag %s: art22 reads only the standard tags (here %s); remove it", tag, strings.Join(allowed, " or "))
	} else {
		d.errorf(n, CodeTag, field, "YAML tag %s does not fit this field (%s expected); remove it", tag, strings.Join(allowed, " or "))
	}
	return false
}

// coreTags are the standard YAML tags.
var coreTags = []string{"!!str", "!!int", "!!float", "!!bool", "!!null", "!!seq", "!!map", "!!timestamp", "!!binary", "!!merge"}

// record notes ids and references for the checks made once the whole
// document is decoded.
func (d *decoder) record(fi *fieldInfo, fv reflect.Value, val *yaml.Node, fpath string) {
	if fi.idSpace == "" && fi.refSpace == "" {
		return
	}
	if fv.Kind() == reflect.Slice {
		if fi.refSpace == "" || val.Kind != yaml.SequenceNode {
			return
		}
		for i := range fv.Len() {
			if id := fv.Index(i).String(); id != "" {
				d.refer(pendingRef{space: fi.refSpace, id: id, field: fmt.Sprintf("%s[%d]", fpath, i), node: resolve(val.Content[i])})
			}
		}
		return
	}
	id := fv.String()
	if id == "" {
		return
	}
	if fi.refSpace != "" {
		d.refer(pendingRef{space: fi.refSpace, id: id, field: fpath, node: val})
		return
	}
	if first, dup := d.define(fi.idSpace, id, idSite{line: val.Line}); dup {
		d.errorf(val, CodeDuplicateID, fpath, "%s", duplicateIDMessage(id, fi.idSpace, first))
	}
}

// markBroken notes that entries of t's id space may be missing because
// they failed to decode, so that references to them are not reported as
// dangling on top of the error that caused it.
func (d *decoder) markBroken(t reflect.Type) {
	if t.Kind() != reflect.Struct {
		return
	}
	for _, f := range infoFor(t).fields {
		if f.idSpace != "" {
			if d.broken == nil {
				d.broken = map[string]bool{}
			}
			d.broken[f.idSpace] = true
		}
	}
}

func (d *decoder) checkRefs() {
	d.dangling(func(r pendingRef, describe func() string) {
		if d.full() {
			d.more++
			return
		}
		d.errorf(r.node, CodeDanglingRef, r.field, "%s", describe())
	})
}

// A checker validates what the field types alone cannot: fields that depend
// on each other. It reports problems by field name.
type checker interface {
	check() []issue
}

type issue struct {
	field, message string
	code           Code
}
