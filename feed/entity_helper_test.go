package feed

import "dateline/feed/entity"

func entityResult() entity.Result {
	return entity.Result{
		People: []entity.Person{{Name: "Ann Lee", Quoted: true}, {Name: "Bo Ray"}, {Name: "Ann Lee"}},
		Quotes: []entity.Quote{{Speaker: "Ann Lee"}, {Speaker: "the minister"}, {Speaker: ""}},
		Places: []entity.Place{{Name: "Kyiv"}, {Name: "Kyiv"}},
	}
}
