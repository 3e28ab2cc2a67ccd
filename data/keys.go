package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// checkKeys walks the JSON in b against the Go type t and rejects what
// encoding/json lets through: object keys that match a field only when case
// is ignored ("Summary" for "summary") and keys given twice in one object.
// A hand-edited file with either would otherwise decode without complaint.
//
// The walk costs time linear in the file's size: the path an error names is
// kept as a stack of steps and spelt out only when there is an error, so a
// hostile file nested thousands deep is refused as fast as a flat one.
func checkKeys(b []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	w := &keyWalk{dec: dec}
	return w.walk(t)
}

// keyWalk is one walk of checkKeys: the decoder and the path to the value
// being read, one step per level (a key, or an index when key is "").
type keyWalk struct {
	dec  *json.Decoder
	path []step
}

type step struct {
	key   string
	index int
	array bool // index, not key, names the step
}

// at is where followed by ": ", or "" at the top of the value being
// checked, so a message never holds an empty step (": : key").
func (w *keyWalk) at() string {
	if s := w.where(); s != "" {
		return s + ": "
	}
	return ""
}

// where spells out the path: "entries[3].notes[0].lines".
func (w *keyWalk) where() string {
	var b strings.Builder
	for _, s := range w.path {
		if s.array {
			fmt.Fprintf(&b, "[%d]", s.index)
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.key)
	}
	return b.String()
}

func (w *keyWalk) walk(t reflect.Type) error {
	dec := w.dec
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return nil // a scalar
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch delim {
	case '[':
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		w.path = append(w.path, step{array: true})
		for i := 0; dec.More(); i++ {
			w.path[len(w.path)-1].index = i
			if err := w.walk(elem); err != nil {
				return err
			}
		}
		w.path = w.path[:len(w.path)-1]
	case '{':
		var fields map[string]reflect.Type
		if t != nil && t.Kind() == reflect.Struct {
			fields = jsonFields(t)
		}
		seen := map[string]bool{}
		w.path = append(w.path, step{})
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return err
			}
			key, _ := kt.(string)
			if seen[key] {
				w.path = w.path[:len(w.path)-1]
				return fmt.Errorf("%w: %skey %q appears twice", ErrSyntax, w.at(), key)
			}
			seen[key] = true
			var ft reflect.Type
			if fields != nil {
				var known bool
				if ft, known = fields[key]; !known {
					for name := range fields {
						if strings.EqualFold(name, key) {
							w.path = w.path[:len(w.path)-1]
							return fmt.Errorf("%w: %skey %q must be spelt %q", ErrSyntax, w.at(), key, name)
						}
					}
				}
			}
			w.path[len(w.path)-1].key = key
			if err := w.walk(ft); err != nil {
				return err
			}
		}
		w.path = w.path[:len(w.path)-1]
	}
	_, err = dec.Token() // the closing delimiter
	return err
}

var fieldCache sync.Map // reflect.Type → map[string]reflect.Type

// jsonFields maps a struct's JSON field names to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	fieldCache.Store(t, m)
	return m
}
