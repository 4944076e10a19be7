package policy

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The ids a declaration defines and the references it makes to them, and
// the messages of the checks both the decoder (loading) and Validate (a
// declaration built in Go) make: the same problem is refused in the same
// words, whether it was written in YAML or in Go.

// idRegistry holds the ids of one declaration, by space, and the
// references to check once the whole declaration is read.
type idRegistry struct {
	ids    map[string]map[string]idSite // space -> id -> where it is first defined
	broken map[string]bool              // spaces with entries that failed to decode
	refs   []pendingRef
}

// idSite is where an id is defined: a line of the file, or, for a
// declaration built in Go, a JSON Pointer.
type idSite struct {
	line    int
	pointer string
}

func (s idSite) String() string {
	if s.line > 0 {
		return fmt.Sprintf("line %d", s.line)
	}
	return s.pointer
}

// pendingRef is a reference to check: at a node of the file, or at a
// JSON Pointer (Validate).
type pendingRef struct {
	space, id, field string
	node             *yaml.Node
	pointer          string
}

// define notes an id; if it is already defined, it returns where first.
func (r *idRegistry) define(space, id string, at idSite) (first idSite, dup bool) {
	ids := r.ids[space]
	if ids == nil {
		if r.ids == nil {
			r.ids = map[string]map[string]idSite{}
		}
		ids = map[string]idSite{}
		r.ids[space] = ids
	}
	if first, dup := ids[id]; dup {
		return first, true
	}
	ids[id] = at
	return idSite{}, false
}

func (r *idRegistry) refer(ref pendingRef) { r.refs = append(r.refs, ref) }

// dangling calls report for each reference to an id its space does not
// define (unless entries of the space failed to decode), with a function
// that describes it: describing costs a search for the likely typo.
func (r *idRegistry) dangling(report func(ref pendingRef, describe func() string)) {
	for _, ref := range r.refs {
		if r.broken[ref.space] {
			continue
		}
		ids := r.ids[ref.space]
		if _, ok := ids[ref.id]; ok {
			continue
		}
		report(ref, func() string { return danglingMessage(ref.space, ref.id, ids) })
	}
}

// spaceNames says in words what each id space holds.
var spaceNames = map[string]string{
	"products": "products", "dataCategories": "dataCategories", "purposes": "purposes",
	"decisions": "decisions", "factors": "factors (factor ids are unique across all decisions)",
	"consents": "consents", "disclosures": "disclosures", "roles": "access.roles",
	"recipients": "recipients", "assessments": "assessments",
}

var spaceSingular = map[string]string{
	"products": "product", "dataCategories": "data category", "purposes": "purpose",
	"decisions": "decision", "factors": "factor", "consents": "consent",
	"disclosures": "disclosure", "roles": "role", "recipients": "recipient",
	"assessments": "assessment",
}

func duplicateIDMessage(id, space string, first idSite) string {
	return fmt.Sprintf("duplicate id %q in %s (first defined at %s)", id, spaceNames[space], first)
}

func danglingMessage(space, id string, ids map[string]idSite) string {
	known := make([]string, 0, len(ids))
	for k := range ids {
		known = append(known, k)
	}
	slices.Sort(known)
	msg := fmt.Sprintf("unknown %s %q", spaceSingular[space], id)
	if s := Suggest(id, known); s != "" {
		msg += "; did you mean " + s + "?"
	} else if len(known) == 0 {
		msg += fmt.Sprintf("; no %s is declared", spaceSingular[space])
	} else if len(known) <= 12 {
		msg += "; declared: " + strings.Join(known, ", ")
	}
	return msg
}

func enumMessage(value string, allowed []string) string {
	msg := fmt.Sprintf("unknown value %q; allowed: %s", value, strings.Join(allowed, ", "))
	if s := Suggest(value, allowed); s != "" {
		msg += "; did you mean " + s + "?"
	}
	return msg
}

func missingMessage(name string) string { return fmt.Sprintf("missing required field %q", name) }

const blankMessage = "is required and must not be blank"

func minItemsMessage(n int) string { return fmt.Sprintf("must list at least %d entry", n) }
