-- Issue 7 (ADR 0014): the catalog's descriptions and categories, pricing rules, the price breakdown each order keeps,
-- customers, and the indexes of the reports.

alter table product
    add column description text,
    add column category    varchar(100),
    add column updated_at  timestamptz not null default now();

update product set category = case
    when sku like 'TSHIRT-%' or sku = 'HOODIE-GREY-L' or sku = 'SOCKS-3PACK' then 'apparel'
    when sku = 'CAP-NAVY' then 'accessories'
    else 'merchandise'
end;

create index product_category on product (category) where active;

-- A discount an operator set up; see PricingEngine for the precedence.
create table pricing_rule (
    id                   uuid         primary key,
    name                 varchar(200) not null,
    kind                 varchar(20)  not null check (kind in ('PERCENTAGE', 'FIXED_AMOUNT')),
    percent_basis_points int          not null default 0 check (percent_basis_points between 0 and 10000),
    amount_minor         bigint       check (amount_minor > 0),
    currency             char(3),
    scope                varchar(20)  not null check (scope in ('SKU', 'CATEGORY', 'ORDER')),
    target               varchar(100),
    valid_from           timestamptz,
    valid_until          timestamptz,
    min_quantity         int          check (min_quantity > 0),
    min_order_minor      bigint       check (min_order_minor >= 0),
    coupon_code          varchar(50),
    stackable            boolean      not null default false,
    active               boolean      not null default true,
    created_at           timestamptz  not null
);

create index pricing_rule_active on pricing_rule (scope, target) where active;
create index pricing_rule_coupon on pricing_rule (coupon_code) where active and coupon_code is not null;

-- The price breakdown as placed (null for orders placed before it existed). total_minor stays the amount charged.
alter table customer_order
    add column subtotal_minor        bigint check (subtotal_minor >= 0),
    add column discount_minor        bigint check (discount_minor >= 0),
    add column tax_minor             bigint check (tax_minor >= 0),
    add column tax_rate_basis_points int,
    add column coupon_code           varchar(50);
-- The reports group by customer_order.channel, added by V5 (ADR 0013).

alter table order_line
    add column discount_minor       bigint check (discount_minor >= 0),
    add column order_discount_minor bigint check (order_discount_minor >= 0),
    add column total_minor          bigint check (total_minor >= 0),
    add column tax_minor            bigint check (tax_minor >= 0);

-- Every discount applied: line_no null for an order-level discount.
create table order_discount (
    order_id     uuid         not null references customer_order (id),
    sequence     int          not null,
    line_no      int,
    rule_id      uuid         not null,
    rule_name    varchar(200) not null,
    coupon_code  varchar(50),
    amount_minor bigint       not null check (amount_minor >= 0),
    primary key (order_id, sequence)
);

-- Customers: created or updated when they place an order.
create table customer (
    id         varchar(100) primary key,
    name       varchar(200) not null,
    email      varchar(320),
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);

create table customer_address (
    customer_id  varchar(100) not null references customer (id),
    address_key  varchar(1000) not null,
    name         varchar(200) not null,
    line1        varchar(200) not null,
    line2        varchar(200),
    postal_code  varchar(20)  not null,
    city         varchar(100) not null,
    country      char(2)      not null,
    first_used_at timestamptz not null,
    last_used_at timestamptz  not null,
    times_used   int          not null default 1,
    primary key (customer_id, address_key)
);

-- Reports: orders and revenue by day and channel, and the funnel read the orders of a period from this index alone.
-- It is the listing's index of V5, (created_at desc, id desc), with the reports' columns included: one index for both.
drop index customer_order_created;
create index customer_order_created on customer_order (created_at desc, id desc)
    include (channel, status, total_minor, currency);
-- Cancellation reasons of a period.
create index order_status_change_cancelled on order_status_change (changed_at) include (reason)
    where to_status = 'CANCELLED';
-- Reports: when each order first reached each status, in seconds after placement (0 for CREATED). Written with the
-- history; the status funnel and the stage times read it instead of joining orders to their history.
create table order_stage (
    order_id  uuid             not null references customer_order (id),
    status    varchar(20)      not null,
    placed_at timestamptz      not null,
    seconds   double precision not null,
    primary key (order_id, status)
);

insert into order_stage (order_id, status, placed_at, seconds)
select c.order_id, c.to_status, o.created_at, extract(epoch from min(c.changed_at) - o.created_at)
from order_status_change c join customer_order o on o.id = c.order_id
group by c.order_id, c.to_status, o.created_at;

-- A short period: the period's rows; a long one: each status's rows in order of seconds, so the percentile needs no sort.
create index order_stage_placed on order_stage (placed_at) include (status, seconds);
create index order_stage_status on order_stage (status, seconds) include (placed_at);
