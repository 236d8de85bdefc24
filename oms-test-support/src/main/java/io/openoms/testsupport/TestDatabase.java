package io.openoms.testsupport;

/**
 * Connection details of a fresh database created for one test context.
 *
 * @param jdbcUrl the JDBC URL, without credentials
 * @param username the user to connect as
 * @param password that user's password
 */
public record TestDatabase(String jdbcUrl, String username, String password) {

}
