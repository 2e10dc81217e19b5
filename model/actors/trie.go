package actors

// trie is a token trie: each edge is one token key, so a lookup costs one
// map probe per token of the text whatever the size of the gazetteer.
type trie struct {
	nodes []tnode
}

type tnode struct {
	next map[string]int32
	vals []surface
}

// surface is one way of writing an entity.
type surface struct {
	ent  int32  // index into Finder.ents
	form string // name, abbreviation, demonym, metonym, alias, surname
	// needThe means the surface is written "the X": it only matches after
	// "the", which is not part of the mention.
	needThe bool
}

func newTrie() *trie { return &trie{nodes: []tnode{{}}} }

// insert adds keys → s, ignoring an exact duplicate.
func (t *trie) insert(keys []string, s surface) {
	n := int32(0)
	for _, k := range keys {
		nx, ok := t.nodes[n].next[k]
		if !ok {
			if t.nodes[n].next == nil {
				t.nodes[n].next = map[string]int32{}
			}
			nx = int32(len(t.nodes))
			t.nodes = append(t.nodes, tnode{})
			t.nodes[n].next[k] = nx
		}
		n = nx
	}
	for _, v := range t.nodes[n].vals {
		if v == s {
			return
		}
	}
	t.nodes[n].vals = append(t.nodes[n].vals, s)
}

// longest returns the end (exclusive token index) and surfaces of the
// longest entry starting at toks[i], or (i, nil). afterThe says whether
// the token before i is "the"; surfaces needing it are dropped otherwise.
func (t *trie) longest(toks []token, i int, afterThe bool) (int, []surface) {
	n := int32(0)
	end, vals := i, []surface(nil)
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].is(fSentStart|fBreakBefore) {
			break
		}
		nx, ok := t.nodes[n].next[toks[j].key]
		if !ok {
			break
		}
		n = nx
		if v := t.nodes[n].vals; len(v) > 0 {
			if !afterThe {
				v = dropNeedThe(v)
			}
			if len(v) > 0 {
				end, vals = j+1, v
			}
		}
	}
	return end, vals
}

// lookup1 returns the surfaces of a one-word entry.
func (t *trie) lookup1(key string) []surface {
	if n, ok := t.nodes[0].next[key]; ok {
		return dropNeedThe(t.nodes[n].vals)
	}
	return nil
}

func dropNeedThe(v []surface) []surface {
	for _, s := range v {
		if s.needThe {
			out := make([]surface, 0, len(v))
			for _, s := range v {
				if !s.needThe {
					out = append(out, s)
				}
			}
			return out
		}
	}
	return v
}
