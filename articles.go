package checker

import (
	"fmt"
	"slices"
	"strings"

	"github.com/art22/checker/policy"
)

// salesCountries returns the countries where a declaration's products are
// sold (products[].countries), sorted, without repeats.
func salesCountries(d *policy.Declaration) []string {
	var cs []string
	for _, p := range d.Products {
		for _, c := range p.Countries {
			cs = append(cs, string(c))
		}
	}
	slices.Sort(cs)
	return slices.Compact(cs)
}

// articlesFor returns the articles a finding of a rule cites for a
// declaration whose products are sold in the given countries: every
// article of EU (or other non-national) law, and the national laws of
// those countries only. A rule that applies by country (metadata
// countries) rests on national law: when none of the national law it
// cites is of those countries, every article is kept, and note says so. A
// rule that applies everywhere rests on EU law, and national law of other
// countries is simply left out.
func articlesFor(r *Rule, countries []string) (kept []Article, note string) {
	arts := r.Articles
	var national []string
	dropped := false
	for _, a := range arts {
		if a.Country == "" {
			continue
		}
		national = append(national, a.Country)
		if !slices.Contains(countries, a.Country) {
			dropped = true
		}
	}
	if !dropped {
		return arts, ""
	}
	kept = make([]Article, 0, len(arts))
	matched := false
	for _, a := range arts {
		if a.Country == "" || slices.Contains(countries, a.Country) {
			matched = matched || a.Country != ""
			kept = append(kept, a)
		}
	}
	if !matched && len(r.Countries) > 0 {
		slices.Sort(national)
		return arts, fmt.Sprintf("the national law cited is of %s, and the products are sold in %s: it is all listed, for a person to judge which applies",
			strings.Join(slices.Compact(national), ", "), strings.Join(countries, ", "))
	}
	return kept, ""
}
