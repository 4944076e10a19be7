package checker_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	// inlineLink is [text](target) or ![alt](target), target up to a space
	// (a title may follow) or the closing parenthesis.
	inlineLink = regexp.MustCompile(`!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	// refLink is a reference definition: [label]: target.
	refLink    = regexp.MustCompile(`(?m)^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$`)
	codeSpan   = regexp.MustCompile("`[^`\n]*`")
	headingRe  = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*#*\s*$`)
	slugStrip  = regexp.MustCompile(`[^\p{L}\p{N}\s_-]`)
	htmlAnchor = regexp.MustCompile(`<a\s+(?:name|id)="([^"]+)"`)
)

// markdownFiles lists the repository's Markdown files: git's list when git
// can give it, else every *.md outside hidden directories.
func markdownFiles(t *testing.T) []string {
	t.Helper()
	if out, err := exec.Command("git", "ls-files", "--cached", "--others", "--exclude-standard", "*.md").Output(); err == nil && len(out) > 0 {
		return strings.Fields(string(out))
	}
	var files []string
	filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "." && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// proseOf is a Markdown text without its fenced code blocks and code spans,
// where brackets are not links.
func proseOf(src string) string {
	var b strings.Builder
	fence := ""
	for line := range strings.SplitSeq(src, "\n") {
		trimmed := strings.TrimLeft(line, " ")
		switch {
		case fence == "" && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")):
			fence = trimmed[:3]
		case fence != "" && strings.HasPrefix(trimmed, fence):
			fence = ""
		case fence == "":
			b.WriteString(codeSpan.ReplaceAllString(line, "``"))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// anchors are the fragments GitHub gives a Markdown file's headings (lower
// case, punctuation dropped, spaces to hyphens, -1, -2... for repeats), and
// its explicit HTML anchors.
func anchors(src string) map[string]bool {
	out := map[string]bool{}
	seen := map[string]int{}
	prose := proseOf(src)
	for _, m := range headingRe.FindAllStringSubmatch(prose, -1) {
		text := strings.NewReplacer("``", "", "`", "").Replace(m[1])
		text = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`).ReplaceAllString(text, "$1")
		slug := strings.ReplaceAll(slugStrip.ReplaceAllString(strings.ToLower(text), ""), " ", "-")
		if n := seen[slug]; n > 0 {
			out[slug+"-"+strconv.Itoa(n)] = true
		} else {
			out[slug] = true
		}
		seen[slug]++
	}
	for _, m := range htmlAnchor.FindAllStringSubmatch(src, -1) {
		out[m[1]] = true
	}
	return out
}

// TestMarkdownLinks: every relative link of every Markdown file of the
// repository names a file or directory inside it, and an anchor, to a
// Markdown file, names one of its headings.
func TestMarkdownLinks(t *testing.T) {
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	files := markdownFiles(t)
	if len(files) < 10 {
		t.Fatalf("found %d Markdown files", len(files))
	}
	cache := map[string]map[string]bool{}
	anchorsOf := func(path string) map[string]bool {
		if a, ok := cache[path]; ok {
			return a
		}
		b, _ := os.ReadFile(path)
		cache[path] = anchors(string(b))
		return cache[path]
	}
	checked := 0
	for _, file := range files {
		if strings.Contains(file, "/testdata/") {
			continue // report goldens: their links are the report's, to the published catalog
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		prose := proseOf(string(b))
		var targets []string
		for _, m := range inlineLink.FindAllStringSubmatch(prose, -1) {
			targets = append(targets, m[1])
		}
		for _, m := range refLink.FindAllStringSubmatch(prose, -1) {
			targets = append(targets, m[1])
		}
		for _, target := range targets {
			if regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9+.-]*:`).MatchString(target) {
				continue // https:, mailto:...
			}
			checked++
			path, frag, _ := strings.Cut(target, "#")
			dest := file
			if path != "" {
				if strings.HasPrefix(path, "/") {
					t.Errorf("%s: link %s: absolute; write it relative to the file", file, target)
					continue
				}
				dest = filepath.Join(filepath.Dir(file), filepath.FromSlash(path))
				abs, _ := filepath.Abs(dest)
				if rel, err := filepath.Rel(root, abs); err != nil || strings.HasPrefix(rel, "..") {
					t.Errorf("%s: link %s: outside the repository", file, target)
					continue
				}
				if _, err := os.Stat(dest); err != nil {
					t.Errorf("%s: link %s: no such file", file, target)
					continue
				}
			}
			if frag != "" && strings.HasSuffix(dest, ".md") && !anchorsOf(dest)[frag] {
				t.Errorf("%s: link %s: %s has no heading #%s", file, target, dest, frag)
			}
		}
	}
	t.Logf("%d relative links in %d files", checked, len(files))
	if checked < 20 {
		t.Errorf("only %d relative links checked", checked)
	}
}

// TestNoPathsOutsideRepository: no file of the repository points at the
// seed material that lives beside it on the maintainers' machines
// (../shared): users do not have it. A decision is cited by authority,
// reference, date and URL.
func TestNoPathsOutsideRepository(t *testing.T) {
	out, err := exec.Command("git", "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("git ls-files: %v", err)
	}
	outside := regexp.MustCompile(`(\.\./)+` + "shared" + `/`)
	for _, f := range strings.Fields(string(out)) {
		if fi, err := os.Lstat(f); err != nil || !fi.Mode().IsRegular() {
			continue // gone, or a link (testdata holds links to devices)
		}
		b, err := os.ReadFile(f)
		if err != nil || strings.ContainsRune(string(b[:min(len(b), 512)]), 0) {
			continue // binary
		}
		for i, line := range strings.Split(string(b), "\n") {
			if outside.MatchString(line) {
				t.Errorf("%s:%d: points outside the repository: %s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}
