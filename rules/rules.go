// Package rules holds art22's Rego rules and their tests, embedded into the
// binary. The directory is also a valid OPA bundle: stock `opa test rules/`
// runs the tests.
//
// Conventions: a rule is a multi-value rule (name contains finding if ...)
// in a package under art22.rules, with a METADATA annotation whose custom
// section gives its id, severity, articles, sources and remediation. The
// rule's body emits only what is specific to the hit: an object with a
// message, the path in the declaration (an array of keys and indices), and
// because, the facts that made it fire. Helpers live in lib/ (art22.lib).
package rules

import "embed"

// FS holds every .rego file of the bundle, tests included.
//
//go:embed *.rego lib/*.rego .manifest
var FS embed.FS
