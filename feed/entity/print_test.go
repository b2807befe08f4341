package entity

import (
	"fmt"
	"os"
	"testing"
)

// TestPrintFile prints what Find sees in $ENTITY_FILE (a debugging aid).
func TestPrintFile(t *testing.T) {
	path := os.Getenv("ENTITY_FILE")
	if path == "" {
		t.Skip("set ENTITY_FILE to print the entities of a file")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	res := Find(string(b))
	rs := []rune(string(b))
	for _, q := range res.Quotes {
		fmt.Printf("Q %v %-22q %q\n", q.Direct, q.Speaker, string(rs[q.Start:q.End]))
	}
	for _, p := range res.People {
		fmt.Printf("P %v %s (%d)\n", p.Quoted, p.Name, len(p.Mentions))
	}
	for _, p := range res.Places {
		fmt.Printf("L %s %s (%d)\n", p.Name, p.Country, len(p.Mentions))
	}
}
