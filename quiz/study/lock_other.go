//go:build !(darwin || dragonfly || freebsd || linux || netbsd || openbsd)

package study

import (
	"errors"
	"os"
	"time"
)

// lockWait is how long Save waits for another process's save to finish.
var lockWait = 10 * time.Second

// staleLock is the age past which a lock file is taken to be left by a
// crash: a save holds it for milliseconds.
const staleLock = 30 * time.Second

// lockFile takes the lock by creating path exclusively (O_EXCL), where
// flock is not available (Windows, Plan 9, …), and returns the function
// that removes it. A lock file older than staleLock was left by a crash
// and is removed.
func lockFile(path string) (func(), error) {
	deadline := time.Now().Add(lockWait)
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			f.Close()
			return func() { os.Remove(path) }, nil
		}
		if !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		if fi, serr := os.Stat(path); serr == nil && time.Since(fi.ModTime()) > staleLock {
			os.Remove(path)
			continue
		}
		if time.Now().After(deadline) {
			return nil, ErrLocked
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// syncDir does nothing where folders cannot be synced (Windows syncs a
// rename with the file system's own journal).
func syncDir(string) {}
