package engine

import (
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// checkSchemaAnnotations is a compiler stage: a METADATA schemas annotation
// may define its schema inline, but that schema may reference nothing
// outside itself. OPA's schema loader follows a $ref to a file
// ("file:///etc/passwd") whatever the allowed hosts, and an $id changes the
// base that relative references resolve against, so a definition may hold
// no $id (or draft-4 id) and only references that start with "#".
func checkSchemaAnnotations(c *ast.Compiler) *ast.Error {
	for _, a := range c.GetAnnotationSet().Flatten() {
		for _, s := range a.Annotations.Schemas {
			if s.Definition == nil {
				continue
			}
			if where, ok := nonLocalRef(*s.Definition, ""); ok {
				loc := a.Annotations.Location
				return ast.NewError(ast.CompileErr, loc, "METADATA schemas: the schema of %s may not reference anything outside itself (%s): art22 loads no schema from files or the network; use references within the schema (\"$ref\": \"#/...\")", s.Path, where)
			}
		}
	}
	return nil
}

// nonLocalRef finds a $ref that does not start with "#", or an $id or id
// that is a string, anywhere in a schema (including in const and enum
// values: to refuse too much is harmless here).
func nonLocalRef(v any, at string) (string, bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if s, ok := val.(string); ok {
				switch k {
				case "$ref":
					if !strings.HasPrefix(s, "#") {
						return fmt.Sprintf("%s/$ref is %q", at, s), true
					}
				case "$id", "id":
					return fmt.Sprintf("%s/%s is %q", at, k, s), true
				}
			}
			if where, ok := nonLocalRef(val, at+"/"+k); ok {
				return where, true
			}
		}
	case []any:
		for i, val := range x {
			if where, ok := nonLocalRef(val, fmt.Sprintf("%s/%d", at, i)); ok {
				return where, true
			}
		}
	}
	return "", false
}
