-- Where a subscriber gets digests: a webhook or an e-mail address, for one target and language.
-- target is a digest tag ('topic:<id>', 'watch:<id>') or 'all' (every digest of the language).
create table subscription (
    id            text primary key,
    target        text not null,
    lang          text not null,
    -- the digest kinds delivered (ARTICLE, STORY, PERIOD); empty: every kind
    kinds         jsonb not null default '[]'::jsonb,
    channel       text not null,
    -- webhook: the target URL (checked against the SSRF rules when stored and at each call)
    webhook_url   text,
    -- webhook: the HMAC-SHA256 key of the signature; e-mail: the key of the unsubscribe token. Never returned.
    secret        text not null,
    -- e-mail: the address, the schedule (DeliverySchedule: 'daily HH:MM', 'weekly mon HH:MM' or cron), its zone
    email         text,
    schedule      text,
    time_zone     text,
    -- e-mail: when the next digest e-mail is due, and up to when the last one covered
    next_send_at  timestamptz,
    covered_until timestamptz,
    active        boolean not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint subscription_channel check (channel in ('webhook', 'email')),
    constraint subscription_lang check (lang in ('fr', 'en')),
    constraint subscription_webhook check (channel <> 'webhook' or webhook_url is not null),
    constraint subscription_email check (channel <> 'email' or (email is not null and schedule is not null and time_zone is not null))
);
create index subscription_target on subscription (target, lang) where active;
create index subscription_next_send on subscription (next_send_at) where channel = 'email' and active;

-- The outbox: one row per (subscription, digest version) to deliver. Enqueued once (the unique key makes a
-- replayed record a no-op), leased by workers with FOR UPDATE SKIP LOCKED, retried with exponential backoff,
-- and 'dead' after the last attempt, with its reason in delivery_dead_letter.
create table delivery (
    id              bigint generated always as identity primary key,
    subscription_id text not null references subscription (id) on delete cascade,
    digest_id       text not null,
    version         int not null,
    state           text not null default 'pending',
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    delivered_at    timestamptz,
    constraint delivery_state check (state in ('pending', 'delivered', 'dead')),
    constraint delivery_once unique (subscription_id, digest_id, version)
);
create index delivery_due on delivery (next_attempt_at) where state = 'pending';

-- Every attempt, for the delivery log: what the target answered, or why there was no answer.
create table delivery_attempt (
    id           bigint generated always as identity primary key,
    delivery_id  bigint not null references delivery (id) on delete cascade,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    latency_ms   bigint not null
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id);

-- Deliveries given up on, with the reason, for an operator to read and replay.
create table delivery_dead_letter (
    delivery_id     bigint primary key references delivery (id) on delete cascade,
    subscription_id text not null,
    digest_id       text not null,
    version         int not null,
    attempts        int not null,
    reason          text not null,
    created_at      timestamptz not null
);

-- The digest JSON exactly as it was read from its topic, once per version, for the webhook body: a delivery
-- retried an hour later still sends what was published then. Enqueued with its deliveries, in one transaction.
create table delivery_digest (
    digest_id  text not null,
    version    int not null,
    digest     text not null,
    created_at timestamptz not null,
    primary key (digest_id, version)
);
