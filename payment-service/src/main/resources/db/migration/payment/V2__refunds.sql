-- A refund is a payment row of kind REFUND that names the charge it gives back and why.
-- It is stored with the charge's payment method (the money goes back where it came from).
alter table payment add column refund_of uuid references payment (id);
alter table payment add column refund_reason text;

-- A charge names no charge and has no refund reason; every other kind names both.
alter table payment add constraint payment_refund_names_its_charge
    check ((kind = 'CHARGE') = (refund_of is null) and (kind = 'CHARGE') = (refund_reason is null));

-- payment_one_per_order_and_kind, unique (order_id, kind), now also means: an order is refunded in full at most
-- once, however often (and under whatever event id) OrderCancelled arrives. Partial refunds, when they come, get
-- a kind of their own, and the constraint becomes a partial unique index over CHARGE and REFUND.
