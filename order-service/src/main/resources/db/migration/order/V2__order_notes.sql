-- What the order's history shows besides transitions: completed compensations, late events answered.
create table order_note (
    order_id uuid        not null references customer_order (id),
    sequence int         not null,
    note     text        not null,
    noted_at timestamptz not null,
    primary key (order_id, sequence)
);
