package main

import "errors"

var errReloadRunning = errors.New("a reload is already running")
