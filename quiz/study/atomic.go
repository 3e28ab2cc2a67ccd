package study

import (
	"os"
	"path/filepath"
)

// crashAt, when set by a test, is called after each step of writeAtomic
// with the step's name; the test's child process exits there, as a crash
// would, leaving whatever the step left.
var crashAt func(step string)

func reached(step string) {
	if crashAt != nil {
		crashAt(step)
	}
}

// The steps of writeAtomic, in order, for the crash tests.
var writeSteps = []string{"created", "written", "synced", "closed", "renamed", "dir-synced"}

// writeAtomic replaces path with data so that a crash at any moment
// leaves the old file or the new one: a temporary file in the same folder
// (the rename must not cross file systems), written, synced and closed,
// renamed over path, then the folder synced so the rename itself is
// durable. The old file is never truncated.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	reached("created")
	if _, err = f.Write(data); err != nil {
		return err
	}
	reached("written")
	if err = f.Sync(); err != nil {
		return err
	}
	reached("synced")
	if err = f.Close(); err != nil {
		return err
	}
	reached("closed")
	// CreateTemp makes the file 0600; a progress file is the learner's
	// own, so that stays.
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	reached("renamed")
	syncDir(dir)
	reached("dir-synced")
	return nil
}
