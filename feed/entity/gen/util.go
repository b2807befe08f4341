package main

import (
	"bufio"
	"encoding/json"
	"log"
	"os"
	"strings"

	"golang.org/x/text/unicode/norm"
	"unicode"
)

func mustJSON(path string, v any) {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readWords reads a word list: its lower-case entries are common words (a
// place whose name is also one, "Nice", "Reading", needs context to count);
// its capitalised ones are proper names, mostly surnames, given names and
// well-known places ("Morrison", "Clarence").
func readWords(path string) (common, proper map[string]bool) {
	common, proper = map[string]bool{}, map[string]bool{}
	for _, w := range readLines(path) {
		switch {
		case strings.Contains(w, "'"):
		case w == strings.ToLower(w):
			common[w] = true
		default:
			proper[w] = true
		}
	}
	return common, proper
}

func readNames(path string) map[string]bool {
	m := map[string]bool{}
	for _, n := range readLines(path) {
		m[n] = true
	}
	return m
}

// fold strips diacritics: "São Paulo" -> "Sao Paulo", and writes the
// letters that have no decomposition as English text does: "Wrocław" ->
// "Wroclaw", "Tromsø" -> "Tromso".
func fold(s string) string {
	var b strings.Builder
	s = strings.NewReplacer("ł", "l", "Ł", "L", "đ", "d", "Đ", "D", "ø", "o", "Ø", "O").Replace(s)
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range list {
		if s != "" && !seen[s] && !strings.ContainsAny(s, "|\t") {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func lower(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strings.ToLower(s)
	}
	return out
}
