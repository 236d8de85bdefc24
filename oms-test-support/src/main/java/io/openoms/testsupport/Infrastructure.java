package io.openoms.testsupport;

/**
 * A Kafka broker and a PostgreSQL server, however they are provided.
 */
interface Infrastructure {

	/**
	 * Start the broker; called at most once.
	 * @return the bootstrap servers
	 */
	String startKafka();

	/**
	 * Start the database server; called at most once.
	 */
	void startPostgres();

	/**
	 * Create a database on the started server.
	 * @param name a lower-case identifier, unique in this JVM
	 * @return how to connect to it
	 */
	TestDatabase createDatabase(String name);

	/**
	 * Stop whatever was started.
	 */
	void stop();

}
