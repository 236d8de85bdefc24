package io.openoms.payment.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.openoms.contracts.Money;
import io.openoms.messaging.Causation;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what the gateway reports through webhooks, once per report: the outcome of a
 * charge that waited for the customer's authentication moves the order on exactly like an
 * immediate one, and money refunded outside the OMS (in Stripe's dashboard) is recorded
 * so the books add up. Reports arrive late, twice and out of order; the charge only ever
 * moves forward ({@link Payment#record}).
 */
@Component
public class SettleFromGateway {

	private static final Logger log = LoggerFactory.getLogger(SettleFromGateway.class);

	private final Payments payments;

	private final GatewayNotifications notifications;

	private final PaymentEventPublisher events;

	private final Clock clock;

	SettleFromGateway(Payments payments, GatewayNotifications notifications, PaymentEventPublisher events,
			Clock clock) {
		this.payments = payments;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Outcome on(GatewayNotification notification) {
		Instant now = this.clock.instant();
		if (!this.notifications.recordIfFirst(notification.id(), notification.type(), now)) {
			log.info("Gateway notification {} ({}) was handled before", notification.id(), notification.type());
			return Outcome.DUPLICATE;
		}
		Optional<Payment> found = (notification.paymentId() != null)
				? this.payments.lockChargeById(notification.paymentId()) : Optional.empty();
		if (found.isEmpty()) {
			found = this.payments.lockChargeByGatewayReference(notification.chargeReference());
		}
		Outcome outcome = found.map((charge) -> apply(notification, charge, now)).orElse(Outcome.NOT_OURS);
		if (outcome == Outcome.NOT_OURS) {
			log.info("Gateway notification {} ({}) is about {}, which is no charge of this OMS", notification.id(),
					notification.type(), notification.chargeReference());
		}
		this.notifications.recordOutcome(notification.id(), outcome.name());
		return outcome;
	}

	private Outcome apply(GatewayNotification notification, Payment charge, Instant now) {
		Causation causation = new Causation(charge.correlationId(),
				UUID.nameUUIDFromBytes(notification.id().getBytes(StandardCharsets.UTF_8)));
		Optional<?> published;
		if (notification instanceof GatewayNotification.ChargeSettled settled) {
			published = charge.record(settled.outcome(), now).map((happened) -> {
				this.events.publish(happened, causation);
				return happened;
			});
		}
		else {
			published = recordRefundsMadeElsewhere((GatewayNotification.ChargeRefunded) notification, charge, causation,
					now);
		}
		this.payments.update(charge);
		return published.isPresent() ? Outcome.APPLIED : Outcome.ALREADY_KNOWN;
	}

	/**
	 * The gateway gave back more than the OMS asked for, counting refunds still on their
	 * way (claimed before they were sent, so the gateway cannot know of a refund the OMS
	 * does not): someone refunded outside the OMS.
	 */
	private Optional<Payment> recordRefundsMadeElsewhere(GatewayNotification.ChargeRefunded notification,
			Payment charge, Causation causation, Instant now) {
		Money pending = this.payments.pendingRefunds(charge);
		Money known = charge.amount().minus(charge.refundable(pending));
		long elsewhere = notification.refundedInTotal().amountMinor() - known.amountMinor();
		if (elsewhere <= 0) {
			return Optional.empty();
		}
		Payment refund = charge.refund(UUID.randomUUID(), new Money(elsewhere, charge.amount().currency()),
				RefundTrigger.GATEWAY, "refunded outside the OMS (gateway report " + notification.id() + ")", null,
				pending, now);
		String reference = (notification.latestRefundReference() != null) ? notification.latestRefundReference()
				: notification.id();
		refund.record(new RefundOutcome(reference), now);
		this.payments.addIfAbsent(refund);
		this.events.publish(charge.applyRefund(refund, now), causation);
		return Optional.of(refund);
	}

	/** What handling a notification did. */
	public enum Outcome {

		/** It moved a payment on and published what happened. */
		APPLIED,

		/** The payment was there already, from our own call or an earlier report. */
		ALREADY_KNOWN,

		/** The same report was handled before. */
		DUPLICATE,

		/** It is about a charge this OMS did not make. */
		NOT_OURS

	}

}
