-- One database per service (no service reads another's tables). Runs once, when the data volume is empty.
CREATE DATABASE orders;
CREATE DATABASE payments;
CREATE DATABASE inventory;
CREATE DATABASE shipping;
