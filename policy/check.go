package policy

import (
	"fmt"
	"strings"
)

// Checks of fields that depend on each other. They keep the declaration
// coherent; whether it is compliant is for the rules to say.

func (c *Coverage) check() []issue {
	need := map[CoverageTopic]string{
		"factor-applied": "factor", "factor-extent": "factor",
		"purpose": "purpose", "recipient": "recipient",
		"category": "category", "source": "category",
	}
	set := map[string]bool{"factor": c.Factor != "", "purpose": c.Purpose != "", "recipient": c.Recipient != "", "category": c.Category != ""}
	var out []issue
	want := need[c.Topic]
	for _, f := range []string{"factor", "purpose", "recipient", "category"} {
		switch {
		case f == want && !set[f]:
			out = append(out, issue{"topic", fmt.Sprintf("topic %s must name the %s it concerns (add %s: ID)", c.Topic, f, f)})
		case f != want && set[f]:
			out = append(out, issue{f, fmt.Sprintf("%s does not apply to topic %s", f, c.Topic)})
		}
	}
	return out
}

func (w *Waiver) check() []issue {
	var out []issue
	if err := checkPointer(w.Path); err != nil {
		out = append(out, issue{"path", err.Error()})
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
		return &issue{"approver", fmt.Sprintf("the approver must be someone other than the owner (%q): a waiver is accepted by a second person", o)}
	}
	return nil
}

func (g *GeneticThreshold) check() []issue {
	if g.SumInsuredAbove.Currency == "" && g.AnnualBenefitAbove.Currency == "" {
		return []issue{{"sumInsuredAbove", "give sumInsuredAbove, annualBenefitAbove or both"}}
	}
	return nil
}

// checkPointer checks that p is a JSON Pointer (RFC 6901).
func checkPointer(p string) error {
	if p == "" {
		return nil
	}
	if !strings.HasPrefix(p, "/") {
		return fmt.Errorf("%q is not a JSON Pointer: it must start with / (e.g. /decisions/0/factors/1)", p)
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '~' && (i+1 == len(p) || (p[i+1] != '0' && p[i+1] != '1')) {
			return fmt.Errorf("%q is not a JSON Pointer: ~ must be followed by 0 or 1", p)
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
		return []issue{{"area", "name an area or rules"}}
	case e.Area != "" && len(e.Rules) > 0:
		return []issue{{"rules", "name an area or rules, not both"}}
	case e.Area != "":
		if e.Owner != "" || e.Approver != "" || e.Expires != "" {
			return []issue{{"area", "owner, approver and expires are for rules set aside by id; an area needs only the reason"}}
		}
		return nil
	}
	var out []issue
	for _, f := range []struct{ name, value string }{{"owner", e.Owner}, {"approver", e.Approver}, {"expires", string(e.Expires)}} {
		if strings.TrimSpace(f.value) == "" {
			out = append(out, issue{f.name, "is required when rules are set aside by id: that accepts their findings, as a waiver does"})
		}
	}
	if is := checkApprover(e.Owner, e.Approver); is != nil {
		out = append(out, issue{"approver", "the approver must be someone other than the owner (" + fmt.Sprintf("%q", strings.TrimSpace(e.Owner)) + "): setting rules aside is accepted by a second person"})
	}
	return out
}
