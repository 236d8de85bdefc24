-- One row per movement of an order's money through the gateway.
create table payment (
    id                uuid         primary key,
    order_id          uuid         not null,
    kind              varchar(20)  not null,
    status            varchar(20)  not null,
    amount_minor      bigint       not null check (amount_minor >= 0),
    currency          char(3)      not null,
    payment_method    varchar(100) not null,
    gateway_reference varchar(100),
    failure_code      varchar(100),
    failure_reason    text,
    attempts          int          not null check (attempts >= 0),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    -- An order is charged once, however often (and under whatever event id) OrderCreated arrives.
    constraint payment_one_per_order_and_kind unique (order_id, kind)
);
