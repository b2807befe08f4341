package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is a dev-set article of about 750 words, or the shorter ones
// joined to that length.
func benchText(b *testing.B) string {
	files, _ := filepath.Glob("testdata/dev/*.txt")
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\n\n")
		if len(strings.Fields(sb.String())) >= 750 {
			break
		}
	}
	words := strings.Fields(sb.String())
	if len(words) < 750 {
		b.Skip("dev set too small")
	}
	// Cut at a paragraph break near 750 words.
	text := sb.String()
	cut := 0
	count := 0
	for i, w := range strings.Split(text, " ") {
		count += len(strings.Fields(w))
		cut += len(w) + 1
		if count >= 750 {
			_ = i
			break
		}
	}
	return text[:min(cut, len(text))]
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	loadGazetteer()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text)
	}
}

func BenchmarkLoadGazetteer(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseGazetteer(gazetteerTSV); err != nil {
			b.Fatal(err)
		}
	}
}
