package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/art22/checker"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// SARIF renders the run as SARIF 2.1.0, for code-scanning tools: one rule
// descriptor per rule of the catalog, one result per open or upcoming
// finding, located in the declaration. Severities map to levels: violation
// error, risk warning, advice note; upcoming findings are notes.
//
// Waived and out-of-scope findings are not results unless Include names
// their status: GitHub code scanning shows a suppressed result as an open
// alert. Included, they carry a suppression with its justification.
//
// A rule's helpUri is the first http(s) address among its sources; a rule
// with none has no helpUri. Rules not evaluated (--only, --skip) are
// described with defaultConfiguration.enabled false, and listed in the
// run's properties (skippedRules).
//
// The log holds no -1 placeholder and no empty array or object (SARIF
// Multitool rule SARIF2004): run.results, empty when nothing is found, is
// the one array kept empty, as the specification gives it a meaning (the
// tool ran and found nothing). No security-severity is given: the findings
// are breaches of data-protection law, not vulnerabilities, and GitHub
// would rank them as such.
type SARIF struct {
	// Include lists the statuses, beyond open and upcoming, whose findings
	// are results: checker.OutOfScope, checker.Waived.
	Include []checker.Status
}

var sarifLevels = map[checker.Severity]string{checker.Violation: "error", checker.Risk: "warning", checker.Advice: "note"}

// SARIFStatuses are the statuses that SARIF.Include may name.
var SARIFStatuses = []checker.Status{checker.OutOfScope, checker.Waived}

// Format implements Formatter.
func (s SARIF) Format(w io.Writer, run *Run) error {
	r := sarif.NewRunWithInformationURI("art22", "https://github.com/art22/checker")
	r.Tool.Driver.WithVersion(run.Version).WithSemanticVersion(semver(run.Version)).
		WithFullName("art22: automated underwriting against the GDPR")
	if run.Catalog != "" || run.OPA != "" {
		props := sarif.NewPropertyBag()
		if run.Catalog != "" {
			props.Add("catalog", run.Catalog)
		}
		if run.OPA != "" {
			props.Add("opa", run.OPA)
		}
		r.Tool.Driver.WithProperties(props)
	}
	skipped := map[string]bool{}
	for _, id := range run.SkippedRules() {
		skipped[id] = true
	}
	index := map[string]int{}
	for i, rule := range run.Rules {
		index[rule.ID] = i
		d := sarif.NewRule(rule.ID).
			WithName(ruleName(rule.ID)).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(rule.Title)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(rule.Description)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(rule)).WithMarkdown(helpMarkdown(rule))).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithEnabled(!skipped[rule.ID]).WithLevel(sarifLevels[rule.Severity]))
		if u := helpURI(rule); u != "" {
			d.WithHelpURI(u)
		}
		props := sarif.NewPropertyBag()
		for _, a := range rule.Articles {
			props.AddTag(a.String())
		}
		props.AddTag(string(rule.Severity))
		props.Add("severity", string(rule.Severity))
		props.Add("area", rule.Area)
		if rule.AppliesFrom != "" {
			props.Add("appliesFrom", rule.AppliesFrom)
		}
		d.WithProperties(props)
		r.Tool.Driver.AddRule(d)
	}
	if len(skipped) > 0 {
		props := sarif.NewPropertyBag()
		props.Add("skippedRules", run.SkippedRules())
		r.WithProperties(props)
	}
	r.WithResults([]*sarif.Result{})
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
			if (f.Status == checker.Waived || f.Status == checker.OutOfScope) && !slices.Contains(s.Include, f.Status) {
				continue
			}
			level := sarifLevels[f.Severity]
			text := f.Message
			if f.Status == checker.Upcoming {
				level = "note"
				text = fmt.Sprintf("%s (applies from %s)", text, f.AppliesFrom)
			}
			res := sarif.NewRuleResult(f.RuleID).
				WithLevel(level).
				WithMessage(sarif.NewTextMessage(text + ". Because: " + strings.Join(f.Because, "; ") + ".")).
				WithPartialFingerprints(map[string]string{"art22/v1": f.Fingerprint})
			if i, ok := index[f.RuleID]; ok {
				res.WithRuleIndex(i)
			}
			region := sarif.NewRegion().WithStartLine(max(f.Location.Line, 1))
			if f.Location.Column > 0 {
				region.WithStartColumn(f.Location.Column)
			}
			res.AddLocation(sarif.NewLocation().WithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewArtifactLocation().WithURI(uriRef(esc(f.Location.File))).WithURIBaseID("%SRCROOT%")).
					WithRegion(region)))
			props := sarif.NewPropertyBag()
			props.Add("status", string(f.Status))
			props.Add("path", f.Path)
			props.Add("document", rep.Document)
			res.WithProperties(props)
			switch f.Status {
			case checker.Waived:
				res.AddSuppression(sarif.NewSuppression().WithKind(waiverKind(f)).WithStatus("accepted").
					WithJustification(fmt.Sprintf("%s (owner %s, approved by %s, until %s)", f.Waiver.Reason, f.Waiver.Owner, f.Waiver.Approver, f.Waiver.Expires)))
			case checker.OutOfScope:
				res.AddSuppression(sarif.NewSuppression().WithKind("inSource").WithStatus("accepted").
					WithJustification(scopeJustification(f)))
			}
			r.AddResult(res)
		}
	}
	var raw bytes.Buffer
	if err := sarif.NewReport().AddRun(r).Write(&raw); err != nil {
		return err
	}
	return writePruned(w, raw.Bytes())
}

// scopeJustification says why an out-of-scope finding is set aside.
func scopeJustification(f checker.Finding) string {
	if e := f.Scope; e != nil && len(e.Rules) > 0 {
		return fmt.Sprintf("set aside by outOfScope[%d] (owner %s, approved by %s, until %s): %s", e.Index, e.Owner, e.Approver, e.Expires, e.Reason)
	}
	return "area " + f.Area + " declared out of scope: " + f.ScopeReason
}

// helpURI is the first http(s) address among a rule's sources, or "".
func helpURI(r checker.Rule) string {
	for _, s := range r.Sources {
		if strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://") {
			return s.URL
		}
	}
	return ""
}

// writePruned writes a SARIF log without go-sarif's placeholders: every
// member whose value is -1 (the library's "not set" for indices, offsets
// and columns), and every empty array or object, removed, deepest first,
// except the runs' results. Members keep their order (sorted by name), so
// the output stays deterministic.
func writePruned(w io.Writer, raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return err
	}
	doc, _ = prune(doc, "")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// prune removes placeholders from v, found at the member key; keep is
// false when v itself is empty or a placeholder and must go.
func prune(v any, key string) (out any, keep bool) {
	switch v := v.(type) {
	case json.Number:
		return v, v.String() != "-1"
	case []any:
		kept := make([]any, 0, len(v))
		for _, e := range v {
			if e, ok := prune(e, ""); ok {
				kept = append(kept, e)
			}
		}
		return kept, len(kept) > 0 || key == "results"
	case map[string]any:
		for k, e := range v {
			if e, ok := prune(e, k); ok {
				v[k] = e
			} else {
				delete(v, k)
			}
		}
		return v, len(v) > 0
	}
	return v, true
}

func waiverKind(f checker.Finding) string {
	if f.Waiver.Location.File == f.Location.File {
		return "inSource"
	}
	return "external"
}

// semver turns a Go module version (v1.2.3) into a semantic version; a
// development build is 0.0.0-devel.
func semver(v string) string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v == "devel" {
		return "0.0.0-devel"
	}
	return v
}

// ruleName is the rule id in PascalCase, as SARIF rule names go.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		b.WriteString(part[:1] + strings.ToLower(part[1:]))
	}
	return b.String()
}

func helpText(r checker.Rule) string {
	return fmt.Sprintf("%s\n\nHow to fix: %s\n\nArticles: %s", r.Description, r.Remediation, cites(r.Articles))
}

func helpMarkdown(r checker.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n**How to fix.** %s\n\n**Articles.** %s\n\n**Sources.**\n", r.Description, r.Remediation, cites(r.Articles))
	for _, s := range r.Sources {
		if s.URL != "" {
			fmt.Fprintf(&b, "- [%s](%s)\n", s.Title, s.URL)
		} else {
			fmt.Fprintf(&b, "- %s\n", s.Title)
		}
	}
	return b.String()
}
