// Command dateline is a terminal news reader: it pulls RSS, Atom and JSON
// feeds into a SQLite file and shows them in a split pane that highlights
// who is quoted, what they said, and where.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries an exit status without a message of its own.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

type command struct {
	name, args, help string
	run              func(a *app, args []string) error
}

var commands []command

func init() {
	commands = []command{
		{"reload", "[URL...]", "fetch all feeds (or the given ones) and store new articles", cmdReload},
		{"list", "[--json] [--limit N] [--query Q]", "print stored articles, newest first", cmdList},
		{"show", "[--full] ID", "print one article as text", cmdShow},
		{"feeds", "", "list subscriptions with counts, last update and last error", cmdFeeds},
		{"add", "URL [TAG...]", "subscribe to a feed", cmdAdd},
		{"remove", "URL", "unsubscribe and drop the feed's articles", cmdRemove},
		{"tag", "URL [TAG...]", "set the user's own tags of a feed", cmdTag},
		{"import", "FILE.opml", "add the subscriptions of an OPML file", cmdImport},
		{"export", "", "print the subscriptions as OPML", cmdExport},
		{"entities", "[--json] [--text] FILE...", "find speakers, quotes and places in saved articles", cmdEntities},
		{"read", "FILE...", "open saved articles (text or HTML) in the reader", cmdRead},
		{"fulltext", "URL on|off", "fetch each new article's web page for a feed", cmdFullText},
		{"fetch-full", "[--query Q]", "fetch the full text of stored articles", cmdFetchFull},
	}
}

func main() {
	stop := startProfile(os.Stderr)
	code := run(os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is main without os.Exit, so that tests can call it.
func run(argv []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{ctx: ctx, stdout: stdout, stderr: stderr}
	err := a.dispatch(argv)
	var ee exitError
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "dateline: %s\nRun 'dateline --help' for usage.\n", ue.msg)
		return 2
	default:
		fmt.Fprintf(stderr, "dateline: %s\n", err)
		return 1
	}
}

func (a *app) dispatch(argv []string) error {
	fs := newFlagSet("dateline")
	def := defaultPaths()
	fs.StringVar(&a.paths.URLs, "urls", def.URLs, "")
	fs.StringVar(&a.paths.DB, "db", def.DB, "")
	fs.StringVar(&a.paths.Config, "config", def.Config, "")
	fs.IntVar(&a.jobs, "jobs", 0, "")
	fs.StringVar(&a.debugLog, "debug", "", "")
	showVersion := fs.Bool("version", false, "")
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	if err := parseFlags(fs, argv); err != nil {
		return err
	}
	switch {
	case *help:
		a.usage()
		return nil
	case *showVersion:
		fmt.Fprintf(a.stdout, "dateline %s\n", version)
		return nil
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return cmdReader(a, nil)
	}
	if rest[0] == "help" {
		a.usage()
		return nil
	}
	for _, c := range commands {
		if c.name == rest[0] {
			return c.run(a, rest[1:])
		}
	}
	return usageError{fmt.Sprintf("unknown command %q", rest[0])}
}

func (a *app) usage() {
	w := a.stdout
	fmt.Fprintf(w, "dateline %s: a terminal news reader that shows who said what, and where.\n\n", version)
	fmt.Fprintln(w, "Usage: dateline [global flags] [command] [args]")
	fmt.Fprintln(w, "With no command, dateline opens the reader.")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %-34s %s\n", c.name, c.args, c.help)
	}
	fmt.Fprintln(w, "\nGlobal flags (before the command):")
	fmt.Fprintln(w, "  --urls FILE     subscriptions, newsboat format (default $XDG_CONFIG_HOME/dateline/urls)")
	fmt.Fprintln(w, "  --db FILE       the article store (default $XDG_DATA_HOME/dateline/dateline.db)")
	fmt.Fprintln(w, "  --config FILE   settings (default $XDG_CONFIG_HOME/dateline/config.toml)")
	fmt.Fprintln(w, "  --jobs N        feeds fetched at once (default 16, or jobs in the config)")
	fmt.Fprintln(w, "  --debug FILE    write a debug log to FILE")
	fmt.Fprintln(w, "  --version       print the version")
}

// newFlagSet makes a flag set that reports errors through the return value
// rather than printing usage text of its own.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "flag provided but not defined: ") {
		msg = "unknown flag " + strings.TrimPrefix(msg, "flag provided but not defined: ")
	}
	if fs.Name() != "dateline" {
		msg = fs.Name() + ": " + msg
	}
	return usageError{msg}
}
