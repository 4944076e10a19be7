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

func (e *Exclusion) check() []issue {
	switch {
	case e.Area == "" && len(e.Rules) == 0:
		return []issue{{"area", "name an area or rules"}}
	case e.Area != "" && len(e.Rules) > 0:
		return []issue{{"rules", "name an area or rules, not both"}}
	}
	return nil
}
