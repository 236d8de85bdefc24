-- The number of the order's notes, so that the next note's number is taken in the statement that inserts it
-- (update ... returning), without reading the notes first: the update waits for the order's row lock and reads
-- the committed count, so two notes never get the same number (issue 8).
alter table customer_order add column note_count int not null default 0 check (note_count >= 0);

update customer_order o set note_count = n.count
from (select order_id, max(sequence) as count from order_note group by order_id) n
where n.order_id = o.id;
