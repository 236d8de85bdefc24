-- One row per parcel; an order is shipped once, however often OrderAllocated arrives.
create table shipment (
    id                   uuid         primary key,
    order_id             uuid         not null,
    warehouse            varchar(50)  not null,
    status               varchar(20)  not null,
    ship_name            varchar(200) not null,
    ship_line1           varchar(200) not null,
    ship_line2           varchar(200),
    ship_postal_code     varchar(20)  not null,
    ship_city            varchar(100) not null,
    ship_country         char(2)      not null,
    carrier              varchar(50),
    tracking_number      varchar(100),
    tracking_url         varchar(500),
    created_at           timestamptz  not null,
    dispatched_at        timestamptz,
    expected_delivery_at timestamptz,
    delivered_at         timestamptz,
    -- Carried on to the events published about the shipment after the message that created it.
    correlation_id       uuid         not null,
    constraint shipment_one_per_order unique (order_id),
    constraint shipment_tracking_number_unique unique (carrier, tracking_number)
);

-- The delivery poller only ever reads dispatched shipments by due time: keep that index small.
create index shipment_due_for_delivery on shipment (expected_delivery_at) where status = 'DISPATCHED';

create table shipment_line (
    shipment_id uuid        not null references shipment (id),
    line_no     int         not null,
    sku         varchar(64) not null,
    quantity    int         not null check (quantity > 0),
    primary key (shipment_id, line_no)
);

-- The simulated carrier's tracking number serials (SP + 12 digits).
create sequence simulated_carrier_tracking_number minvalue 1 maxvalue 999999999999 no cycle;
