//go:build race

package feed

// raceEnabled scales the load test down: the race detector makes every
// request several times slower.
const raceEnabled = true
