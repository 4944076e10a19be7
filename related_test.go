package checker

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/art22/checker/internal/golden"
)

// TestRelatedResources keeps each rule's METADATA related_resources, OPA's
// standard field (opa inspect -a shows it), equal to its custom.sources that
// have a URL: {ref: url, description: title}, in order. custom.sources is
// the source of truth; go test . -update writes related_resources from it.
func TestRelatedResources(t *testing.T) {
	files, err := filepath.Glob("rules/*.rego")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.rego") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := withRelatedResources(string(src))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		golden.Check(t, f, []byte(got))
	}
	// What the compiler reads agrees, rule by rule.
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, er := range c.eng.Rules() {
		r := c.byPath[er.Path]
		var want, have []string
		for _, s := range r.Sources {
			if s.URL != "" {
				want = append(want, s.URL+" "+s.Title)
			}
		}
		for _, rr := range er.Annotations.RelatedResources {
			have = append(have, rr.Ref.String()+" "+rr.Description)
		}
		if !slices.Equal(want, have) {
			t.Errorf("rule %s (%s:%d): related_resources %q, sources with a URL %q", r.ID, r.File, r.Line, have, want)
		}
		n += len(have)
	}
	t.Logf("%d related resources", n)
}

var (
	metadataStart = regexp.MustCompile(`^# METADATA\s*$`)
	topLevelKey   = regexp.MustCompile(`^# [a-z_]+:`)
)

// withRelatedResources rewrites each METADATA block of a Rego file whose
// custom.sources have URLs: related_resources, placed before custom, lists
// them. Other blocks are left alone.
func withRelatedResources(src string) (string, error) {
	lines := strings.SplitAfter(src, "\n")
	var out []string
	for i := 0; i < len(lines); {
		if !metadataStart.MatchString(lines[i]) {
			out = append(out, lines[i])
			i++
			continue
		}
		j := i + 1
		for j < len(lines) && strings.HasPrefix(lines[j], "#") && !metadataStart.MatchString(lines[j]) {
			j++
		}
		block, err := rewriteBlock(lines[i:j])
		if err != nil {
			return "", fmt.Errorf("line %d: %w", i+1, err)
		}
		out = append(out, block...)
		i = j
	}
	return strings.Join(out, ""), nil
}

// rewriteBlock drops a block's related_resources and writes them anew from
// custom.sources.
func rewriteBlock(block []string) ([]string, error) {
	var kept []string
	skipping := false
	for _, l := range block {
		switch {
		case strings.HasPrefix(l, "# related_resources:"):
			skipping = true
			continue
		case skipping && topLevelKey.MatchString(l):
			skipping = false
		}
		if !skipping {
			kept = append(kept, l)
		}
	}
	var sources []struct{ title, url string }
	in := false
	for _, l := range kept {
		t := strings.TrimSuffix(l, "\n")
		switch {
		case t == "#   sources:":
			in = true
		case in && (strings.HasPrefix(t, "#     - kind:") || strings.HasPrefix(t, "#     -")):
			sources = append(sources, struct{ title, url string }{})
		case in && strings.HasPrefix(t, "#       title: "):
			sources[len(sources)-1].title = strings.TrimPrefix(t, "#       title: ")
		case in && strings.HasPrefix(t, "#       url: "):
			sources[len(sources)-1].url = strings.TrimPrefix(t, "#       url: ")
		case in && (!strings.HasPrefix(t, "#     ") || strings.HasPrefix(t, "#   ") && !strings.HasPrefix(t, "#    ")):
			in = false
		}
	}
	var rr []string
	for _, s := range sources {
		if s.url == "" {
			continue
		}
		if s.title == "" {
			return nil, fmt.Errorf("a source with url %s has no title written on one line", s.url)
		}
		rr = append(rr, "#   - ref: "+s.url+"\n", "#     description: "+quoteYAML(s.title)+"\n")
	}
	if len(rr) == 0 {
		return kept, nil
	}
	at := slices.IndexFunc(kept, func(l string) bool { return strings.HasPrefix(l, "# custom:") })
	if at < 0 {
		return nil, fmt.Errorf("a block with sources has no custom")
	}
	out := slices.Clone(kept[:at])
	out = append(out, "# related_resources:\n")
	out = append(out, rr...)
	return append(out, kept[at:]...), nil
}

// quoteYAML writes a title as a YAML double-quoted scalar.
func quoteYAML(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
