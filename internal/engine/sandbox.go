package engine

import (
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Forbidden lists the builtins no rule may call, ours or a pack's: they
// reach the network, the environment or the runtime, read the clock or
// randomness, or depend on the current time. A rule sees only its input and
// data, so every run is reproducible; the as-of date reaches rules as
// input.evaluation.asOf.
var forbidden = []string{
	"http.send",            // network
	"net.lookup_ip_addr",   // network (DNS)
	"opa.runtime",          // environment, configuration
	"time.now_ns",          // wall clock
	"rand.intn",            // randomness
	"uuid.rfc4122",         // randomness
	"io.jwt.decode_verify", // reads the clock to check expiry
	"crypto.x509.parse_and_verify_certificates", // reads the clock
	"crypto.x509.parse_and_verify_certificates_with_options",
	"providers.aws.sign_req", // signs with the current time
	"trace",                  // writes to the evaluation trace
}

// forbiddenPrefixes are whole families of builtins that are refused.
var forbiddenPrefixes = []string{"net."}

// IsForbidden reports whether a builtin is refused by the sandbox.
func IsForbidden(name string) bool {
	if slices.Contains(forbidden, name) {
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
