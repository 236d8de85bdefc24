package io.openoms.reconciliation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code bin/reconcile}: runs the audit against the four databases and prints every
 * violation. Exit code 0 when everything adds up, 1 when something does not, 2 when it
 * could not check.
 *
 * <p>
 * Settings come from the environment, defaulting to the local run's databases:
 * {@code OMS_RECONCILE_ORDERS_URL}, {@code _PAYMENTS_URL}, {@code _INVENTORY_URL},
 * {@code _SHIPPING_URL}, {@code OMS_RECONCILE_USER}, {@code OMS_RECONCILE_PASSWORD},
 * {@code OMS_RECONCILE_SETTLE_SECONDS}, {@code OMS_RECONCILE_MAX_ORDER_AGE_MINUTES}.
 */
public final class ReconcileCommand {

	private ReconcileCommand() {
	}

	public static void main(String[] args) {
		Map<String, String> env = System.getenv();
		String host = "jdbc:postgresql://localhost:" + env.getOrDefault("OMS_POSTGRES_PORT", "15432") + "/";
		String user = env.getOrDefault("OMS_RECONCILE_USER", "postgres");
		String password = env.getOrDefault("OMS_RECONCILE_PASSWORD", "postgres");
		ServiceDatabases databases = new ServiceDatabases(
				new ServiceDatabases.Database(env.getOrDefault("OMS_RECONCILE_ORDERS_URL", host + "orders"), user,
						password),
				new ServiceDatabases.Database(env.getOrDefault("OMS_RECONCILE_PAYMENTS_URL", host + "payments"), user,
						password),
				new ServiceDatabases.Database(env.getOrDefault("OMS_RECONCILE_INVENTORY_URL", host + "inventory"), user,
						password),
				new ServiceDatabases.Database(env.getOrDefault("OMS_RECONCILE_SHIPPING_URL", host + "shipping"), user,
						password));
		try {
			ReconciliationSettings defaults = ReconciliationSettings.defaults();
			ReconciliationSettings settings = new ReconciliationSettings(
					Duration.ofMinutes(Long.parseLong(env.getOrDefault("OMS_RECONCILE_MAX_ORDER_AGE_MINUTES",
							String.valueOf(defaults.maxOrderAge().toMinutes())))),
					Duration.ofSeconds(Long.parseLong(env.getOrDefault("OMS_RECONCILE_SETTLE_SECONDS",
							String.valueOf(defaults.settleTime().toSeconds())))),
					defaults.maxOutboxLag());
			ReconciliationReport report = new Reconciliation(databases, settings, Clock.systemUTC()).run();
			System.out.println(report.summary());
			System.exit(report.isClean() ? 0 : 1);
		}
		catch (RuntimeException ex) {
			System.err.println("Reconciliation could not run: " + ex.getMessage());
			System.exit(2);
		}
	}

}
