-- A syndicated copy: a near-duplicate of an article received earlier (the same wire story under
-- another headline or on another site). It joins that article's story and gets no ARTICLE digest.
alter table article add column copy_of text;
create index article_copy_of on article (copy_of) where copy_of is not null;
