-- A range of amounts ("entre 10 et 20 milliards d'euros") keeps value as its lower bound and
-- value_end as its upper one; null for every other fact, so existing rows stay right as they are.
alter table fact add column value_end numeric;

-- What the page's metadata says beyond the title: lead image URL, the site's section, and when it
-- was last modified (published_at stays the original date). Null for articles stored before V4
-- until they are extracted again.
alter table article add column image       text;
alter table article add column section     text;
alter table article add column modified_at timestamptz;
