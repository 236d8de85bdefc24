package io.openoms.payment.gateway;

import java.util.Locale;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;

import io.openoms.payment.PaymentProperties;
import io.openoms.payment.application.PaymentGateway;
import io.openoms.payment.application.PaymentGatewayException;
import io.openoms.payment.application.PaymentGatewayUnavailableException;
import io.openoms.payment.domain.CancelOutcome;
import io.openoms.payment.domain.CancelRequest;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.CaptureRequest;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

/**
 * Charges, captures, cancels and refunds through Stripe's API with the official
 * stripe-java client. A charge is one PaymentIntent, created and confirmed in one call,
 * captured at once or (authorize-then-capture) by a later capture call; a refund gives
 * back part or all of that PaymentIntent. What Stripe settles later (after the customer
 * authenticated) arrives as a webhook ({@link StripeWebhooks}).
 * <p>
 * Every request carries the port's idempotency key ({@code order-<id>-charge},
 * {@code order-<id>-capture}, {@code order-<id>-refund}, ...). The client retries
 * timeouts, connection failures and Stripe's 409 and 5xx answers itself, with that key.
 * When it gives up, or Stripe rate-limits us (429), the call throws
 * {@link PaymentGatewayUnavailableException}, the event is redelivered after the
 * consumer's back-off and the next call sends the same key again, so Stripe replays what
 * it did the first time instead of charging twice.
 */
class StripePaymentGateway implements PaymentGateway {

	/** Stripe's error code for a request that does not fit the object's status. */
	static final String UNEXPECTED_STATE = "payment_intent_unexpected_state";

	static final String PAYMENT_METHOD_UNKNOWN = "payment_method_unknown";

	private final StripeClient client;

	StripePaymentGateway(StripeClient client) {
		this.client = client;
	}

	/** A client with the configured key, API base, timeouts and network retries. */
	static StripeClient clientFor(PaymentProperties.Stripe settings) {
		if (!settings.hasSecretKey()) {
			throw new IllegalArgumentException("a Stripe secret key is needed (STRIPE_SECRET_KEY)");
		}
		return StripeClient.builder()
			.setApiKey(settings.secretKey())
			.setApiBase(settings.apiBase())
			.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
			.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()))
			.setMaxNetworkRetries(settings.maxNetworkRetries())
			.build();
	}

	@Override
	public ChargeOutcome charge(ChargeRequest request) {
		PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
			.setAmount(request.amount().amountMinor())
			.setCurrency(request.amount().currency().toLowerCase(Locale.ROOT))
			.setPaymentMethod(request.paymentMethod())
			.setConfirm(true)
			.setCaptureMethod(
					(request.captureMethod() == CaptureMethod.MANUAL) ? PaymentIntentCreateParams.CaptureMethod.MANUAL
							: PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
			// No redirects: the OMS has no page to send the customer back to. Card
			// authentication (3-D Secure) still works: the web shop completes it with
			// the PaymentIntent, and the outcome comes as a webhook.
			.setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
				.setEnabled(true)
				.setAllowRedirects(PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER)
				.build())
			.putMetadata("order_id", request.orderId().toString())
			.putMetadata("payment_id", request.paymentId().toString())
			.build();
		PaymentIntent intent;
		try {
			intent = this.client.v1().paymentIntents().create(params, options(request.idempotencyKey()));
		}
		catch (CardException ex) {
			return new ChargeOutcome.Declined(declineCodeOf(ex), messageOf(ex));
		}
		catch (InvalidRequestException ex) {
			if ("payment_method".equals(ex.getStripeError() != null ? ex.getStripeError().getParam() : null)) {
				// The order names a payment method Stripe does not know: the customer's
				// problem, not the infrastructure's, and no retry changes it.
				return new ChargeOutcome.Declined(PAYMENT_METHOD_UNKNOWN, messageOf(ex));
			}
			throw refused("charge of order " + request.orderId(), ex);
		}
		catch (StripeException ex) {
			throw failed("charge of order " + request.orderId(), ex);
		}
		return settled(intent, "charge of order " + request.orderId());
	}

	/**
	 * What a PaymentIntent's status means for the charge; also used for webhooks.
	 * @return empty for a status that settles nothing ({@code processing},
	 * {@code canceled}, ...)
	 */
	static Optional<ChargeOutcome> outcomeOf(PaymentIntent intent) {
		return Optional.ofNullable(switch (String.valueOf(intent.getStatus())) {
			case "succeeded" -> new ChargeOutcome.Succeeded(intent.getId());
			case "requires_capture" -> new ChargeOutcome.Authorized(intent.getId());
			case "requires_action" -> new ChargeOutcome.RequiresAction(intent.getId());
			case "requires_payment_method" -> declineOf(intent);
			default -> null;
		});
	}

	/** Stripe's decline code (or error code) of the PaymentIntent's last failure. */
	static ChargeOutcome.Declined declineOf(PaymentIntent intent) {
		StripeError error = intent.getLastPaymentError();
		String code = (error != null) ? firstNonBlank(error.getDeclineCode(), error.getCode()) : null;
		String message = (error != null) ? error.getMessage() : null;
		return new ChargeOutcome.Declined((code != null) ? code : "card_declined",
				(message != null) ? message : "Your card was declined.");
	}

	private static ChargeOutcome settled(PaymentIntent intent, String what) {
		return outcomeOf(intent)
			.orElseThrow(() -> new PaymentGatewayException("Stripe left PaymentIntent " + intent.getId() + " of the "
					+ what + " in status '" + intent.getStatus() + "', which payment-service cannot settle"));
	}

	@Override
	public void capture(CaptureRequest request) {
		String what = "capture of order " + request.orderId();
		PaymentIntent intent;
		try {
			intent = this.client.v1()
				.paymentIntents()
				.capture(request.chargeReference(), PaymentIntentCaptureParams.builder().build(),
						options(request.idempotencyKey()));
		}
		catch (StripeException ex) {
			throw failed(what, ex);
		}
		if (!"succeeded".equals(intent.getStatus())) {
			throw new PaymentGatewayException("Stripe answered the " + what + " with PaymentIntent " + intent.getId()
					+ " in status '" + intent.getStatus() + "'");
		}
	}

	@Override
	public CancelOutcome cancel(CancelRequest request) {
		String what = "cancellation of order " + request.orderId() + "'s payment";
		try {
			this.client.v1()
				.paymentIntents()
				.cancel(request.chargeReference(),
						PaymentIntentCancelParams.builder()
							.setCancellationReason(PaymentIntentCancelParams.CancellationReason.ABANDONED)
							.build(),
						options(request.idempotencyKey()));
			return new CancelOutcome.Cancelled();
		}
		catch (InvalidRequestException ex) {
			if (!UNEXPECTED_STATE.equals(ex.getCode())) {
				throw refused(what, ex);
			}
		}
		catch (StripeException ex) {
			throw failed(what, ex);
		}
		// The PaymentIntent moved on before the cancellation arrived; ask how.
		PaymentIntent intent;
		try {
			intent = this.client.v1().paymentIntents().retrieve(request.chargeReference());
		}
		catch (StripeException ex) {
			throw failed(what, ex);
		}
		if ("canceled".equals(intent.getStatus())) {
			return new CancelOutcome.Cancelled();
		}
		return new CancelOutcome.Overtaken(settled(intent, what));
	}

	/**
	 * Gives back part or all of the charge's PaymentIntent. Stripe answers
	 * {@code succeeded} for most cards and {@code pending} where the refund settles
	 * later; both mean Stripe took the refund on. Whether a pending refund later fails
	 * only a webhook would tell.
	 */
	@Override
	public RefundOutcome refund(RefundRequest request) {
		RefundCreateParams params = RefundCreateParams.builder()
			.setPaymentIntent(request.chargeReference())
			.setAmount(request.amount().amountMinor())
			.putMetadata("order_id", request.orderId().toString())
			.putMetadata("refund_id", request.refundId().toString())
			.putMetadata("reason", request.reason())
			.build();
		Refund refund;
		try {
			refund = this.client.v1().refunds().create(params, options(request.idempotencyKey()));
		}
		catch (InvalidRequestException ex) {
			throw refused("refund of order " + request.orderId(), ex);
		}
		catch (StripeException ex) {
			throw failed("refund of order " + request.orderId(), ex);
		}
		if (!"succeeded".equals(refund.getStatus()) && !"pending".equals(refund.getStatus())) {
			throw new PaymentGatewayException("Stripe answered the refund of order " + request.orderId() + " with "
					+ refund.getId() + " in status '" + refund.getStatus() + "'");
		}
		return new RefundOutcome(refund.getId());
	}

	private static RequestOptions options(String idempotencyKey) {
		return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
	}

	/** Failures where whether the money moved is unknown are retried; others are not. */
	private static PaymentGatewayException failed(String what, StripeException ex) {
		boolean serverError = ex instanceof ApiException && (ex.getStatusCode() == null || ex.getStatusCode() >= 500);
		// 409: another request with the same idempotency key is still running at Stripe.
		boolean keyInUse = ex.getStatusCode() != null && ex.getStatusCode() == 409;
		if (ex instanceof RateLimitException || ex instanceof ApiConnectionException || serverError || keyInUse) {
			return new PaymentGatewayUnavailableException(
					"Stripe could not be reached or failed for the " + what + ": " + ex.getMessage(), ex);
		}
		return refused(what, ex);
	}

	private static PaymentGatewayException refused(String what, StripeException ex) {
		return new PaymentGatewayException(
				"Stripe refused the " + what + " (HTTP " + ex.getStatusCode() + "): " + ex.getMessage(), ex);
	}

	private static String declineCodeOf(CardException ex) {
		String code = firstNonBlank(ex.getDeclineCode(), ex.getCode());
		return (code != null) ? code : "card_declined";
	}

	/** Stripe's own message, without the code and request id the exception appends. */
	private static String messageOf(StripeException ex) {
		StripeError error = ex.getStripeError();
		String message = (error != null) ? error.getMessage() : null;
		return (message != null && !message.isBlank()) ? message : ex.getMessage();
	}

	private static String firstNonBlank(String first, String second) {
		if (first != null && !first.isBlank()) {
			return first;
		}
		return (second != null && !second.isBlank()) ? second : null;
	}

}
