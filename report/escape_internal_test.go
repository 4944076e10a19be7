package report

import "testing"

func TestEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"dir/a b#c?.yaml":      "dir/a%20b%23c%3F.yaml",
		"c:x.yaml":             "c%3Ax.yaml",
		"a\nb/d\x1b.yaml":      "a%5Cnb/d%5Cx1b.yaml", // escaped, then percent-encoded
		"examples/tm/d.yaml":   "examples/tm/d.yaml",
		"ünï/cödé.yaml":        "%C3%BCn%C3%AF/c%C3%B6d%C3%A9.yaml",
		"x/\u202eevil\u202c.y": "x/%5Cu202eevil%5Cu202c.y",
	} {
		if got := uriRef(esc(in)); got != want {
			t.Errorf("uriRef(esc(%q)) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"plain `code` text":       "`` plain `code` text ``",
		"a|b":                     "`a|b`",
		"line\n# heading <b>":     "`line\\n# heading <b>`",
		"``":                      "``` `` ```",
		"trailing ":               "` trailing  `",
		"\x1b[2Jclear\u202eright": "`\\x1b[2Jclear\\u202eright`",
	} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got, want := mdBlock("# <script>x</script>\nmore"), `\# &lt;script&gt;x&lt;/script&gt;\nmore`; got != want {
		t.Errorf("mdBlock = %q, want %q", got, want)
	}
}
