package policy

import (
	"fmt"
	"strings"
)

// Exclusion declares that the declaration does not describe an obligation
// area, or the facts some rules need, and why. Give an area, or rule ids.
type Exclusion struct {
	// The area: the rule package's name, e.g. security or impact-assessments.
	Area Area `yaml:"area" json:"area"`
	// Rule ids whose facts the declaration does not give, when not a whole area.
	Rules []string `yaml:"rules" json:"rules"`
	// Why the declaration does not describe it.
	Reason string `yaml:"reason" json:"reason" jsonschema:"required" art22:"block"`
	// With rules: who owns the missing facts (required with rules: setting
	// named rules aside is accepting their findings, like a waiver).
	Owner string `yaml:"owner" json:"owner"`
	// With rules: who approved setting them aside, someone other than the owner (required with rules).
	Approver string `yaml:"approver" json:"approver"`
	// With rules: the last day they are set aside (required with rules); after it their findings count again.
	Expires Date `yaml:"expires" json:"expires"`
}

// Waiver accepts a finding for a time.
type Waiver struct {
	// The rule id.
	Rule string `yaml:"rule" json:"rule" jsonschema:"required"`
	// The JSON Pointer of the place the waiver covers; it covers findings at that place and below.
	Path string `yaml:"path" json:"path" jsonschema:"required" art22:"pointer"`
	// Why the finding is accepted.
	Reason string `yaml:"reason" json:"reason" jsonschema:"required" art22:"block"`
	// Who owns the remediation.
	Owner string `yaml:"owner" json:"owner" jsonschema:"required"`
	// Who approved the waiver.
	Approver string `yaml:"approver" json:"approver" jsonschema:"required"`
	// The ticket tracking it.
	Ticket string `yaml:"ticket" json:"ticket"`
	// The last day the waiver applies.
	Expires Date `yaml:"expires" json:"expires" jsonschema:"required"`
}

func (w *Waiver) check() []issue {
	var out []issue
	if err := checkPointer(w.Path); err != nil {
		out = append(out, issue{"path", err.Error(), CodeInvalid})
	}
	if is := checkApprover(w.Owner, w.Approver); is != nil {
		out = append(out, *is)
	}
	return out
}

// checkApprover refuses a waiver approved by its own owner: accepting a
// finding takes a second person.
func checkApprover(owner, approver string) *issue {
	o, a := strings.TrimSpace(owner), strings.TrimSpace(approver)
	if o != "" && strings.EqualFold(o, a) {
		return &issue{"approver", fmt.Sprintf("the approver must be someone other than the owner (%q): a waiver is accepted by a second person", o), CodeConflict}
	}
	return nil
}

// checkPointer checks that p is a JSON Pointer (RFC 6901).
func checkPointer(p string) error {
	if p == "" {
		return nil
	}
	if !strings.HasPrefix(p, "/") {
		return invalidf("%q is not a JSON Pointer: it must start with / (e.g. /decisions/0/factors/1)", p)
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || (p[i+1] != '0' && p[i+1] != '1')) {
			return invalidf("%q is not a JSON Pointer: ~ must be followed by 0 or 1", p)
		}
	}
	return nil
}

// An exclusion of an area says the declaration does not describe it; one
// of named rules accepts their findings, so it is held to what a waiver is:
// an owner, a second person who approves, and an expiry date.
func (e *Exclusion) check() []issue {
	switch {
	case e.Area == "" && len(e.Rules) == 0:
		return []issue{{"area", "name an area or rules", CodeRequired}}
	case e.Area != "" && len(e.Rules) > 0:
		return []issue{{"rules", "name an area or rules, not both", CodeConflict}}
	case e.Area != "":
		if e.Owner != "" || e.Approver != "" || e.Expires != "" {
			return []issue{{"area", "owner, approver and expires are for rules set aside by id; an area needs only the reason", CodeConflict}}
		}
		return nil
	}
	var out []issue
	for _, f := range []struct{ name, value string }{{"owner", e.Owner}, {"approver", e.Approver}, {"expires", string(e.Expires)}} {
		if strings.TrimSpace(f.value) == "" {
			out = append(out, issue{f.name, "is required when rules are set aside by id: that accepts their findings, as a waiver does", CodeRequired})
		}
	}
	if is := checkApprover(e.Owner, e.Approver); is != nil {
		out = append(out, issue{"approver", "the approver must be someone other than the owner (" + fmt.Sprintf("%q", strings.TrimSpace(e.Owner)) + "): setting rules aside is accepted by a second person", CodeConflict})
	}
	return out
}
