package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"
)

// Config is config.toml. Every field has a working default, so a missing
// file and an empty file mean the same thing.
type Config struct {
	ReloadOnStart bool              `toml:"reload-on-start"`
	AutoReload    duration          `toml:"auto-reload"` // 0: off
	Jobs          int               `toml:"jobs"`
	PerHost       int               `toml:"per-host"` // 0: no per-host cap
	Timeout       duration          `toml:"timeout"`
	Retention     int               `toml:"retention"` // kept articles per feed; 0: all
	Layout        string            `toml:"layout"`    // auto, horizontal, vertical
	ListRatio     int               `toml:"list-ratio"`
	Highlights    bool              `toml:"highlights"`
	GroupByFeed   bool              `toml:"group-by-feed"`
	Browser       string            `toml:"browser"` // overrides $BROWSER
	Keys          map[string]keyset `toml:"keys"`
	Colors        map[string]string `toml:"colors"`
	Queries       []SavedQuery      `toml:"query"`
	Rules         []Rule            `toml:"rule"`
	FullText      []string          `toml:"fulltext"` // feed URLs whose pages are fetched
}

// SavedQuery is a [[query]] table: a virtual feed in the sidebar.
type SavedQuery struct {
	Name  string `toml:"name"`
	Query string `toml:"query"`
}

// Rule is a [[rule]] table: articles matching Match get Tag at ingest.
type Rule struct {
	Tag   string `toml:"tag"`
	Match string `toml:"match"`
}

func defaultConfig() Config {
	return Config{
		ReloadOnStart: true,
		Jobs:          16,
		Timeout:       duration(30 * time.Second),
		Layout:        "auto",
		ListRatio:     40,
		Highlights:    true,
	}
}

// duration reads "30m", "90s" or a bare number of minutes.
type duration time.Duration

func (d *duration) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case int64:
		*d = duration(time.Duration(x) * time.Minute)
	case string:
		p, err := time.ParseDuration(x)
		if err != nil {
			return fmt.Errorf("%q is not a duration (try \"30m\" or \"90s\")", x)
		}
		*d = duration(p)
	default:
		return fmt.Errorf("a duration must be a string like \"30m\", not %T", v)
	}
	if *d < 0 {
		return errors.New("a duration cannot be negative")
	}
	return nil
}

// keyset reads one key ("ctrl+r") or a list of keys.
type keyset []string

func (k *keyset) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case string:
		*k = keyset{x}
	case []any:
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return fmt.Errorf("keys must be strings, not %T", e)
			}
			*k = append(*k, s)
		}
	default:
		return fmt.Errorf("a key binding must be a string or a list of strings, not %T", v)
	}
	return nil
}

// loadConfig reads the config file. A missing file is the defaults. A bad
// file returns the defaults and an error that names the file and the line,
// so that the reader can start anyway and show the problem.
func loadConfig(path string) (Config, error) {
	cfg := defaultConfig()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	if err != nil {
		return cfg, fmt.Errorf("config %s: %w", path, err)
	}
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return defaultConfig(), fmt.Errorf("config %s line %d: %s", path, pe.Position.Line, pe.Message)
		}
		return defaultConfig(), fmt.Errorf("config %s: %v", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		sort.Strings(keys)
		return cfg, fmt.Errorf("config %s: unknown setting %s (ignored)", path, strings.Join(keys, ", "))
	}
	return cfg, cfg.check(path)
}

func (c *Config) check(path string) error {
	var probs []string
	if c.Jobs < 1 || c.Jobs > 256 {
		probs = append(probs, fmt.Sprintf("jobs = %d is out of range 1-256 (using 16)", c.Jobs))
		c.Jobs = 16
	}
	switch c.Layout {
	case "auto", "horizontal", "vertical":
	default:
		probs = append(probs, fmt.Sprintf("layout = %q must be auto, horizontal or vertical (using auto)", c.Layout))
		c.Layout = "auto"
	}
	if c.ListRatio < 20 || c.ListRatio > 80 {
		probs = append(probs, fmt.Sprintf("list-ratio = %d must be 20-80 (using 40)", c.ListRatio))
		c.ListRatio = 40
	}
	if c.Retention < 0 {
		c.Retention = 0
	}
	if c.Timeout <= 0 {
		c.Timeout = duration(30 * time.Second)
	}
	if len(probs) == 0 {
		return nil
	}
	return fmt.Errorf("config %s: %s", path, strings.Join(probs, "; "))
}

// paths holds where dateline keeps its files.
type paths struct {
	Config string // config.toml
	URLs   string // the urls file
	DB     string // the SQLite store
}

// defaultPaths follows XDG: config in $XDG_CONFIG_HOME/dateline, data in
// $XDG_DATA_HOME/dateline.
func defaultPaths() paths {
	xdg.Reload() // the environment may have changed since start (tests)
	conf := filepath.Join(xdg.ConfigHome, "dateline")
	return paths{
		Config: filepath.Join(conf, "config.toml"),
		URLs:   filepath.Join(conf, "urls"),
		DB:     filepath.Join(xdg.DataHome, "dateline", "dateline.db"),
	}
}
