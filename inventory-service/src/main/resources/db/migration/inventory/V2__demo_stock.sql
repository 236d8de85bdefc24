-- Demo stock for order-service's demo catalog, received once at the first start. Every unit arrives as a
-- RECEIPT movement, so the levels equal what the movements say from the very beginning.
insert into warehouse (code, name) values
    ('WH-BERLIN', 'Berlin'),
    ('WH-MADRID', 'Madrid');

create temporary table demo_stock (sku varchar(64), warehouse varchar(32), quantity int) on commit drop;

insert into demo_stock (sku, warehouse, quantity) values
    ('TSHIRT-BLACK-M', 'WH-BERLIN', 10000), ('TSHIRT-BLACK-M', 'WH-MADRID', 5000),
    ('TSHIRT-WHITE-L', 'WH-BERLIN', 10000), ('TSHIRT-WHITE-L', 'WH-MADRID', 5000),
    ('HOODIE-GREY-L',  'WH-BERLIN', 10000), ('HOODIE-GREY-L',  'WH-MADRID', 5000),
    ('MUG-LOGO',       'WH-BERLIN', 10000), ('MUG-LOGO',       'WH-MADRID', 5000),
    ('CAP-NAVY',       'WH-BERLIN', 10000), ('CAP-NAVY',       'WH-MADRID', 5000),
    ('SOCKS-3PACK',    'WH-BERLIN', 10000), ('SOCKS-3PACK',    'WH-MADRID', 5000),
    ('POSTER-LIMITED', 'WH-BERLIN', 5);

insert into stock_level (sku, warehouse, on_hand, reserved)
select sku, warehouse, quantity, 0 from demo_stock;

insert into stock_movement (sku, warehouse, movement_type, quantity, reference, reason, occurred_at)
select sku, warehouse, 'RECEIPT', quantity, 'DEMO-SEED', 'demo stock received at first start', now() from demo_stock;
