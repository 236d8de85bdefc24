package io.openoms.order.application;

import java.time.Clock;
import java.util.Optional;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.Money;
import io.openoms.contracts.inventory.StockReleased;
import io.openoms.contracts.payment.PaymentAuthorizationCancelled;
import io.openoms.contracts.payment.PaymentRefunded;
import io.openoms.messaging.Causation;
import org.springframework.stereotype.Component;

/** Records in the order's history the compensations other services completed for it. */
@Component
public class Compensations {

	private final OrderTransitions transitions;

	private final Clock clock;

	Compensations(OrderTransitions transitions, Clock clock) {
		this.transitions = transitions;
		this.clock = clock;
	}

	public void onRefunded(EventEnvelope<PaymentRefunded> event) {
		PaymentRefunded refund = event.payload();
		String text = "payment " + refund.paymentId() + " refunded: " + format(refund.amount()) + " ("
				+ refund.gatewayReference() + "), " + refund.reason();
		record(event, text);
	}

	public void onAuthorizationCancelled(EventEnvelope<PaymentAuthorizationCancelled> event) {
		PaymentAuthorizationCancelled release = event.payload();
		record(event, "payment " + release.paymentId() + " released: the hold of " + format(release.amount()) + " ("
				+ release.gatewayReference() + ") is lifted, nothing was taken; " + release.reason());
	}

	public void onReleased(EventEnvelope<StockReleased> event) {
		StockReleased release = event.payload();
		record(event,
				"stock released in " + release.warehouse() + ": "
						+ release.lines()
							.stream()
							.map((line) -> line.quantity() + " x " + line.sku())
							.reduce((a, b) -> a + ", " + b)
							.orElse("nothing"));
	}

	private void record(EventEnvelope<?> event, String text) {
		this.transitions.apply(event.orderId(), (order) -> {
			order.recordCompensation(text, this.clock.instant());
			return Optional.empty();
		}, Causation.causedBy(event));
	}

	static String format(Money money) {
		return String.format("%d.%02d %s", money.amountMinor() / 100, money.amountMinor() % 100, money.currency());
	}

}
