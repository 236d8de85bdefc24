package io.openoms.payment.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.openoms.payment.application.PaymentGateway;
import io.openoms.payment.application.PaymentGatewayException;
import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A gateway that never leaves the process and answers like Stripe's test payment methods,
 * so the whole flow, declines, authentication and authorize-then-capture included, runs
 * locally and in tests. A charge's or refund's reference is derived from the idempotency
 * key: asking twice with the same key gives the same answer, as Stripe does.
 */
@Component
@ConditionalOnProperty(name = "oms.payment.gateway", havingValue = "simulated", matchIfMissing = true)
class SimulatedPaymentGateway implements PaymentGateway {

	private static final String CARD_PREFIX = "pm_card_";

	private static final String CHARGE_PREFIX = "pi_sim_";

	private static final Map<String, ChargeOutcome.Declined> DECLINES = Map.of("pm_card_chargeDeclined",
			new ChargeOutcome.Declined("card_declined", "Your card was declined."),
			"pm_card_chargeDeclinedInsufficientFunds",
			new ChargeOutcome.Declined("insufficient_funds", "Your card has insufficient funds."),
			"pm_card_chargeDeclinedExpiredCard", new ChargeOutcome.Declined("expired_card", "Your card has expired."),
			"pm_card_chargeDeclinedIncorrectCvc",
			new ChargeOutcome.Declined("incorrect_cvc", "Your card's security code is incorrect."));

	/**
	 * Like Stripe's 3-D Secure test card: the charge waits for the customer, whose answer
	 * an operator plays with {@code POST
	 * /api/simulated-gateway/payments/{paymentId}/authentication}.
	 */
	static final String AUTHENTICATION_REQUIRED = "pm_card_authenticationRequired";

	@Override
	public ChargeOutcome charge(ChargeRequest request) {
		String method = request.paymentMethod();
		ChargeOutcome.Declined declined = DECLINES.get(method);
		if (declined != null) {
			return declined;
		}
		if (!method.startsWith(CARD_PREFIX)) {
			return new ChargeOutcome.Declined("payment_method_unknown",
					"No such payment method: '" + method + "'. Use a test card such as pm_card_visa.");
		}
		String reference = CHARGE_PREFIX + referenceFor(request.idempotencyKey());
		if (AUTHENTICATION_REQUIRED.equals(method)) {
			return new ChargeOutcome.RequiresAction(reference);
		}
		return (request.captureMethod() == CaptureMethod.MANUAL) ? new ChargeOutcome.Authorized(reference)
				: new ChargeOutcome.Succeeded(reference);
	}

	@Override
	public void capture(CaptureRequest request) {
		requireOwnCharge(request.chargeReference());
	}

	/**
	 * Always in time: the simulation keeps no state, so it cannot know whether the
	 * customer authenticated meanwhile.
	 */
	@Override
	public CancelOutcome cancel(CancelRequest request) {
		requireOwnCharge(request.chargeReference());
		return new CancelOutcome.Cancelled();
	}

	/**
	 * Refunds always succeed, as with Stripe's test cards; only a charge this gateway
	 * never made is an error, as Stripe's "No such payment_intent".
	 */
	@Override
	public RefundOutcome refund(RefundRequest request) {
		requireOwnCharge(request.chargeReference());
		return new RefundOutcome("re_sim_" + referenceFor(request.idempotencyKey()));
	}

	private static void requireOwnCharge(String chargeReference) {
		if (!chargeReference.startsWith(CHARGE_PREFIX)) {
			throw new PaymentGatewayException("No such payment_intent: '" + chargeReference + "'");
		}
	}

	private static UUID referenceFor(String idempotencyKey) {
		return UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8));
	}

}
