-- Allocation priority, backorders and available-to-promise (ADR 0011).

-- The products' stock settings: whether an order that did not choose waits for the product when it is short, the
-- low-stock threshold, and where the available units stood at the last change (so each alert is raised once).
create table product (
    sku                 varchar(64) primary key,
    backorders_allowed  boolean     not null default false,
    low_stock_threshold int         not null default 0 check (low_stock_threshold >= 0),
    alert_state         varchar(10) not null default 'NORMAL' check (alert_state in ('NORMAL', 'LOW', 'OUT')),
    updated_at          timestamptz not null default now()
);

insert into product (sku, alert_state)
select sku, case when sum(on_hand - reserved) <= 0 then 'OUT' else 'NORMAL' end
from stock_level group by sku;

-- An allocation now remembers the order's terms and what it needs; a waiting (BACKORDERED) order holds nothing, or
-- the lines filled so far; an EXPIRED one waited too long and was rejected.
alter table allocation
    add column priority           varchar(10) not null default 'STANDARD' check (priority in ('STANDARD', 'EXPRESS')),
    add column placed_at          timestamptz,
    add column backorder_policy   varchar(10) check (backorder_policy in ('WAIT', 'REJECT')),
    add column partial_allowed    boolean     not null default false,
    add column expires_at         timestamptz,
    drop constraint allocation_status,
    add constraint allocation_status
        check (status in ('ALLOCATED', 'REJECTED', 'BACKORDERED', 'EXPIRED', 'SHIPPED', 'RELEASED', 'RETURNED')),
    drop constraint allocation_rejection,
    add constraint allocation_rejection check ((status in ('REJECTED', 'EXPIRED')) = (rejection_reason is not null)),
    add constraint allocation_backorder_expires check (status <> 'BACKORDERED' or expires_at is not null);

update allocation set placed_at = created_at;
alter table allocation alter column placed_at set not null, alter column placed_at set default now();

-- The queue of waiting orders: express first, then the oldest.
create index allocation_waiting on allocation ((case when priority = 'EXPRESS' then 0 else 1 end), placed_at, order_id)
    where status = 'BACKORDERED';

-- What each order needs, one row per SKU; allocation_line says what is held of it.
create table allocation_demand (
    allocation_id uuid        not null references allocation (id),
    sku           varchar(64) not null,
    quantity      int         not null check (quantity > 0),
    primary key (allocation_id, sku)
);

create index allocation_demand_by_sku on allocation_demand (sku);

insert into allocation_demand (allocation_id, sku, quantity)
select allocation_id, sku, sum(quantity) from allocation_line group by allocation_id, sku;

-- Goods a supplier announced, counted for the available-to-promise from their date until a receipt with the same
-- reference books them in.
create table expected_receipt (
    id          uuid         primary key,
    sku         varchar(64)  not null,
    warehouse   varchar(32)  not null references warehouse (code),
    quantity    int          not null check (quantity > 0),
    expected_on date         not null,
    reference   varchar(100) not null,
    received_at timestamptz,
    created_at  timestamptz  not null default now()
);

create index expected_receipt_by_sku on expected_receipt (sku, expected_on);

-- The limited poster warns purchasing when only two are left.
update product set low_stock_threshold = 2 where sku = 'POSTER-LIMITED';
