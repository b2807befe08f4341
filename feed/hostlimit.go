package feed

import (
	"context"
	"sync"
)

// hostLimiter caps concurrent requests per host, so that a reload of many
// feeds on one site does not hammer it. A nil limiter, or one with n <= 0,
// lets everything through.
type hostLimiter struct {
	n     int
	mu    sync.Mutex
	slots map[string]chan struct{}
}

func newHostLimiter(n int) *hostLimiter {
	if n <= 0 {
		return nil
	}
	return &hostLimiter{n: n, slots: map[string]chan struct{}{}}
}

// acquire waits for a slot for host and returns the function that frees it.
func (h *hostLimiter) acquire(ctx context.Context, host string) (func(), error) {
	if h == nil {
		return func() {}, nil
	}
	h.mu.Lock()
	ch, ok := h.slots[host]
	if !ok {
		ch = make(chan struct{}, h.n)
		h.slots[host] = ch
	}
	h.mu.Unlock()
	select {
	case ch <- struct{}{}:
		return func() { <-ch }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
