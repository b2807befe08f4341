package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// prologEncoding finds the encoding declared in an XML prolog.
var prologEncoding = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// toUTF8 decodes a feed body to UTF-8. The charset comes from a byte-order
// mark, else the HTTP Content-Type, else the XML prolog; when the header
// claims UTF-8 but the bytes are not, the prolog gets its say. The prolog
// is rewritten to say UTF-8 so that the XML parser does not decode twice,
// and whatever invalid UTF-8 remains becomes U+FFFD.
func toUTF8(body []byte, contentType string) ([]byte, error) {
	label, prolog := declaredCharset(body, contentType)
	enc, err := lookupCharset(label)
	if err != nil {
		return nil, err
	}
	if enc != nil && !isUTF8(enc) {
		out, _, err := transform.Bytes(enc.NewDecoder(), body)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", label, err)
		}
		body = out
	} else if enc != nil {
		body = stripBOM(body)
	}
	if prolog != "" {
		body = prologEncoding.ReplaceAll(body, []byte("${1}UTF-8${3}"))
	}
	if !utf8.Valid(body) {
		body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
	}
	return body, nil
}

// declaredCharset returns the charset label to decode with ("" means
// UTF-8) and the one the prolog declares.
func declaredCharset(body []byte, contentType string) (label, prolog string) {
	if m := prologEncoding.FindSubmatch(head(body, 512)); m != nil {
		prolog = string(m[2])
	}
	switch {
	case bytes.HasPrefix(body, []byte("\xef\xbb\xbf")):
		return "utf-8", prolog
	case bytes.HasPrefix(body, []byte("\xff\xfe")):
		return "utf-16le", prolog
	case bytes.HasPrefix(body, []byte("\xfe\xff")):
		return "utf-16be", prolog
	}
	header := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		header = strings.TrimSpace(params["charset"])
	}
	if header != "" && !(isUTF8Label(header) && prolog != "" && !utf8.Valid(body)) {
		return header, prolog
	}
	return prolog, prolog
}

func lookupCharset(label string) (encoding.Encoding, error) {
	if label == "" {
		return nil, nil
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unknown charset %q", label)
	}
	return enc, nil
}

func isUTF8(enc encoding.Encoding) bool { return enc == unicode.UTF8 }

func isUTF8Label(l string) bool {
	l = strings.ToLower(l)
	return l == "utf-8" || l == "utf8"
}

func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
