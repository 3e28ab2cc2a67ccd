// Package study keeps one learner's progress through the quiz questions:
// a spaced-repetition card per question, scheduled by go-fsrs (FSRS, the
// model Anki uses), the history of answers, the questions due and new ones
// to mix in, and the weak areas by exam domain, task statement and
// category. Time always comes from the caller.
//
//	deck, _ := study.NewDeck(quiz.Options{Seed: seed}) // every question, by ref
//	p, _ := study.Open(path, study.Options{})          // or study.New
//	plan := p.Plan(deck, now, study.PlanOptions{New: 5})
//	qz := plan.Quiz(deck)                              // due first, new mixed in
//	for _, q := range qz.Questions {
//		res, _ := q.Grade(ask(q))
//		p.Record(q, study.Answer{Correct: res.Correct, At: now})
//	}
//	p.Save(path)
//	st := p.Stats(now) // accuracy and retention per domain, task, category
//
// A question is known by its stable ref (quiz.Question.Ref). A wrong
// answer is rated Again; a right one Good, or Hard or Easy when the caller
// knows how it felt. By default scheduling is long-term only: a question
// answered wrong comes back the next day, one answered right days later,
// further each time (Options.ShortTerm adds FSRS's same-day steps).
// Questions the notes no longer make stay in the history and the stats and
// are skipped by Plan; questions the notes newly make are new cards.
//
// # Saving
//
// Progress is saved as versioned JSON holding the history, not the cards:
// cards are replayed from it with go-fsrs on load, so they never disagree
// with it. Save replaces the file atomically (a temporary file in the same
// folder, synced, renamed over the old one, and the folder synced), so a
// crash or Ctrl-C leaves the old file or the new one. A corrupt,
// truncated, later-version or unreadable file is an error naming the file
// (*FileError wrapping ErrCorrupt or ErrVersion) and is never overwritten.
//
// Two processes saving one file keep each other's answers by merging on
// save, under a lock: Save takes an exclusive lock on a lock file beside
// the progress file (flock where the system has it, so a crash never
// leaves it held; an O_EXCL lock file elsewhere), re-reads the file,
// merges its history into the progress by unique review ID, replays the
// cards and writes the union. The lock is held for the save alone, so two
// programs may study at once.
//
// A *Progress is safe for concurrent use; a *Deck is read-only.
package study
