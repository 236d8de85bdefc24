-- An order allocated in several warehouses ships one parcel per warehouse: one shipment per order and warehouse.
alter table shipment drop constraint shipment_one_per_order;
alter table shipment add constraint shipment_one_per_warehouse unique (order_id, warehouse);

-- The carrier service chosen by the rate card (ADR 0012), what the parcel weighs, what its label cost, and the
-- parcel's tracking status: the latest carrier report that moved it on (LABEL_CREATED ... DELIVERED).
alter table shipment
    add column service         varchar(20),
    add column weight_grams    int check (weight_grams > 0),
    add column cost_minor      bigint check (cost_minor >= 0),
    add column cost_currency   char(3),
    add column carrier_choice  text,
    add column tracking_status varchar(30);

-- Deliveries are reported by the carrier now (tracking events), no longer looked for by due time.
drop index shipment_due_for_delivery;

-- Every tracking report of a carrier, once per carrier event id. applied = false: kept for the history, but it
-- arrived after a later report or after the parcel's journey ended, and changed nothing.
create table tracking_event (
    shipment_id      uuid         not null references shipment (id),
    carrier          varchar(50)  not null,
    carrier_event_id varchar(200) not null,
    status           varchar(30)  not null,
    description      text,
    location         varchar(200),
    occurred_at      timestamptz  not null,
    recorded_at      timestamptz  not null,
    applied          boolean      not null,
    constraint tracking_event_once unique (carrier, carrier_event_id)
);
create index tracking_event_of_shipment on tracking_event (shipment_id);

-- shipping-service's own copy of what it needs of an order, from OrderCreated: its priority and product weights.
create table order_to_ship (
    order_id    uuid        primary key,
    service     varchar(20) not null,
    received_at timestamptz not null
);
create table order_to_ship_weight (
    order_id          uuid        not null references order_to_ship (order_id),
    sku               varchar(64) not null,
    unit_weight_grams int         not null check (unit_weight_grams > 0),
    primary key (order_id, sku)
);

-- The simulated carriers' own books: the journey each parcel will make (statuses, comma-separated), spread evenly
-- over journey_millis after dispatch, and the next step due. next_due_at is null once the journey is over or the
-- parcel was recalled.
create table simulated_parcel (
    carrier         varchar(50)  not null,
    tracking_number varchar(100) not null,
    steps           text         not null,
    warehouse       varchar(50)  not null,
    city            varchar(100) not null,
    country         char(2)      not null,
    line1           varchar(200) not null,
    dispatched_at   timestamptz  not null,
    journey_millis  bigint       not null check (journey_millis >= 0),
    next_step       int          not null,
    next_due_at     timestamptz,
    primary key (carrier, tracking_number)
);
create index simulated_parcel_due on simulated_parcel (next_due_at) where next_due_at is not null;

-- Parcels on their way when this version is installed finish their journey as before: delivered when due, or
-- returned if undeliverable.
insert into simulated_parcel (carrier, tracking_number, steps, warehouse, city, country, line1, dispatched_at,
                              journey_millis, next_step, next_due_at)
select carrier, tracking_number,
       case when ship_line1 like '%UNDELIVERABLE%' then 'RETURNED_TO_SENDER' else 'DELIVERED' end,
       warehouse, ship_city, ship_country, ship_line1, dispatched_at,
       greatest(0, (extract(epoch from (expected_delivery_at - dispatched_at)) * 1000)::bigint), 0,
       expected_delivery_at
from shipment
where status = 'DISPATCHED' and carrier = 'SIMPOST';
update shipment set tracking_status = 'LABEL_CREATED', service = 'STANDARD' where status = 'DISPATCHED';
