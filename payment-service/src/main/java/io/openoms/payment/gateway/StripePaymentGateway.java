package io.openoms.payment.gateway;

import java.util.Locale;

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
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;

import io.openoms.payment.PaymentProperties;
import io.openoms.payment.application.PaymentGateway;
import io.openoms.payment.application.PaymentGatewayException;
import io.openoms.payment.application.PaymentGatewayUnavailableException;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.ChargeRequest;
import io.openoms.payment.domain.RefundOutcome;
import io.openoms.payment.domain.RefundRequest;

/**
 * Charges and refunds through Stripe's API with the official stripe-java client. A charge
 * is one PaymentIntent, created and confirmed in one call with automatic capture; a
 * refund gives that PaymentIntent back in full.
 * <p>
 * Every request carries the port's idempotency key ({@code order-<id>-charge},
 * {@code order-<id>-refund}). The client retries timeouts, connection failures and
 * Stripe's 409 and 5xx answers itself, with that key. When it gives up, or Stripe
 * rate-limits us (429), the call throws {@link PaymentGatewayUnavailableException}, the
 * event is redelivered after the consumer's back-off and the next call sends the same key
 * again, so Stripe replays what it did the first time instead of charging twice.
 */
class StripePaymentGateway implements PaymentGateway {

	static final String AUTHENTICATION_REQUIRED = "authentication_required";

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
			// No redirects: nobody is there to follow one until webhooks and a return
			// URL exist.
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
		return outcomeOf(intent, request);
	}

	private static ChargeOutcome outcomeOf(PaymentIntent intent, ChargeRequest request) {
		String status = intent.getStatus();
		if ("succeeded".equals(status)) {
			return new ChargeOutcome.Succeeded(intent.getId());
		}
		if ("requires_action".equals(status)) {
			// 3-D Secure needs the customer and a webhook to learn the result; until
			// both exist, such a charge cannot succeed.
			return new ChargeOutcome.Declined(AUTHENTICATION_REQUIRED,
					"Your card requires authentication, which is not supported yet (PaymentIntent " + intent.getId()
							+ ").");
		}
		if ("requires_payment_method".equals(status)) {
			StripeError error = intent.getLastPaymentError();
			String code = (error != null) ? firstNonBlank(error.getDeclineCode(), error.getCode()) : null;
			String message = (error != null) ? error.getMessage() : null;
			return new ChargeOutcome.Declined((code != null) ? code : "card_declined",
					(message != null) ? message : "Your card was declined.");
		}
		throw new PaymentGatewayException("Stripe left PaymentIntent " + intent.getId() + " of order "
				+ request.orderId() + " in status '" + status + "', which payment-service cannot settle yet");
	}

	/**
	 * Gives the charge's PaymentIntent back in full. Stripe answers {@code succeeded} for
	 * most cards and {@code pending} where the refund settles later; both mean Stripe
	 * took the refund on. Whether a pending refund later fails only a webhook would tell.
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
		if (ex instanceof RateLimitException || ex instanceof ApiConnectionException || serverError) {
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
