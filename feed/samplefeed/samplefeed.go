// Package samplefeed embeds dateline's built-in sample feed: a few original
// articles so that the reader shows something on first run, even offline.
package samplefeed

import _ "embed" // for the feed document below

// URL is the subscription URL of the sample feed in a urls file.
const URL = "builtin:sample"

// Data is the sample feed, an RSS 2.0 document.
//
//go:embed feed.xml
var Data []byte
