package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"dateline/feed"
	"dateline/feed/store"
)

// snapshot is what must survive a killed reload untouched.
type snapshot map[string]feed.Article // by GUID

func takeSnapshot(t *testing.T, db string) snapshot {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatalf("store does not open after a kill: %v", err)
	}
	defer st.Close()
	ctx := context.Background()
	page, err := st.List(ctx, "", 0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	snap := snapshot{}
	for _, it := range page.Items {
		a, err := st.Article(ctx, it.ID)
		if err != nil {
			t.Fatal(err)
		}
		snap[a.GUID] = a
	}
	return snap
}

// TestKilledReloadLosesNothing runs `dateline reload` and SIGKILLs it at
// random points, again and again: the store must open cleanly each time and
// every article stored before, with its read and starred state, must be
// there unchanged.
func TestKilledReloadLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills the binary")
	}
	bin := buildBinary(t)
	env := newTestEnv(t)
	srv := newFeedServer(t, 10)
	srv.delay = 5 * time.Millisecond
	var lines []string
	for n := range 40 {
		lines = append(lines, srv.url(n))
	}
	env.writeURLs(lines...)
	reload := func() *exec.Cmd {
		cmd := exec.Command(bin, "--urls", env.urls, "--db", env.db, "--config", env.conf, "--jobs", "8", "reload")
		cmd.Env = os.Environ()
		return cmd
	}
	if out, err := reload().CombinedOutput(); err != nil {
		t.Fatalf("first reload: %v\n%s", err, out)
	}
	markSome(t, env.db)
	before := takeSnapshot(t, env.db)
	if len(before) != 400 {
		t.Fatalf("first reload stored %d articles, want 400", len(before))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 1; round <= 6; round++ {
		srv.setGen(round * 3)
		cmd := reload()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.IntN(400)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		after := takeSnapshot(t, env.db)
		for guid, a := range before {
			b, ok := after[guid]
			if !ok {
				t.Fatalf("round %d: article %s lost", round, guid)
			}
			if diff := compareArticle(a, b); diff != "" {
				t.Fatalf("round %d: article %s changed: %s", round, guid, diff)
			}
		}
		t.Logf("round %d: killed with %d articles stored (%d before)", round, len(after), len(before))
	}
	checkIntegrity(t, env.db)
}

// markSome reads every third and stars every fifth article.
func markSome(t *testing.T, db string) {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	page, err := st.List(ctx, "", 0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	for i, it := range page.Items {
		if i%3 == 0 {
			if err := st.SetRead(ctx, []int64{it.ID}, true); err != nil {
				t.Fatal(err)
			}
		}
		if i%5 == 0 {
			if err := st.SetStarred(ctx, it.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func compareArticle(a, b feed.Article) string {
	switch {
	case a.Title != b.Title:
		return fmt.Sprintf("title %q -> %q", a.Title, b.Title)
	case a.Content != b.Content:
		return "content changed"
	case a.Read != b.Read:
		return fmt.Sprintf("read %v -> %v", a.Read, b.Read)
	case a.Starred != b.Starred:
		return fmt.Sprintf("starred %v -> %v", a.Starred, b.Starred)
	case a.Link != b.Link:
		return "link changed"
	}
	return ""
}

func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Check(context.Background()); err != nil {
		t.Fatalf("integrity check: %v", err)
	}
}
