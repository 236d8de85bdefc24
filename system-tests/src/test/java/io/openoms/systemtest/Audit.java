package io.openoms.systemtest;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import io.openoms.reconciliation.Reconciliation;
import io.openoms.reconciliation.ReconciliationReport;
import io.openoms.reconciliation.ReconciliationSettings;
import io.openoms.reconciliation.ServiceDatabases;
import io.openoms.testsupport.TestDatabase;

/** The operator's reconciliation, run over a test system's four databases. */
final class Audit {

	private Audit() {
	}

	static ReconciliationReport run(Function<String, TestDatabase> databaseOf, Duration settleTime) {
		ServiceDatabases all = new ServiceDatabases(database(databaseOf, "order-service"),
				database(databaseOf, "payment-service"), database(databaseOf, "inventory-service"),
				database(databaseOf, "shipping-service"));
		return new Reconciliation(all,
				new ReconciliationSettings(Duration.ofMinutes(15), settleTime, Duration.ofSeconds(30)),
				Clock.systemUTC())
			.run();
	}

	private static ServiceDatabases.Database database(Function<String, TestDatabase> databaseOf, String service) {
		TestDatabase database = databaseOf.apply(service);
		return new ServiceDatabases.Database(database.jdbcUrl(), database.username(), database.password());
	}

}
