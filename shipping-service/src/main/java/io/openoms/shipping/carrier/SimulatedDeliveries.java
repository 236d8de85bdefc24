package io.openoms.shipping.carrier;

import io.openoms.shipping.ShippingProperties;
import io.openoms.shipping.application.DeliverDueShipments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The simulated carrier's deliveries: every poll interval, the shipments whose expected
 * delivery time has passed are marked delivered. A real carrier would tell us instead (a
 * webhook); a failed poll is logged by the scheduler and simply runs again at the next
 * interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "oms.shipping.carrier", havingValue = "simulated", matchIfMissing = true)
class SimulatedDeliveries implements SchedulingConfigurer {

	private final DeliverDueShipments deliverDueShipments;

	private final ShippingProperties properties;

	SimulatedDeliveries(DeliverDueShipments deliverDueShipments, ShippingProperties properties) {
		this.deliverDueShipments = deliverDueShipments;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::deliverAllDue, this.properties.deliveryPollInterval());
	}

	void deliverAllDue() {
		int batch = this.properties.deliveryBatchSize();
		while (this.deliverDueShipments.deliverDue(batch) == batch) {
			// A full batch: more may be due.
		}
	}

}
