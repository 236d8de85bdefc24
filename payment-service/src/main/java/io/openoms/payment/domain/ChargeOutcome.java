package io.openoms.payment.domain;

import java.util.Objects;

/**
 * How the gateway answered a charge, at once or later through a webhook. A decline is an
 * answer, not an error: the customer's bank said no, and the payment records why.
 */
public sealed interface ChargeOutcome {

	/** The gateway's id of the charge, if the answer has one. */
	String gatewayReference();

	/** The outcome in a word, for the attempt log: {@code declined: card_declined}. */
	String summary();

	/**
	 * The money was taken.
	 *
	 * @param gatewayReference the gateway's id of the charge, for example {@code pi_...}
	 */
	record Succeeded(String gatewayReference) implements ChargeOutcome {

		public Succeeded {
			Objects.requireNonNull(gatewayReference, "gatewayReference");
		}

		@Override
		public String summary() {
			return "succeeded";
		}

	}

	/**
	 * The money is held on the card, to be captured later ({@link CaptureMethod#MANUAL}).
	 *
	 * @param gatewayReference the gateway's id of the charge
	 */
	record Authorized(String gatewayReference) implements ChargeOutcome {

		public Authorized {
			Objects.requireNonNull(gatewayReference, "gatewayReference");
		}

		@Override
		public String summary() {
			return "authorized";
		}

	}

	/**
	 * The customer must authenticate the payment (3-D Secure); the gateway reports the
	 * result later.
	 *
	 * @param gatewayReference the gateway's id of the charge
	 */
	record RequiresAction(String gatewayReference) implements ChargeOutcome {

		public RequiresAction {
			Objects.requireNonNull(gatewayReference, "gatewayReference");
		}

		@Override
		public String summary() {
			return "requires_action";
		}

	}

	/**
	 * Nothing was taken.
	 *
	 * @param code a stable machine-readable reason, for example {@code card_declined}
	 * @param message the reason in words
	 */
	record Declined(String code, String message) implements ChargeOutcome {

		public Declined {
			Objects.requireNonNull(code, "code");
			Objects.requireNonNull(message, "message");
		}

		@Override
		public String gatewayReference() {
			return null;
		}

		@Override
		public String summary() {
			return "declined: " + this.code;
		}

	}

}
