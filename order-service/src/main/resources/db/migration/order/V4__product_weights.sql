-- What one unit of a product weighs when shipped, in grams (packaging included). order-service passes it on with the
-- order's lines, so shipping-service can choose a carrier by weight; null: unknown.
alter table product add column unit_weight_grams int check (unit_weight_grams > 0);

update product set unit_weight_grams = case sku
    when 'TSHIRT-BLACK-M' then 200
    when 'TSHIRT-WHITE-L' then 220
    when 'HOODIE-GREY-L'  then 650
    when 'MUG-LOGO'       then 450
    when 'CAP-NAVY'       then 150
    when 'SOCKS-3PACK'    then 180
    when 'POSTER-LIMITED' then 400
end;

-- The weight as it was when the order was placed, like the price.
alter table order_line add column unit_weight_grams int check (unit_weight_grams > 0);
