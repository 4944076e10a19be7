package policy

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
	"github.com/invopop/jsonschema"
)

// TestSchemas generates the JSON Schemas from the Go types and their doc
// comments (go test ./policy -update writes them): schemas/, which the
// package embeds, and docs/, which editors read. Only this test, not the
// package, needs the generator (github.com/invopop/jsonschema).
func TestSchemas(t *testing.T) {
	fieldDocs := fieldDocsFromSource(t)
	for _, s := range []struct {
		name     string
		schema   []byte
		embedded func() []byte
	}{
		{"declaration.schema.json", generateDeclarationSchema(fieldDocs), DeclarationSchema},
		{"input.schema.json", generateInputSchema(fieldDocs), InputSchema},
	} {
		golden.Check(t, "schemas/"+s.name, s.schema)
		golden.Check(t, "../docs/"+s.name, s.schema)
		// The package embeds what was checked in when it was compiled: with
		// -update, the next run compares it.
		if !*golden.Update && !bytes.Equal(s.embedded(), s.schema) {
			t.Errorf("the embedded %s is not what the types generate; run go test ./policy -update", s.name)
		}
	}
}

// generateDeclarationSchema is the JSON Schema of the YAML declaration.
func generateDeclarationSchema(fieldDocs map[string]string) []byte {
	r := reflector(fieldDocs, "yaml", false)
	s := r.Reflect(&Declaration{})
	s.ID = SchemaID
	s.Title = "art22 declaration (" + APIVersion + ")"
	s.Description = fieldDocs["Declaration"]
	return marshalSchema(s)
}

// generateInputSchema is the JSON Schema of the normalised Rego input.
func generateInputSchema(fieldDocs map[string]string) []byte {
	r := reflector(fieldDocs, "json", true)
	s := r.Reflect(&input{})
	s.ID = "https://github.com/art22/checker/docs/input.schema.json"
	s.Title = "art22 normalised Rego input (" + APIVersion + ")"
	s.Description = "What rules see as input: the declaration with every field present and defaults explicit, and input.evaluation."
	return marshalSchema(s)
}

func marshalSchema(s *jsonschema.Schema) []byte {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		panic(err) // the schema is built from our own types
	}
	return append(b, '\n')
}

// idRE is the pattern of an id in the schema; validID checks it.
var idRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$`)

func reflector(fieldDocs map[string]string, tag string, normalised bool) *jsonschema.Reflector {
	return &jsonschema.Reflector{
		FieldNameTag:               tag,
		RequiredFromJSONSchemaTags: !normalised,
		DoNotReference:             false,
		Anonymous:                  true,
		Namer:                      func(t reflect.Type) string { return t.Name() },
		LookupComment: func(t reflect.Type, field string) string {
			if field == "" {
				return fieldDocs[t.Name()]
			}
			return fieldDocs[t.Name()+"."+field]
		},
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			return mapType(fieldDocs, t, normalised)
		},
	}
}

func mapType(fieldDocs map[string]string, t reflect.Type, normalised bool) *jsonschema.Schema {
	str := func(desc string) *jsonschema.Schema { return &jsonschema.Schema{Type: "string", Description: desc} }
	switch t {
	case durationType:
		if normalised {
			return object(map[string]string{"text": "string", "hours": "number", "indefinite": "boolean", "declared": "boolean"})
		}
		s := str(fieldDocs["Duration"])
		s.Pattern = `^(indefinite|[0-9]+(\.[0-9]+)? *(hour|hours|day|days|week|weeks|month|months|year|years))$`
		return s
	case moneyType:
		if normalised {
			return object(map[string]string{"currency": "string", "amount": "number", "declared": "boolean"})
		}
		s := str(fieldDocs["Money"])
		s.Pattern = `^[A-Z]{3} +[0-9][0-9 ,']*(\.[0-9]+)?$`
		return s
	case dateType:
		s := str(fieldDocs["Date"])
		if !normalised {
			s.Format = "date"
		}
		return s
	case countryType:
		s := str(fieldDocs["Country"])
		if !normalised {
			s.Enum = toAny(countryCodes)
		}
		return s
	case idType:
		s := str(fieldDocs["ID"])
		if !normalised {
			s.Pattern = idRE.String()
		}
		return s
	}
	if t.Kind() == reflect.String && t.Implements(enumType) {
		s := str(fieldDocs[t.Name()])
		vals := reflect.Zero(t).Interface().(enum).allowed()
		if normalised {
			vals = append([]string{""}, vals...) // "" is an optional choice left out
		}
		s.Enum = toAny(vals)
		return s
	}
	return nil
}

func object(props map[string]string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "object", Properties: jsonschema.NewProperties(), AdditionalProperties: jsonschema.FalseSchema}
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		s.Properties.Set(k, &jsonschema.Schema{Type: props[k]})
		s.Required = append(s.Required, k)
	}
	return s
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// TestValidIDIsThePattern checks that validID, which the loader uses,
// accepts exactly what the schema's id pattern accepts.
func TestValidIDIsThePattern(t *testing.T) {
	samples := []string{"", "a", "A-1", "-a", "_a", ".a", "a_b.c-d", "a b", "é", "a\n", strings.Repeat("a", 128), strings.Repeat("a", 129), "9", "a/b", "a~b"}
	const alphabet = " -._aZ09\xc3\xa9\x00/"
	for i := range 2000 {
		b := make([]byte, i%9)
		for j := range b {
			b[j] = alphabet[(i*7+j*13)%len(alphabet)]
		}
		samples = append(samples, string(b))
	}
	for _, s := range samples {
		if got, want := validID(s), idRE.MatchString(s); got != want {
			t.Errorf("validID(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}
