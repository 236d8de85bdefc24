package io.openoms.payment.application;

import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.domain.ChargeOutcome;

/**
 * Something the gateway reports on its own (a webhook), already verified and translated
 * by the gateway's adapter.
 */
public sealed interface GatewayNotification {

	/** The gateway's id of the report, unique: the same report twice is handled once. */
	String id();

	/** The gateway's name of the report, for example {@code payment_intent.succeeded}. */
	String type();

	/** The gateway's id of the charge it is about, for example {@code pi_...}. */
	String chargeReference();

	/**
	 * Our id of the charge, if the gateway knows it (we send it as metadata); null for
	 * charges made outside the OMS.
	 */
	UUID paymentId();

	/** A charge settled: succeeded, was authorized, needs the customer or failed. */
	record ChargeSettled(String id, String type, String chargeReference, UUID paymentId,
			ChargeOutcome outcome) implements GatewayNotification {

		public ChargeSettled {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(chargeReference, "chargeReference");
			Objects.requireNonNull(outcome, "outcome");
		}

	}

	/**
	 * Money of a charge went back.
	 *
	 * @param refundedInTotal all the gateway gave back of the charge so far
	 * @param latestRefundReference the gateway's id of the latest refund, if it said
	 */
	record ChargeRefunded(String id, String type, String chargeReference, UUID paymentId, Money refundedInTotal,
			String latestRefundReference) implements GatewayNotification {

		public ChargeRefunded {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(chargeReference, "chargeReference");
			Objects.requireNonNull(refundedInTotal, "refundedInTotal");
		}

	}

}
