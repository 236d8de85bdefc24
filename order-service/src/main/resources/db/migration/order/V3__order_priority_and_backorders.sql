-- How the customer wants the order fulfilled (ADR 0011): its priority, whether it waits for stock that is short
-- (null: each product's default decides) and whether a waiting order may hold the lines filled so far.
alter table customer_order
    add column priority           varchar(10) not null default 'STANDARD' check (priority in ('STANDARD', 'EXPRESS')),
    add column backorder_policy   varchar(10) check (backorder_policy in ('WAIT', 'REJECT')),
    add column partial_allocation boolean     not null default false;
