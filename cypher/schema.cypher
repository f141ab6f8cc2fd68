// splot schema: keys, lookup indexes and the full-text index on institution names.
// Every statement is idempotent (IF NOT EXISTS), so applying the file again changes nothing.

CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (n:Partnership) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT collaboration_id IF NOT EXISTS FOR (n:Collaboration) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT area_teryt IF NOT EXISTS FOR (n:Area) REQUIRE n.teryt IS UNIQUE;
CREATE CONSTRAINT sector_code IF NOT EXISTS FOR (n:Sector) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT unnamed_participant_id IF NOT EXISTS FOR (n:UnnamedParticipant) REQUIRE n.id IS UNIQUE;

CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX institution_synthetic IF NOT EXISTS FOR (n:Institution) ON (n.synthetic);
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX collaboration_kind IF NOT EXISTS FOR (n:Collaboration) ON (n.kind);

// Diacritic-insensitive search ("Cmielow" finds "Ćmielów"): the standard-folding analyzer folds accents.
CREATE FULLTEXT INDEX institutionNames IF NOT EXISTS FOR (n:Institution) ON EACH [n.name, n.shortName]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Partner surveys (server/src/survey): a respondent's link is found by the hash of its token.
CREATE CONSTRAINT survey_id IF NOT EXISTS FOR (n:Survey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT survey_response_id IF NOT EXISTS FOR (n:SurveyResponse) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT survey_proposal_id IF NOT EXISTS FOR (n:ProposedPartner) REQUIRE n.id IS UNIQUE;
CREATE INDEX survey_response_token IF NOT EXISTS FOR (n:SurveyResponse) ON (n.tokenHash);
