// Package entity finds, in plain news text, the people named, the quotes and
// who said them, and the places. Offsets are in Unicode code points.
package entity

// Span is a half-open range of code points.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Person is someone named in the text.
type Person struct {
	Name     string `json:"name"`
	Quoted   bool   `json:"quoted"`
	Mentions []Span `json:"mentions"`
}

// Quote is a direct quote or a piece of reported speech.
type Quote struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Speaker string `json:"speaker"`
	Direct  bool   `json:"direct"`
}

// Place is a country, region or city named in the text.
type Place struct {
	Name     string `json:"name"`
	Country  string `json:"country"`
	Mentions []Span `json:"mentions"`
}

// Result is everything found in one text.
type Result struct {
	People []Person `json:"people"`
	Quotes []Quote  `json:"quotes"`
	Places []Place  `json:"places"`
}

// Find is a placeholder until the finder lands; it finds nothing.
func Find(text string) Result { return Result{} }
