-- The catalog: order-service prices every line from here; clients never send prices.
create table product (
    sku              varchar(64)  primary key,
    name             varchar(200) not null,
    unit_price_minor bigint       not null check (unit_price_minor >= 0),
    currency         char(3)      not null,
    active           boolean      not null default true
);

insert into product (sku, name, unit_price_minor, currency) values
    ('TSHIRT-BLACK-M', 'T-shirt black, M',        1999, 'EUR'),
    ('TSHIRT-WHITE-L', 'T-shirt white, L',        1999, 'EUR'),
    ('HOODIE-GREY-L',  'Hoodie grey, L',          4999, 'EUR'),
    ('MUG-LOGO',       'Mug with logo',            999, 'EUR'),
    ('CAP-NAVY',       'Cap navy',                1499, 'EUR'),
    ('SOCKS-3PACK',    'Socks, pack of three',     899, 'EUR'),
    ('POSTER-LIMITED', 'Poster, limited edition', 2999, 'EUR');

create table customer_order (
    id               uuid         primary key,
    customer_id      varchar(100) not null,
    status           varchar(20)  not null,
    revision         int          not null,
    total_minor      bigint       not null check (total_minor >= 0),
    currency         char(3)      not null,
    payment_method   varchar(100) not null,
    ship_name        varchar(200) not null,
    ship_line1       varchar(200) not null,
    ship_line2       varchar(200),
    ship_postal_code varchar(20)  not null,
    ship_city        varchar(100) not null,
    ship_country     char(2)      not null,
    payment_id       uuid,
    allocation_id    uuid,
    warehouse        varchar(50),
    shipment_id      uuid,
    carrier          varchar(50),
    tracking_number  varchar(100),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

create index customer_order_customer on customer_order (customer_id, created_at desc);
create index customer_order_status on customer_order (status, created_at desc);

create table order_line (
    order_id         uuid        not null references customer_order (id),
    line_no          int         not null,
    sku              varchar(64) not null,
    quantity         int         not null check (quantity > 0),
    unit_price_minor bigint      not null check (unit_price_minor >= 0),
    primary key (order_id, line_no)
);

-- The order's history: one row per transition, the revision numbers them without gaps.
create table order_status_change (
    order_id    uuid        not null references customer_order (id),
    revision    int         not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    reason      text,
    changed_at  timestamptz not null,
    primary key (order_id, revision)
);
