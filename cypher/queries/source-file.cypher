// The stored file name of one source, for sourceText (server/src/provenance/source-text.ts).
MATCH (s:Source {id: $id})
RETURN s.file AS file
