package io.openoms.inventory.persistence;

import java.util.List;

import io.openoms.inventory.application.Warehouses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The warehouse table. */
@Repository
class JdbcWarehouses implements Warehouses {

	private final JdbcClient jdbc;

	JdbcWarehouses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean exists(String code) {
		return this.jdbc.sql("select exists (select 1 from warehouse where code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	@Override
	public List<String> codes() {
		return this.jdbc.sql("select code from warehouse order by code").query(String.class).list();
	}

}
