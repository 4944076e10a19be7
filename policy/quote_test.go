package policy

import "testing"

func TestQuoteEvidence(t *testing.T) {
	rule := DefaultQuoteRule
	tests := []struct {
		text, quote string
		want        bool
	}{
		{"Reykir: Já", "J", false},
		{"Reykir: Já", "á", false},
		{"Reykir: Já", ":", false},
		{"Reykir: Já", "Reykir: Já", false}, // 2 words, 9 characters: too short
		{"Your premium includes a smoker loading of 50%.", "a smoker loading of 50%", true},
		{"Your premium includes a smoker loading of 50%.", "smoker loading of 5", false}, // a fragment of 50
		{"The rating factors applied", "ating factors applied", false},                   // a fragment of rating
		{"The rating factors applied", "THE  RATING\nfactors", true},                     // case and white space
		{"We use “automated” decision-making.", `"automated" decision-making`, true},     // typographic quotes, hyphen
		{"Nous utilisons une décision entièrement automatisée", "décision entièrement automatisée", true},
		{"Nous utilisons une décision entièrement automatisée", "ision entièrement automatisée", false},
		{"保险费根据吸烟情况自动提高", "吸烟情况", true}, // no spaces: each character is a word
		{"保险费根据吸烟情况自动提高", "吸", false},
		{"Ihre Prämie enthält einen Raucherzuschlag", "enthält einen Raucherzuschlag", true},
	}
	for _, tc := range tests {
		qi := newQuoteIndex(tc.text, 1)
		if got, _, _ := qi.evidence(tc.quote, rule); got != tc.want {
			t.Errorf("text %q, quote %q: evidenced %v, want %v", tc.text, tc.quote, got, tc.want)
		}
		// The suffix array (built for many quotes over a long text) agrees.
		qi = newQuoteIndex(tc.text, 1<<30)
		if got, _, _ := qi.evidence(tc.quote, rule); got != tc.want {
			t.Errorf("indexed: text %q, quote %q: evidenced %v, want %v", tc.text, tc.quote, got, tc.want)
		}
	}
	if ok, _, _ := newQuoteIndex("Reykir: Já", 1).evidence("Reykir: Já", QuoteRule{MinWords: 1, MinChars: 1}); !ok {
		t.Error("with a rule of one word, a whole passage counts")
	}
}
