-- Where an order came from (ADR 0013): the channel ('api' for HTTP clients that name none, or the upstream system
-- such as 'webshop-de') and, for orders handed over by an upstream system, its own order reference. The pair is
-- unique: an upstream order is placed at most once.
alter table customer_order
    add column channel            varchar(50)  not null default 'api',
    add column external_reference varchar(100),
    -- An operator's hold (ADR 0013): while held_at is set, the order's next news for the other services waits;
    -- withheld_status names the transition whose event is withheld (PAID: OrderPaid, ALLOCATED: OrderAllocated).
    add column hold_reason        varchar(500),
    add column held_at            timestamptz,
    add column withheld_status    varchar(20) check (withheld_status in ('PAID', 'ALLOCATED')),
    add constraint customer_order_withheld_only_while_held check (withheld_status is null or held_at is not null);

create unique index customer_order_channel_reference on customer_order (channel, external_reference)
    where external_reference is not null;

-- The listing's stable order (created_at desc, id desc), unfiltered and by channel.
create index customer_order_created on customer_order (created_at desc, id desc);
create index customer_order_channel on customer_order (channel, created_at desc, id desc);

-- HTTP placements made idempotent by the client's Idempotency-Key: stored in the transaction that creates the
-- order, so two requests with one key create one order. request_hash is the SHA-256 of the canonical request.
create table idempotency_key (
    idempotency_key varchar(200) primary key,
    request_hash    char(64)     not null,
    -- The key is claimed before the order row is written, in the same transaction.
    order_id        uuid         not null references customer_order (id) deferrable initially deferred,
    created_at      timestamptz  not null
);

-- What inventory-service reserved where, as it reported it: passed on to shipping-service with OrderAllocated, also
-- when an order on hold is released later.
create table order_allocated_unit (
    order_id  uuid        not null references customer_order (id),
    line_no   int         not null,
    sku       varchar(64) not null,
    quantity  int         not null check (quantity > 0),
    warehouse varchar(50),
    primary key (order_id, line_no)
);
