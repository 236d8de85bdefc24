-- The places stock is kept. Receipts and allocations name one of these, so a typo never creates a phantom warehouse.
create table warehouse (
    code varchar(32)  primary key,
    name varchar(200) not null
);

-- Stock of one SKU in one warehouse. reserved = allocated to orders, not yet shipped; available = on_hand - reserved.
-- The constraints are the last line of defence: no code path may oversell, whatever the concurrency.
create table stock_level (
    sku        varchar(64) not null,
    warehouse  varchar(32) not null references warehouse (code),
    on_hand    int         not null,
    reserved   int         not null default 0,
    updated_at timestamptz not null default now(),
    primary key (sku, warehouse),
    constraint stock_level_on_hand_not_negative check (on_hand >= 0),
    constraint stock_level_reserved_not_negative check (reserved >= 0),
    constraint stock_level_reserved_within_on_hand check (reserved <= on_hand)
);

-- Every change of a stock level, append-only: the levels can always be rebuilt from it (see stock_level_rebuilt).
-- quantity is the number of units moved, positive; only an ADJUSTMENT is a signed correction of on_hand.
create table stock_movement (
    id            bigserial    primary key,
    sku           varchar(64)  not null,
    warehouse     varchar(32)  not null,
    movement_type varchar(20)  not null,
    quantity      int          not null,
    order_id      uuid,
    reference     varchar(100),
    reason        varchar(500),
    occurred_at   timestamptz  not null,
    foreign key (sku, warehouse) references stock_level (sku, warehouse),
    constraint stock_movement_type check (movement_type in ('RECEIPT', 'ALLOCATION', 'RELEASE', 'SHIPMENT', 'ADJUSTMENT')),
    constraint stock_movement_quantity check (quantity > 0 or (movement_type = 'ADJUSTMENT' and quantity <> 0))
);

create index stock_movement_by_sku on stock_movement (sku, id desc);
create index stock_movement_by_order on stock_movement (order_id) where order_id is not null;

-- The levels as the movements say they are; must always equal stock_level (an audit query, and a test, compare them).
create view stock_level_rebuilt as
select sku,
       warehouse,
       sum(case movement_type
               when 'RECEIPT' then quantity
               when 'ADJUSTMENT' then quantity
               when 'SHIPMENT' then -quantity
               else 0 end)::int as on_hand,
       sum(case movement_type
               when 'ALLOCATION' then quantity
               when 'RELEASE' then -quantity
               when 'SHIPMENT' then -quantity
               else 0 end)::int as reserved
from stock_movement
group by sku, warehouse;

-- One allocation per order, whatever its outcome: a redelivered OrderPaid (even with a new event id) finds it
-- and allocates nothing twice. A rejection is kept too, so it is never silently turned into a late success.
create table allocation (
    id                uuid        primary key,
    order_id          uuid        not null unique,
    status            varchar(20) not null,
    rejection_reason  varchar(30),
    unknown_skus      text[],
    insufficient_skus text[],
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint allocation_status check (status in ('ALLOCATED', 'REJECTED', 'SHIPPED', 'RELEASED')),
    constraint allocation_rejection check ((status = 'REJECTED') = (rejection_reason is not null))
);

-- What an allocation reserved. The warehouse is per line so that a later split allocation needs no new table.
create table allocation_line (
    allocation_id uuid        not null references allocation (id),
    sku           varchar(64) not null,
    warehouse     varchar(32) not null,
    quantity      int         not null check (quantity > 0),
    primary key (allocation_id, sku, warehouse),
    foreign key (sku, warehouse) references stock_level (sku, warehouse)
);
