//go:build darwin || dragonfly || freebsd || linux || netbsd || openbsd

package study

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// lockWait is how long Save waits for another process's save to finish.
var lockWait = 10 * time.Second

// lockFile takes an exclusive flock on path, creating it if need be, and
// returns the function that releases it. The kernel releases the lock
// when the process dies, so a crash never leaves the file locked; the
// lock file itself stays, empty.
func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(lockWait)
	for {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
		if err == nil {
			return func() {
				unix.Flock(int(f.Fd()), unix.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, unix.EWOULDBLOCK) && !errors.Is(err, unix.EINTR) || time.Now().After(deadline) {
			f.Close()
			if errors.Is(err, unix.EWOULDBLOCK) {
				return nil, ErrLocked
			}
			return nil, &os.PathError{Op: "flock", Path: path, Err: err}
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// syncDir makes a rename in dir durable. Errors are ignored: some file
// systems cannot sync a folder, and the rename is done either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
