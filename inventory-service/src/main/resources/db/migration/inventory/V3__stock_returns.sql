-- Returns: when the carrier returns a shipped parcel and the order is cancelled, its units come back on hand as
-- RETURN movements, and the allocation ends RETURNED.
alter table stock_movement
    drop constraint stock_movement_type,
    add constraint stock_movement_type
        check (movement_type in ('RECEIPT', 'ALLOCATION', 'RELEASE', 'SHIPMENT', 'RETURN', 'ADJUSTMENT'));

-- A release or return quotes the order's cancellation reason, which may itself be up to 500 characters long.
alter table stock_movement alter column reason type text;

alter table allocation
    drop constraint allocation_status,
    add constraint allocation_status check (status in ('ALLOCATED', 'REJECTED', 'SHIPPED', 'RELEASED', 'RETURNED'));

-- The levels as the movements say they are, now counting returns; must always equal stock_level.
create or replace view stock_level_rebuilt as
select sku,
       warehouse,
       sum(case movement_type
               when 'RECEIPT' then quantity
               when 'ADJUSTMENT' then quantity
               when 'RETURN' then quantity
               when 'SHIPMENT' then -quantity
               else 0 end)::int as on_hand,
       sum(case movement_type
               when 'ALLOCATION' then quantity
               when 'RELEASE' then -quantity
               when 'SHIPMENT' then -quantity
               else 0 end)::int as reserved
from stock_movement
group by sku, warehouse;
