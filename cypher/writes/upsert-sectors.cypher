UNWIND $rows AS row
MERGE (s:Sector {code: row.code})
SET s.name = row.name, s.nameEn = row.nameEn
