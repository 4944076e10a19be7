package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/art22/checker"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// DocsURL is where the rule catalog is published; SARIF rule help links to it.
const DocsURL = "https://github.com/art22/checker/blob/main/docs/rules.md"

// SARIF renders the run as SARIF 2.1.0, for code-scanning tools: one rule
// descriptor per rule of the catalog, one result per finding, located in the
// declaration. Severities map to levels: violation error, risk warning,
// advice note; upcoming findings are notes. Waived and out-of-scope findings
// carry a suppression with their reason.
type SARIF struct{}

var sarifLevels = map[checker.Severity]string{checker.Violation: "error", checker.Risk: "warning", checker.Advice: "note"}

// Format implements Formatter.
func (SARIF) Format(w io.Writer, run *Run) error {
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
	index := map[string]int{}
	for i, rule := range run.Rules {
		index[rule.ID] = i
		d := sarif.NewRule(rule.ID).
			WithName(ruleName(rule.ID)).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(rule.Title)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(rule.Description)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(helpText(rule)).WithMarkdown(helpMarkdown(rule))).
			WithHelpURI(DocsURL + "#" + anchor(rule.ID)).
			WithDefaultConfiguration(&sarif.ReportingConfiguration{Enabled: true, Level: sarifLevels[rule.Severity], Rank: -1})
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
	r.WithResults([]*sarif.Result{})
	for _, rep := range run.Reports {
		for _, f := range rep.Findings {
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
					WithJustification("area " + f.Area + " declared out of scope: " + f.ScopeReason))
			}
			r.AddResult(res)
		}
	}
	report := sarif.NewReport().AddRun(r)
	return report.PrettyWrite(w)
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
