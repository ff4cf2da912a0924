-- Every run of an e-mail subscription: the window (window_from, window_to] it covered, how many digests the
-- e-mail listed, and the outcome: 'sent', 'empty' (nothing in the window, no e-mail) or 'failed' (the error
-- says why; the subscription stays due and is tried again after a backoff).
create table email_send (
    id              bigint generated always as identity primary key,
    subscription_id text not null references subscription (id) on delete cascade,
    window_from     timestamptz not null,
    window_to       timestamptz not null,
    digests         int not null,
    sent_at         timestamptz not null,
    outcome         text not null,
    error           text,
    constraint email_send_outcome check (outcome in ('sent', 'empty', 'failed'))
);
create index email_send_subscription on email_send (subscription_id, sent_at);
