package policy

import (
	"go/ast"
	"go/token"
	"strings"
	"testing"
)

// fieldDocsFromSource reads the doc comments of the types and fields of
// every file of the package, for the descriptions of the JSON Schemas:
// "Claim" is the doc of type Claim, "Claim.Quote" that of its field Quote.
func fieldDocsFromSource(t *testing.T) map[string]string {
	t.Helper()
	docs := map[string]string{}
	for _, f := range packageFiles(t, false) {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				if !ts.Name.IsExported() {
					continue
				}
				doc := ts.Doc
				if doc == nil {
					doc = gd.Doc
				}
				if txt := oneLine(doc.Text()); txt != "" {
					docs[ts.Name.Name] = txt
				}
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				for _, fld := range st.Fields.List {
					txt := oneLine(fld.Doc.Text())
					for _, n := range fld.Names {
						if n.IsExported() && txt != "" {
							docs[ts.Name.Name+"."+n.Name] = txt
						}
					}
				}
			}
		}
	}
	return docs
}

// TestFieldDocsEveryFile checks that the doc comments are read wherever a
// type is declared: in each section's file, the vocabularies, the scalars.
func TestFieldDocsEveryFile(t *testing.T) {
	docs := fieldDocsFromSource(t)
	for _, key := range []string{"Declaration", "Controller.Name", "DataCategory.Sources", "Purpose.LegalBasis", "Factor.Extent",
		"Consent.Explicit", "Claim.Quote", "Recipient.Role", "Security.Backups", "Assessment.Type", "Waiver.Expires",
		"Exclusion.Area", "Automation", "Duration", "Evaluation.AsOf"} {
		if docs[key] == "" {
			t.Errorf("no doc for %s", key)
		}
	}
}

// oneLine joins a doc comment into one paragraph-preserving line: lines of a
// paragraph are joined with spaces, paragraphs with a blank line.
func oneLine(s string) string {
	paras := strings.Split(strings.TrimSpace(s), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}
