UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.publisherIdentifiedBy = row.publisherIdentifiedBy,
    s.url = row.url, s.file = row.file, s.publishedOn = date(row.publishedOn)
