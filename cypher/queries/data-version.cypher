// Nothing but a read transaction: its bookmark names the last committed transaction, the data
// version the in-memory affiliation snapshot is checked against (read-affiliation-snapshot.ts).
RETURN 1 AS one
