package feed

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// isLocal says whether a feed URL names a file: file://, or a path
// (absolute, "~/", or relative to the working directory: anything with no
// scheme).
func isLocal(u string) bool {
	if strings.HasPrefix(u, "file://") || strings.HasPrefix(u, "/") || strings.HasPrefix(u, "~/") {
		return true
	}
	p, err := url.Parse(u)
	return err == nil && p.Scheme == ""
}

// readLocal reads a feed file with the same size cap as a download.
func readLocal(u string, limit int64) (*Response, error) {
	path := u
	if strings.HasPrefix(u, "file://") {
		p, err := url.Parse(u)
		if err != nil {
			return nil, fmt.Errorf("not a file URL: %q", u)
		}
		path = p.Path
	} else if strings.HasPrefix(u, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, err
		}
		path = filepath.Join(home, u[2:])
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	body, err := io.ReadAll(&capReader{r: fh, limit: limit, what: "file"})
	if err != nil {
		return nil, err
	}
	return &Response{Body: body, FinalURL: u}, nil
}
