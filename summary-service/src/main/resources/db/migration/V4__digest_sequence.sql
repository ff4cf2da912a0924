-- The order in which digest versions were noted as published, for the SSE stream's event ids and its
-- Last-Event-ID replay. Kafka's order across partitions and replicas is no single sequence, so the
-- ids come from here: a version gets the next value when it is marked published, under a
-- transaction-scoped advisory lock, so seq order is commit order and a reader that has seen seq N
-- never later finds a committed N-1.
create sequence digest_seq as bigint;

alter table digest add column seq bigint;

-- Versions published before this migration are numbered in creation order, so a stream can replay them.
with numbered as (
    select id, version from digest where published order by created_at, id, version
), assigned as (
    select id, version, nextval('digest_seq') as seq from numbered
)
update digest d set seq = a.seq from assigned a where d.id = a.id and d.version = a.version;

alter table digest add constraint digest_seq_unique unique (seq);
