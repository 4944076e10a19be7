package policy

import (
	"context"
	"index/suffixarray"
	"strings"
	"unicode"
)

// QuoteRule says what a disclosure claim's quote must be to count as
// evidence that the text says what the claim says: a real passage of the
// text, not a letter or a fragment of a word.
//
// The text and the quote are folded (Unicode NFC, lower case, typographic
// quotes and dashes made plain, white space ignored) and cut into words,
// Unicode-aware: a word is a run of letters, digits and combining marks,
// in any script; every other character (punctuation, symbols) stands alone;
// in scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao,
// Khmer, Myanmar) each character is a word. The quote counts when its words
// stand in the text in the same order, whole (quoting "r" or "ating" from
// "rating" does not), and it has at least MinWords words or MinChars
// characters (white space not counted). A quote that stands in the text
// but is too short does not count: the claim is unevidenced, and the
// checker adds a note saying why.
type QuoteRule struct {
	MinWords int
	MinChars int
}

// DefaultQuoteRule is the rule applied unless the evaluation sets one.
var DefaultQuoteRule = QuoteRule{MinWords: 3, MinChars: 15}

// quoteRule returns the evaluation's rule, or the default.
func (ev Evaluation) quoteRule() QuoteRule {
	if ev.Quotes == (QuoteRule{}) {
		return DefaultQuoteRule
	}
	return ev.Quotes
}

// words cuts folded text into words and returns them joined, with a space
// before and after each, so that a quote's words stand in a text's as a
// substring exactly when they stand there whole and in order. It also
// counts the quote's words and characters.
func words(folded string) (joined string, nWords, nChars int) {
	var b strings.Builder
	b.Grow(len(folded) + len(folded)/4 + 2)
	b.WriteByte(' ')
	inWord := false
	for _, r := range folded {
		switch {
		case r == ' ':
			if inWord {
				b.WriteByte(' ')
				inWord = false
			}
			continue
		case isWordRune(r) && !unspaced(r):
			if !inWord {
				nWords++
				inWord = true
			}
			b.WriteRune(r)
		default: // a character that is a word by itself
			if inWord {
				b.WriteByte(' ')
				inWord = false
			}
			b.WriteRune(r)
			b.WriteByte(' ')
			if isWordRune(r) {
				nWords++
			}
		}
		nChars++
	}
	if inWord {
		b.WriteByte(' ')
	}
	return b.String(), nWords, nChars
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// unspaced reports whether r belongs to a script written without spaces
// between words, where each character is taken as a word.
func unspaced(r rune) bool {
	if r < 0x0E00 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// quoteIndex finds quotes in one text: it cuts the text into words once,
// and for many quotes over a long text builds a suffix array once, so that
// each quote costs its own length times log of the text's, not the text's.
type quoteIndex struct {
	text string
	sa   *suffixarray.Index
}

func newQuoteIndex(text string, quotes int) *quoteIndex {
	qi, _ := newQuoteIndexContext(context.Background(), text, quotes)
	return qi
}

// newQuoteIndexContext builds the index; building a suffix array cannot be
// interrupted, so for a long text it runs on its own goroutine and is
// abandoned when ctx is done.
func newQuoteIndexContext(ctx context.Context, text string, quotes int) (*quoteIndex, error) {
	joined, _, _ := words(foldText(text))
	qi := &quoteIndex{text: joined}
	// A scan costs the text's length per quote: past a few megabytes of
	// scanning, the suffix array (linear to build) is cheaper.
	if quotes <= 1 || len(joined)*quotes <= 4<<20 {
		return qi, nil
	}
	if ctx.Done() == nil || len(joined) < 256<<10 {
		qi.sa = suffixarray.New([]byte(joined))
		return qi, nil
	}
	ch := make(chan *suffixarray.Index, 1)
	go func() { ch <- suffixarray.New([]byte(joined)) }()
	select {
	case qi.sa = <-ch:
		return qi, nil
	case <-ctx.Done():
		return nil, context.Cause(ctx)
	}
}

// evidence says whether a quote counts, and its size in words and characters.
func (qi *quoteIndex) evidence(quote string, rule QuoteRule) (ok bool, nWords, nChars int) {
	q, nWords, nChars := words(foldText(quote))
	if nWords == 0 || (nWords < rule.MinWords && nChars < rule.MinChars) {
		return false, nWords, nChars
	}
	if qi.sa != nil {
		return len(qi.sa.Lookup([]byte(q), 1)) > 0, nWords, nChars
	}
	return strings.Contains(qi.text, q), nWords, nChars
}

// ShortQuote is a disclosure claim whose quote is too short to count as
// evidence under a QuoteRule.
type ShortQuote struct {
	// Disclosure and Cover index the claim: disclosures[Disclosure].covers[Cover].
	Disclosure, Cover int
	Quote             string
	Words, Chars      int
}

// ShortQuotes lists the claims whose quotes are too short to count as
// evidence under the evaluation's rule (whether or not they stand in the text).
func (d *Declaration) ShortQuotes(ev Evaluation) []ShortQuote {
	rule := ev.quoteRule()
	var out []ShortQuote
	for i, ds := range d.Disclosures {
		for j, c := range ds.Covers {
			_, w, n := words(foldText(c.Quote))
			if w == 0 || (w < rule.MinWords && n < rule.MinChars) {
				out = append(out, ShortQuote{Disclosure: i, Cover: j, Quote: c.Quote, Words: w, Chars: n})
			}
		}
	}
	return out
}
