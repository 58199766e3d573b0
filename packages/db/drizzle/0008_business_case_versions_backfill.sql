-- Business cases saved before their versions were kept have no history row for the
-- version they are at. Record it once, as the save would have: the live definition,
-- no changed paths, who saved it last and when. Cases that have the row are left alone.
INSERT INTO "config_versions" ("id", "municipality_id", "kind", "version", "definition", "changes", "changed_by", "changed_at")
SELECT gen_random_uuid(), b."municipality_id", 'businessCase:' || b."id"::text, b."version", b."definition", '[]'::jsonb, b."updated_by", b."updated_at"
FROM "business_cases" b
WHERE NOT EXISTS (
  SELECT 1 FROM "config_versions" v
  WHERE v."municipality_id" = b."municipality_id"
    AND v."kind" = 'businessCase:' || b."id"::text
    AND v."version" = b."version"
);
