package engine

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Forbidden lists the builtins no rule may call, ours or a pack's, with the
// reason: they reach the network, the environment or the runtime, read the
// clock or randomness, or depend on the current time. A rule sees only its
// input and data, so every run is reproducible; the as-of date reaches rules
// as input.evaluation.asOf. Print statements are compiled out; remote
// schema references are refused (no host is allowed).
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
	"crypto.x509.parse_and_verify_certificates":              "reads the clock to check validity",
	"crypto.x509.parse_and_verify_certificates_with_options": "reads the clock to check validity",
	"providers.aws.sign_req":                                 "signs with the current time",
	"trace":                                                  "writes to the evaluation trace",
}

// forbiddenPrefixes are whole families of builtins that are refused.
// (net.cidr_* are pure, but the family is refused whole, so that a future
// network builtin under net. is refused too.)
var forbiddenPrefixes = []string{"net."}

// IsForbidden reports whether a builtin is refused by the sandbox.
func IsForbidden(name string) bool {
	if _, ok := Forbidden[name]; ok {
		return true
	}
	for _, p := range forbiddenPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
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
