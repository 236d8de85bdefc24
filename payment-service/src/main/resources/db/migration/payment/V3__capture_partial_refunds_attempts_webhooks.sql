-- Authorize-then-capture: each charge keeps the capture method it was made with, so changing the setting only
-- affects new orders.
alter table payment add column capture_method varchar(20);
update payment set capture_method = 'AUTOMATIC' where kind = 'CHARGE';
alter table payment add constraint payment_charge_has_capture_method
    check ((kind = 'CHARGE') = (capture_method is not null));

-- Partial refunds: a charge keeps what its refunds gave back so far and can never give back more than it took.
alter table payment add column refunded_minor bigint not null default 0;
update payment set refunded_minor = amount_minor where kind = 'CHARGE' and status = 'REFUNDED';
alter table payment add constraint payment_refunds_within_charge
    check (refunded_minor >= 0 and refunded_minor <= amount_minor);

-- What started a refund, and for an operator's refund the key of the request (retries of it refund once).
alter table payment add column refund_trigger varchar(20);
update payment set refund_trigger = 'ORDER_CANCELLED' where kind = 'REFUND';
alter table payment add column request_key varchar(100);
alter table payment drop constraint payment_refund_names_its_charge;
alter table payment add constraint payment_refund_names_its_charge
    check ((kind = 'CHARGE') = (refund_of is null)
       and (kind = 'CHARGE') = (refund_reason is null)
       and (kind = 'CHARGE') = (refund_trigger is null)
       and coalesce(refund_trigger = 'OPERATOR', false) = (request_key is not null));

-- A charge remembers that its order was cancelled, so money that reaches it later (a customer completing
-- authentication after the cancellation) goes back.
alter table payment add column order_cancelled boolean not null default false;

-- Events caused by a webhook continue the order's correlation chain.
alter table payment add column correlation_id uuid;
update payment set correlation_id = order_id where correlation_id is null;
alter table payment alter column correlation_id set not null;

-- One charge per order and one cancellation refund per order, however often (and under whatever event id)
-- OrderCreated and OrderCancelled arrive; operators' refunds are unique per request key.
alter table payment drop constraint payment_one_per_order_and_kind;
create unique index payment_one_charge_per_order on payment (order_id) where kind = 'CHARGE';
create unique index payment_one_cancellation_refund_per_order on payment (order_id)
    where refund_trigger = 'ORDER_CANCELLED';
create unique index payment_one_refund_per_request on payment (order_id, request_key) where request_key is not null;
-- Webhooks name the charge by the gateway's id.
create index payment_charge_by_gateway_reference on payment (gateway_reference) where kind = 'CHARGE';
create index payment_by_order on payment (order_id);

-- Every call to the gateway: what was asked with which idempotency key, and what came back. A row without a
-- result is a call whose outcome is unknown (the service stopped during it); its retry carries the same key.
create table payment_attempt (
    id                uuid         primary key,
    payment_id        uuid         not null references payment (id),
    operation         varchar(20)  not null,
    idempotency_key   varchar(255) not null,
    started_at        timestamptz  not null,
    finished_at       timestamptz,
    result            text,
    gateway_reference varchar(100),
    check ((finished_at is null) = (result is null))
);
create index payment_attempt_by_payment on payment_attempt (payment_id, started_at);

-- Webhook events already handled, by the gateway's event id: a redelivered event changes nothing.
create table gateway_notification (
    id          varchar(255) primary key,
    type        varchar(100) not null,
    received_at timestamptz  not null,
    outcome     varchar(40)  not null
);
