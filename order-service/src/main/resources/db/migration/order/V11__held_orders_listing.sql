-- The listing's held filter (GET /api/orders?held=true): the few orders on hold, newest first, without scanning the
-- others. held=false reads customer_order_created (V10) and skips the held rows; a partial index stays as small as the
-- number of orders on hold.
create index customer_order_held on customer_order (created_at desc, id desc) where held_at is not null;
