package checker

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/art22/checker/internal/engine"
	"github.com/open-policy-agent/opa/v1/ast"
)

// Severity says how serious a finding is.
type Severity string

const (
	// Violation: the declaration as written breaches a provision.
	Violation Severity = "violation"
	// Risk: a breach is likely unless something outside the declaration holds.
	Risk Severity = "risk"
	// Advice: good practice from guidance.
	Advice Severity = "advice"
)

// Rank orders severities: violation 3, risk 2, advice 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case Violation:
		return 3
	case Risk:
		return 2
	case Advice:
		return 1
	}
	return 0
}

// Article is a structured citation of a provision.
type Article struct {
	// Instrument is the act cited: "GDPR", "AI Act", "Directive 2004/113/EC"...
	Instrument string `json:"instrument"`
	// Kind is what is cited in it: "Art.", "Recital", "Annex" or "§".
	Kind string `json:"kind"`
	// Number is the article, recital or annex number ("5", "71", "III", "L1141-1").
	Number string `json:"number"`
	// Paragraph is the paragraph, if one is cited ("1").
	Paragraph string `json:"paragraph,omitempty"`
	// Point is the point, if one is cited ("a").
	Point string `json:"point,omitempty"`
	// Country is, for national law, the country whose law it is (ISO 3166-1
	// alpha-2); "" for EU law and other law cited wherever products are
	// sold. A finding cites a country's law only if the declaration's
	// products are sold there (see Finding.Articles).
	Country string `json:"country,omitempty"`
}

// String formats the citation: "GDPR Art. 5(1)(a)".
func (a Article) String() string {
	s := a.Instrument + " " + a.Kind + " " + a.Number
	if a.Paragraph != "" {
		s += "(" + a.Paragraph + ")"
	}
	if a.Point != "" {
		s += "(" + a.Point + ")"
	}
	return s
}

var citationRE = regexp.MustCompile(`^(.+?) (Art\.|Recital|Annex|§) ([0-9]+[a-z]?|[IVX]+|[A-Z]?[0-9]+(?:-[0-9]+)*)(?:\(([0-9]+[a-z]?)\))?(?:\(([a-z]+|[ivx]+)\))?$`)

// ParseArticle parses a citation written "INSTRUMENT Art. N(P)(x)",
// "INSTRUMENT Recital N", "INSTRUMENT Annex III(5)(c)" or "INSTRUMENT § N(P)".
func ParseArticle(s string) (Article, error) {
	m := citationRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Article{}, fmt.Errorf("citation %q is not of the form \"GDPR Art. 5(1)(a)\", \"GDPR Recital 71\" or \"AI Act Annex III(5)(c)\"", s)
	}
	return Article{Instrument: m[1], Kind: m[2], Number: m[3], Paragraph: m[4], Point: m[5]}, nil
}

// Source is a decision, judgment, guideline or legislation a rule rests on.
type Source struct {
	// Kind is decision, judgment, guideline, opinion, legislation or report.
	Kind string `json:"kind"`
	// Title cites the source in full: authority or court, number, parties, date.
	Title string `json:"title"`
	// URL points at the source where a stable address exists.
	URL string `json:"url,omitempty"`
}

var sourceKinds = []string{"decision", "judgment", "guideline", "opinion", "legislation", "report"}

// Rule is a rule of the catalog, as its METADATA annotation describes it.
type Rule struct {
	// ID is stable and never reused, e.g. ART5-1A-FACTOR-NOT-DISCLOSED.
	ID string `json:"id"`
	// Title says in one line what is wrong when the rule fires.
	Title string `json:"title"`
	// Description says what the rule checks and what it does not.
	Description string `json:"description"`
	// Severity of its findings.
	Severity Severity `json:"severity"`
	// Articles are the provisions it checks.
	Articles []Article `json:"articles"`
	// Remediation says how to fix a finding.
	Remediation string `json:"remediation"`
	// Sources are the decisions, judgments and guidelines behind it.
	Sources []Source `json:"sources"`
	// AppliesFrom is the date the obligation applies from (YYYY-MM-DD); before
	// it, findings are reported as upcoming.
	AppliesFrom string `json:"appliesFrom,omitempty"`
	// Countries limits the rule to products sold in these countries (ISO codes).
	Countries []string `json:"countries,omitempty"`
	// HumanReview says what about this obligation the checker cannot see and
	// a person must check.
	HumanReview string `json:"humanReview,omitempty"`
	// Example is a compliant YAML fragment.
	Example string `json:"example,omitempty"`
	// Area is the obligation area: the last segment of its package, with
	// '-' for '_' (data.art22.rules.impact_assessments: impact-assessments).
	// A declaration can declare an area out of scope.
	Area string `json:"area"`
	// Pack is where the rule comes from: "art22" for the built-in rules, or
	// the directory of the rule pack.
	Pack string `json:"pack"`
	// Package is the Rego package that defines it.
	Package string `json:"package"`
	// Path is the rule's Rego path (data.art22.rules.fairness.factor_not_disclosed).
	Path string `json:"path"`
	// File and Line locate its definition.
	File string `json:"file"`
	Line int    `json:"line"`
}

var ruleIDRE = regexp.MustCompile(`^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$`)

var customKeys = []string{"id", "severity", "articles", "remediation", "sources", "appliesFrom", "countries", "humanReview", "example"}

// ruleFromAnnotations reads a rule's metadata, reporting every problem at
// the annotation's position.
func ruleFromAnnotations(r engine.Rule) (Rule, ast.Errors) {
	var errs ast.Errors
	loc := r.Location
	a := r.Annotations
	fail := func(format string, args ...any) {
		errs = append(errs, ast.NewError(ast.CompileErr, loc, "rule %s: "+format, append([]any{r.Path}, args...)...))
	}
	out := Rule{Path: r.Path}
	if r.Location != nil {
		out.File, out.Line = r.Location.File, r.Location.Row
	}
	ref, _ := ast.ParseRef(r.Path)
	if len(ref) > 1 {
		out.Package = ref[:len(ref)-1].String()
		if s, ok := ref[len(ref)-2].Value.(ast.String); ok {
			out.Area = strings.ReplaceAll(string(s), "_", "-")
		}
	}
	if a == nil {
		fail("has no METADATA annotation; every rule needs title, description and custom id, severity, articles, remediation and sources")
		return out, errs
	}
	if a.Location != nil {
		loc = a.Location
	}
	out.Title, out.Description = strings.TrimSpace(a.Title), strings.TrimSpace(a.Description)
	if out.Title == "" {
		fail("METADATA has no title")
	}
	if out.Description == "" {
		fail("METADATA has no description")
	}
	c := a.Custom
	for k := range c {
		if !slices.Contains(customKeys, k) {
			fail("unknown custom field %q; allowed: %s", k, strings.Join(customKeys, ", "))
		}
	}
	str := func(key string, required bool) string {
		v, ok := c[key]
		if !ok {
			if required {
				fail("METADATA custom has no %s", key)
			}
			return ""
		}
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			fail("METADATA custom %s must be non-empty text", key)
			return ""
		}
		return strings.TrimSpace(s)
	}
	list := func(key string, required bool) []any {
		v, ok := c[key]
		if !ok {
			if required {
				fail("METADATA custom has no %s", key)
			}
			return nil
		}
		l, ok := v.([]any)
		if !ok || len(l) == 0 {
			fail("METADATA custom %s must be a non-empty list", key)
			return nil
		}
		return l
	}
	out.ID = str("id", true)
	if out.ID != "" && !ruleIDRE.MatchString(out.ID) {
		fail("id %q must be upper case words joined by '-', e.g. ART5-1A-FACTOR-NOT-DISCLOSED", out.ID)
	}
	sev := Severity(str("severity", true))
	if sev != "" && sev.Rank() == 0 {
		fail("severity %q must be violation, risk or advice", sev)
	}
	out.Severity = sev
	for _, v := range list("articles", true) {
		s, _ := v.(string)
		country := ""
		if m, ok := v.(map[string]any); ok {
			for k := range m {
				if k != "cite" && k != "country" {
					fail("article has unknown field %q; allowed: cite, country", k)
				}
			}
			s, _ = m["cite"].(string)
			country, _ = m["country"].(string)
			if !isCountryCode(country) {
				fail("article %q: country %q must be an ISO 3166-1 alpha-2 code (a national law's country)", s, country)
				continue
			}
		}
		art, err := ParseArticle(s)
		if err != nil {
			fail("%v", err)
			continue
		}
		art.Country = country
		out.Articles = append(out.Articles, art)
	}
	out.Remediation = str("remediation", true)
	for _, v := range list("sources", true) {
		m, ok := v.(map[string]any)
		if !ok {
			fail("each source must be a mapping with kind, title and optionally url")
			continue
		}
		src := Source{}
		src.Kind, _ = m["kind"].(string)
		src.Title, _ = m["title"].(string)
		src.URL, _ = m["url"].(string)
		for k := range m {
			if k != "kind" && k != "title" && k != "url" {
				fail("source has unknown field %q; allowed: kind, title, url", k)
			}
		}
		if !slices.Contains(sourceKinds, src.Kind) {
			fail("source kind %q must be one of %s", src.Kind, strings.Join(sourceKinds, ", "))
		}
		if strings.TrimSpace(src.Title) == "" {
			fail("source has no title")
		}
		if src.URL != "" && !strings.HasPrefix(src.URL, "https://") && !strings.HasPrefix(src.URL, "http://") {
			fail("source url %q must be an http(s) address", src.URL)
		}
		src.Title = strings.TrimSpace(src.Title)
		out.Sources = append(out.Sources, src)
	}
	if d := str("appliesFrom", false); d != "" {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			fail("appliesFrom %q must be a date YYYY-MM-DD", d)
		}
		out.AppliesFrom = d
	}
	for _, v := range list("countries", false) {
		s, _ := v.(string)
		if !isCountryCode(s) {
			fail("country %q must be an ISO 3166-1 alpha-2 code", s)
			continue
		}
		out.Countries = append(out.Countries, s)
	}
	out.HumanReview = str("humanReview", false)
	out.Example = str("example", false)
	return out, errs
}

// isCountryCode reports whether s looks like an ISO 3166-1 alpha-2 code:
// two upper-case letters.
func isCountryCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}
