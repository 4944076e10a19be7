package checker

import (
	"strings"

	"github.com/art22/checker/internal/engine"
	"github.com/open-policy-agent/opa/v1/ast"
)

// findingKeys are the keys of a finding, each required.
var findingKeys = []string{"message", "path", "because"}

// checkFindingShape checks, without evaluating anything, the findings a
// rule writes: where a definition's finding is an object literal (in the
// head, name contains {...} if, or bound in the body, finding := {...}), it
// must have exactly the keys message, path and because; a message written
// as text must not be empty; a path written out must be an array of keys
// and indices or a JSON Pointer; a because written out must be a non-empty
// array of non-empty texts. What is computed (a sprintf, a variable) is
// checked when the rule fires, as before.
func checkFindingShape(r engine.Rule) ast.Errors {
	var errs ast.Errors
	for _, def := range r.Defs {
		obj, term := findingLiteral(def)
		if obj == nil {
			continue
		}
		fail := func(t *ast.Term, format string, args ...any) {
			loc := term.Location
			if t != nil && t.Location != nil {
				loc = t.Location
			}
			errs = append(errs, ast.NewError(ast.CompileErr, loc, "rule %s: the finding "+format, append([]any{r.Path}, args...)...))
		}
		have := map[string]*ast.Term{}
		obj.Foreach(func(k, v *ast.Term) {
			s, ok := k.Value.(ast.String)
			if !ok || !isFindingKey(string(s)) {
				fail(k, "has key %v; a finding has exactly message, path and because", k)
				return
			}
			have[string(s)] = v
		})
		for _, k := range findingKeys {
			if _, ok := have[k]; !ok {
				fail(nil, "has no %s; a finding has exactly message, path and because", k)
			}
		}
		if v, ok := have["message"]; ok {
			if s, ok := v.Value.(ast.String); ok && strings.TrimSpace(string(s)) == "" {
				fail(v, "has an empty message")
			} else if isLiteral(v) && !ok {
				fail(v, "has message %v; it must be text", v)
			}
		}
		if v, ok := have["path"]; ok {
			switch p := v.Value.(type) {
			case ast.String:
				if p != "" && !strings.HasPrefix(string(p), "/") {
					fail(v, "has path %v, which is not a JSON Pointer; write the keys and indices as an array", v)
				}
			case *ast.Array:
				p.Foreach(func(e *ast.Term) {
					switch n := e.Value.(type) {
					case ast.String:
					case ast.Number:
						if _, ok := n.Int(); !ok {
							fail(e, "has path element %v, which is not an index", e)
						}
					default:
						if isLiteral(e) {
							fail(e, "has path element %v; it must be a key (text) or an index", e)
						}
					}
				})
			default:
				if isLiteral(v) {
					fail(v, "has path %v; it must be an array of keys and indices", v)
				}
			}
		}
		if v, ok := have["because"]; ok {
			switch b := v.Value.(type) {
			case *ast.Array:
				if b.Len() == 0 {
					fail(v, "has an empty because; it lists the facts that made the rule fire")
				}
				b.Foreach(func(e *ast.Term) {
					if s, ok := e.Value.(ast.String); ok {
						if s == "" {
							fail(e, "has an empty text in because")
						}
					} else if isLiteral(e) {
						fail(e, "has %v in because; it must be text", e)
					}
				})
			case ast.String:
				fail(v, "has because %v, one text; it must be an array of texts", v)
			case *ast.ObjectComprehension:
				fail(v, "has an object as because; it must be an array of texts")
			default:
				if isLiteral(v) {
					fail(v, "has because %v; it must be an array of texts", v)
				}
			}
		}
	}
	return errs
}

func isFindingKey(k string) bool {
	for _, f := range findingKeys {
		if k == f {
			return true
		}
	}
	return false
}

// isLiteral reports whether a term is a value written out (not a variable,
// a reference, a call or a comprehension).
func isLiteral(t *ast.Term) bool {
	switch t.Value.(type) {
	case ast.String, ast.Number, ast.Boolean, ast.Null, *ast.Array, ast.Object, ast.Set:
		return true
	}
	return false
}

// findingLiteral returns the object literal a definition emits, if it
// writes one: the head's key itself, or the value bound to the head's key
// variable by := or = in the body (at its top level).
func findingLiteral(def *ast.Rule) (ast.Object, *ast.Term) {
	key := def.Head.Key
	if key == nil {
		return nil, nil
	}
	if obj, ok := key.Value.(ast.Object); ok {
		return obj, key
	}
	v, ok := key.Value.(ast.Var)
	if !ok {
		return nil, nil
	}
	var found *ast.Term
	for _, expr := range def.Body {
		if !expr.IsAssignment() && !expr.IsEquality() {
			continue
		}
		lhs, rhs := expr.Operand(0), expr.Operand(1)
		if lhs == nil || rhs == nil {
			continue
		}
		if lv, ok := lhs.Value.(ast.Var); ok && lv.Equal(v) {
			if found != nil {
				return nil, nil // bound twice: leave it to evaluation
			}
			found = rhs
		}
	}
	if found == nil {
		return nil, nil
	}
	if obj, ok := found.Value.(ast.Object); ok {
		return obj, found
	}
	return nil, nil
}
