package engine

import (
	"maps"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// The sandbox. Every rule, art22's and a rule pack's, is compiled with the
// same capabilities and evaluated with the same guards, so that a rule sees
// only its input and data, every run is reproducible, and no rule can read
// the host or exhaust it:
//
//   - Forbidden builtins are left out of the capabilities: a rule that calls
//     one fails to compile, and the error names the builtin and says why.
//   - Guarded builtins (guards.go) are compiled to art22's own
//     implementations, which bound what one call may allocate and evaluate
//     times in UTC whatever the process's TZ.
//   - METADATA schema annotations may not reference anything outside
//     themselves (checkSchemaAnnotations), and no host is allowed for
//     remote schema references.
//   - Print statements are compiled out.

// Forbidden lists the builtins no rule may call, ours or a pack's, with the
// reason: they reach the network, the file system, the environment or the
// runtime, read the clock or randomness, or cannot be bounded in time and
// memory. A rule sees only its input and data, so every run is
// reproducible; the as-of date reaches rules as input.evaluation.asOf.
var Forbidden = map[string]string{
	"http.send":              "reaches the network",
	"net.lookup_ip_addr":     "reaches the network (DNS)",
	"opa.runtime":            "reads the environment and configuration",
	"time.now_ns":            "reads the wall clock",
	"rand.intn":              "draws randomness",
	"uuid.rfc4122":           "draws randomness",
	"io.jwt.decode_verify":   "reads the clock to check expiry",
	"io.jwt.encode_sign":     "may draw randomness when signing",
	"io.jwt.encode_sign_raw": "may draw randomness when signing",
	"crypto.x509.parse_and_verify_certificates":              "reads the clock to check validity, and the host's root certificates",
	"crypto.x509.parse_and_verify_certificates_with_options": "reads the clock to check validity, and the host's root certificates",
	"providers.aws.sign_req":                                 "signs with the current time",
	"trace":                                                  "writes to the evaluation trace",
	"json.verify_schema":                                     "follows the schema's $ref to local files (file://...), which reads the disk",
	"json.match_schema":                                      "follows the schema's $ref to local files (file://...), which reads the disk",
	"strings.render_template":                                "runs a Go template, whose loops neither stop at the time budget nor bound the memory they fill",
	"graph.reachable_paths":                                  "lists every path of a graph in one call, exponentially many in the graph's size",
	"internal.print":                                         "writes to the print hook (print statements are compiled out)",
	"rego.parse_module":                                      "parses Rego in one call: a text nested 20,000 levels deep takes more than a minute and allocates 24 GB (measured)",
}

// forbiddenPrefixes are whole families of builtins that are refused, with
// the reason. (net.cidr_* are pure, but the family is refused whole, so that
// a future network builtin under net. is refused too.)
var forbiddenPrefixes = map[string]string{
	"net.":     "belongs to the net. family, refused as a whole so that a network builtin added under net. is refused too (net.lookup_ip_addr reaches the network)",
	"graphql.": "parses GraphQL with a parser that bounds neither time nor memory, in one call; the family is refused as a whole",
}

// IsForbidden reports whether a builtin is refused by the sandbox.
func IsForbidden(name string) bool {
	_, ok := whyForbidden(name)
	return ok
}

func whyForbidden(name string) (string, bool) {
	if why, ok := Forbidden[name]; ok {
		return why, true
	}
	for p, why := range forbiddenPrefixes {
		if strings.HasPrefix(name, p) {
			return why, true
		}
	}
	if _, ok := ast.BuiltinMap[name]; ok {
		if _, guarded := guards[name]; !guarded && reviewedReason[name] == "" {
			return unreviewed, true
		}
	}
	return "", false
}

// ForbiddenFamilies lists the prefixes of the builtin families refused as a
// whole.
func ForbiddenFamilies() []string {
	return slices.Sorted(maps.Keys(forbiddenPrefixes))
}

// Capabilities returns the capabilities every rule is compiled with: OPA's
// own, without the forbidden builtins, and with no host allowed for remote
// schema references.
func Capabilities() *ast.Capabilities {
	c := ast.CapabilitiesForThisVersion()
	kept := c.Builtins[:0]
	for _, b := range c.Builtins {
		if !IsForbidden(b.Name) {
			kept = append(kept, b)
		}
	}
	c.Builtins = kept
	c.AllowNet = []string{}
	return c
}

// reviewed are the builtins found safe as OPA implements them, by reason.
// Capabilities keeps only these, the guarded ones and none other: a builtin
// a later OPA adds is refused until it is reviewed here.
var reviewed = map[string][]string{
	"compares or binds values, allocating nothing beyond its operands": {
		"eq", "equal", "neq", "gt", "gte", "lt", "lte", "assign", "and", "or",
		"internal.member_2", "internal.member_3",
	},
	"arithmetic on numbers: a result about the size of its operands (an integer grows at most twice per step, which the time budget and memory limit stop)": {
		"plus", "minus", "mul", "div", "rem", "abs", "ceil", "floor", "round",
		"bits.and", "bits.or", "bits.xor", "bits.negate", "bits.rsh",
	},
	"reads a collection; the result is no larger than it": {
		"count", "sum", "max", "min", "sort", "all", "any",
		"intersection", "union", "set_diff",
		"array.reverse", "array.slice",
		"object.get", "object.keys", "object.remove", "object.filter", "object.subset",
		"json.filter", "json.remove",
	},
	"yields one path at a time, each a step the time budget can stop": {"walk"},
	"text in, text out, linear in its arguments (split: one string per piece)": {
		"contains", "endswith", "startswith", "indexof", "indexof_n", "lower", "upper",
		"trim", "trim_left", "trim_right", "trim_prefix", "trim_suffix", "trim_space",
		"substring", "split", "strings.split_n", "strings.count", "strings.reverse",
		"strings.any_prefix_match", "strings.any_suffix_match", "format_int", "to_number",
		"type_name",
		"is_array", "is_boolean", "is_null", "is_number", "is_object", "is_set", "is_string",
		"cast_array", "cast_boolean", "cast_null", "cast_object", "cast_set", "cast_string",
	},
	"decodes or encodes what it is given, linear in it (YAML aliases are bounded by the YAML library: excessive aliasing is an error)": {
		"base64.decode", "base64.encode", "base64.is_valid",
		"base64url.decode", "base64url.encode", "base64url.encode_no_pad",
		"hex.decode", "hex.encode",
		"urlquery.decode", "urlquery.decode_object", "urlquery.encode", "urlquery.encode_object",
		"json.unmarshal", "json.is_valid", "yaml.unmarshal", "yaml.is_valid",
		"uri.is_valid", "uri.parse", "uuid.parse", "semver.compare", "semver.is_valid",
	},
	"hashes what it is given": {
		"crypto.md5", "crypto.sha1", "crypto.sha256",
		"crypto.hmac.md5", "crypto.hmac.sha1", "crypto.hmac.sha256", "crypto.hmac.sha512", "crypto.hmac.equal",
	},
	"parses or verifies the keys, certificates and tokens it is given: no clock, no root certificates of the host, no file": {
		"crypto.parse_private_keys", "crypto.x509.parse_certificates", "crypto.x509.parse_certificate_request",
		"crypto.x509.parse_keypair", "crypto.x509.parse_rsa_private_key",
		"io.jwt.decode", "io.jwt.verify_eddsa",
		"io.jwt.verify_es256", "io.jwt.verify_es384", "io.jwt.verify_es512",
		"io.jwt.verify_hs256", "io.jwt.verify_hs384", "io.jwt.verify_hs512",
		"io.jwt.verify_ps256", "io.jwt.verify_ps384", "io.jwt.verify_ps512",
		"io.jwt.verify_rs256", "io.jwt.verify_rs384", "io.jwt.verify_rs512",
	},
	"escapes a glob's metacharacters: linear": {"glob.quote_meta"},
	"no time zone: a duration, or RFC 3339 with a numeric offset": {
		"time.parse_duration_ns", "time.parse_rfc3339_ns",
	},
	"reads only what it is given: the rule's own METADATA, a graph walked once": {
		"rego.metadata.chain", "rego.metadata.rule", "graph.reachable",
	},
	"compiled out, or the test runner's own (emits a trace event and nothing else)": {
		"print", "internal.test_case",
	},
}

var reviewedReason = func() map[string]string {
	m := map[string]string{}
	for why, names := range reviewed {
		for _, n := range names {
			m[n] = why
		}
	}
	return m
}()

// Audit says what the sandbox does with a builtin: "refused", "guarded" or
// "safe", and why.
func Audit(name string) (verdict, why string) {
	if why, ok := whyForbidden(name); ok {
		return "refused", why
	}
	if _, ok := guards[name]; ok {
		return "guarded", guards[name].why
	}
	if why, ok := reviewedReason[name]; ok {
		return "safe", why
	}
	return "refused", unreviewed
}

const unreviewed = "has not been reviewed for art22's sandbox (a builtin of a newer OPA)"
