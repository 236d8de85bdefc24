package io.openoms.shipping.carrier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.application.RecordTrackingUpdate;
import io.openoms.shipping.domain.Shipment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated carriers' tracking reports: every poll interval, each parcel's steps that
 * are due by now are reported, in order, through the same use case as a real carrier's
 * webhook call. A parcel's steps are reported in one transaction with its journey row
 * locked, so no step is reported twice or out of order, and several instances can run
 * this at once. One poll moves up to {@code delivery-batch-size} parcels in one
 * transaction: all steps due of a parcel are recorded at once, and all journeys are
 * written back in one statement. A poll that finds nothing makes the next one look first
 * with one cheap query outside any transaction. A failed poll is logged by the scheduler
 * and simply runs again at the next interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedTracking implements SchedulingConfigurer {

	private final SimulatedParcels parcels;

	private final RecordTrackingUpdate recordTrackingUpdate;

	private final TransactionTemplate transactions;

	private final ShippingProperties properties;

	private final Clock clock;

	/** Whether the last poll found parcels due; only the scheduler's thread uses it. */
	private boolean busy = true;

	SimulatedTracking(SimulatedParcels parcels, RecordTrackingUpdate recordTrackingUpdate,
			TransactionTemplate transactions, ShippingProperties properties, Clock clock) {
		this.parcels = parcels;
		this.recordTrackingUpdate = recordTrackingUpdate;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::reportAllDue, this.properties.deliveryPollInterval());
	}

	void reportAllDue() {
		// An idle poll (nothing found last time) looks cheaply first, without a
		// transaction; a busy one goes straight to work.
		if (!this.busy && !this.parcels.anyDue(this.clock.instant())) {
			return;
		}
		int batch = this.properties.deliveryBatchSize();
		int moved;
		do {
			moved = reportDue(batch);
			this.busy = moved > 0;
		}
		while (moved == batch);
	}

	/**
	 * @return how many parcels were moved on, at most {@code limit}
	 */
	int reportDue(int limit) {
		Integer count = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<SimulatedJourney> due = this.parcels.lockDue(now, limit);
			List<SimulatedJourney> moved = new ArrayList<>(due.size());
			for (SimulatedJourney journey : due) {
				SimulatedJourney current = journey;
				List<Shipment.TrackingReport> reports = new ArrayList<>();
				while (!current.isOver() && !current.dueAt(current.nextStep()).isAfter(now)) {
					reports.add(current.nextReport());
					current = current.advanced();
				}
				if (!reports.isEmpty()) {
					this.recordTrackingUpdate.recordAll(current.carrier(), current.trackingNumber(), reports);
				}
				moved.add(current);
			}
			this.parcels.updateAll(moved);
			return due.size();
		});
		return (count != null) ? count : 0;
	}

}
