package io.openoms.order.application.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.openoms.order.application.InvalidOrderException;
import io.openoms.order.application.InvalidOrderException.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reporting endpoints' use case: checks the period, then asks {@link Reports}. */
@Component
public class OrderReports {

	/** The longest period one report covers: keeps every report's cost bounded. */
	public static final Duration MAX_PERIOD = Duration.ofDays(366);

	private final Reports reports;

	OrderReports(Reports reports) {
		this.reports = reports;
	}

	@Transactional(readOnly = true)
	public List<Reports.SalesDay> sales(Instant from, Instant to) {
		check(from, to);
		return this.reports.salesByDayAndChannel(from, to);
	}

	@Transactional(readOnly = true)
	public List<Reports.TopProduct> topProducts(Instant from, Instant to, int limit) {
		check(from, to);
		return this.reports.topProducts(from, to, limit);
	}

	@Transactional(readOnly = true)
	public List<Reports.FunnelStage> statusFunnel(Instant from, Instant to) {
		check(from, to);
		return this.reports.statusFunnel(from, to);
	}

	@Transactional(readOnly = true)
	public List<Reports.StageTime> timeToStage(Instant from, Instant to) {
		check(from, to);
		return this.reports.timeToStage(from, to);
	}

	@Transactional(readOnly = true)
	public List<Reports.CancellationReason> cancellationReasons(Instant from, Instant to, int limit) {
		check(from, to);
		return this.reports.cancellationReasons(from, to, limit);
	}

	private static void check(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			throw new InvalidOrderException(List.of(new Violation("to", "must be after from")));
		}
		if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
			throw new InvalidOrderException(List.of(new Violation("to", "a report covers at most 366 days")));
		}
	}

}
