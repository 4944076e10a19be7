package policy

import (
	_ "embed" // the JSON Schemas
	"slices"
)

// SchemaID is the $id of the declaration's JSON Schema.
const SchemaID = "https://github.com/art22/checker/docs/declaration.schema.json"

// The JSON Schemas are generated from the Go types when the tests run with
// -update (schema_gen_test.go), checked in under schemas/ and docs/, and
// compared with the types by every test run: building the package needs
// neither the generator nor its dependencies.
var (
	//go:embed schemas/declaration.schema.json
	declarationSchema []byte
	//go:embed schemas/input.schema.json
	inputSchema []byte
)

// DeclarationSchema returns the JSON Schema of the YAML declaration, for
// editors (yaml-language-server) and for people writing declarations: every
// field with its description, required fields, and the allowed values of
// every choice.
func DeclarationSchema() []byte { return slices.Clone(declarationSchema) }

// InputSchema returns the JSON Schema of the normalised Rego input (see
// Declaration.Input). Rules are type-checked against it, so a rule that reads
// a field that does not exist fails to compile.
func InputSchema() []byte { return slices.Clone(inputSchema) }
