package feed

import (
	"dateline/feed/article"
	"dateline/feed/entity"
)

// Prepare does the costly per-article work of a reload before the writer
// sees the feed: it renders each article's body to text and stores the
// people, speakers and places found in it in Entities.
func Prepare(f *Feed) { prepare(f, nil) }

// prepare is Prepare for the articles not marked in skip.
func prepare(f *Feed, skip []bool) {
	for i := range f.Articles {
		if i < len(skip) && skip[i] {
			continue
		}
		f.Articles[i].Entities = EntitiesOf(f.Articles[i].Body())
	}
}

// EntitiesOf renders an HTML or text body and lists the distinct people,
// speakers and places in it.
func EntitiesOf(body string) []EntityRef {
	if body == "" {
		return nil
	}
	return entityRefs(entity.Find(article.Render(body).Text()))
}

func entityRefs(res entity.Result) []EntityRef {
	n := len(res.People) + len(res.Places)
	refs := make([]EntityRef, 0, n)
	seen := make(map[EntityRef]bool, n)
	add := func(k EntityKind, name string) {
		r := EntityRef{Kind: k, Name: article.Sanitize(name)}
		if r.Name == "" || seen[r] {
			return
		}
		seen[r] = true
		refs = append(refs, r)
	}
	for _, p := range res.People {
		add(EntityPerson, p.Name)
		if p.Quoted {
			add(EntitySpeaker, p.Name)
		}
	}
	for _, q := range res.Quotes {
		add(EntitySpeaker, q.Speaker)
	}
	for _, p := range res.Places {
		add(EntityPlace, p.Name)
	}
	return refs
}
