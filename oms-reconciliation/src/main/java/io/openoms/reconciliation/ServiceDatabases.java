package io.openoms.reconciliation;

/**
 * Read-only connections to each service's database. The audit is an operator tool, off
 * the order path: it is the one place that reads all four, and it never writes.
 */
public record ServiceDatabases(Database orders, Database payments, Database inventory, Database shipping) {

	/**
	 * @param jdbcUrl a PostgreSQL JDBC URL
	 */
	public record Database(String jdbcUrl, String username, String password) {
	}

}
