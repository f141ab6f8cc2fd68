// The sources among $ids that exist, dates as text.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s {.*, publishedOn: toString(s.publishedOn)} AS props
