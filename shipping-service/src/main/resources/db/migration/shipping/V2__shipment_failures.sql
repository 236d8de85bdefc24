-- The failure paths of a shipment: a booking the carrier refused (FAILED: no parcel ever left, the row stays so a
-- redelivered OrderAllocated never books), a parcel the carrier could not deliver (RETURNED), a parcel called back
-- because its order was cancelled while it was on its way (RECALLED). reason says why, in words; it can quote
-- an order's cancellation reason, so its length is left to the producer.
alter table shipment
    add column reason      text,
    add column failed_at   timestamptz,
    add column returned_at timestamptz,
    add column recalled_at timestamptz,
    add constraint shipment_status
        check (status in ('CREATED', 'DISPATCHED', 'DELIVERED', 'FAILED', 'RETURNED', 'RECALLED')),
    add constraint shipment_reason
        check ((status in ('FAILED', 'RETURNED', 'RECALLED')) = (reason is not null));
