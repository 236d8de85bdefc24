package io.openoms.payment.domain;

import java.util.Objects;

/**
 * How the gateway answered a charge. A decline is an answer, not an error: the customer's
 * bank said no, and the payment records why.
 */
public sealed interface ChargeOutcome {

	/**
	 * The money was taken.
	 *
	 * @param gatewayReference the gateway's id of the charge, for example {@code pi_...}
	 */
	record Succeeded(String gatewayReference) implements ChargeOutcome {

		public Succeeded {
			Objects.requireNonNull(gatewayReference, "gatewayReference");
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

	}

}
