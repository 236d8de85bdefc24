package io.openoms.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * The payment aggregate: one movement of an order's money through the gateway, a charge
 * that takes (or holds) it or a refund that gives some of it back. It owns its state
 * machine: every transition checks that it is legal and returns the event it caused.
 * <p>
 * Outcomes arrive twice and out of order: once as the gateway's answer to our call and
 * again through its webhooks, which Stripe does not promise to deliver in order. So
 * {@link #record(ChargeOutcome, Instant)} only ever moves a charge forward and answers an
 * outcome it already knows with no event.
 */
public final class Payment {

	private final UUID id;

	private final UUID orderId;

	private final PaymentKind kind;

	private final Money amount;

	private final String paymentMethod;

	private final CaptureMethod captureMethod;

	private final UUID refundOf;

	private final String refundReason;

	private final RefundTrigger refundTrigger;

	private final String requestKey;

	private final UUID correlationId;

	private final Instant createdAt;

	private PaymentStatus status;

	private String gatewayReference;

	private String failureCode;

	private String failureReason;

	private Money refunded;

	private boolean orderCancelled;

	private int attempts;

	private Instant updatedAt;

	private Payment(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.orderId = Objects.requireNonNull(snapshot.orderId(), "orderId");
		this.kind = Objects.requireNonNull(snapshot.kind(), "kind");
		this.amount = Objects.requireNonNull(snapshot.amount(), "amount");
		this.paymentMethod = Objects.requireNonNull(snapshot.paymentMethod(), "paymentMethod");
		this.correlationId = Objects.requireNonNull(snapshot.correlationId(), "correlationId");
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.refunded = Objects.requireNonNull(snapshot.refunded(), "refunded");
		this.captureMethod = snapshot.captureMethod();
		this.gatewayReference = snapshot.gatewayReference();
		this.failureCode = snapshot.failureCode();
		this.failureReason = snapshot.failureReason();
		this.refundOf = snapshot.refundOf();
		this.refundReason = snapshot.refundReason();
		this.refundTrigger = snapshot.refundTrigger();
		this.requestKey = snapshot.requestKey();
		this.orderCancelled = snapshot.orderCancelled();
		this.attempts = snapshot.attempts();
		this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
		boolean charge = this.kind == PaymentKind.CHARGE;
		if (charge != (this.captureMethod != null)) {
			throw new IllegalArgumentException("a charge, and only a charge, has a capture method");
		}
		if (charge == (this.refundOf != null) || charge == (this.refundReason != null)
				|| charge == (this.refundTrigger != null)) {
			throw new IllegalArgumentException("a refund, and only a refund, names its charge, reason and trigger");
		}
		if ((this.refundTrigger == RefundTrigger.OPERATOR) != (this.requestKey != null)) {
			throw new IllegalArgumentException("an operator's refund, and only one, has a request key");
		}
		if (this.refunded.amountMinor() > this.amount.amountMinor()) {
			throw new IllegalArgumentException("payment " + this.id + " refunded more than it took");
		}
	}

	/** A new, pending charge of an order's total. */
	public static Payment charge(UUID id, UUID orderId, Money amount, String paymentMethod, CaptureMethod captureMethod,
			UUID correlationId, Instant now) {
		if (paymentMethod == null || paymentMethod.isBlank()) {
			throw new IllegalArgumentException("a charge needs a payment method");
		}
		return new Payment(new Snapshot(id, orderId, PaymentKind.CHARGE, amount, paymentMethod, captureMethod,
				PaymentStatus.PENDING, null, null, null, Money.zero(amount.currency()), false, null, null, null, null,
				correlationId, 0, now, now));
	}

	/** Rebuilds a payment from storage. */
	public static Payment restore(Snapshot snapshot) {
		return new Payment(snapshot);
	}

	// ---- charging

	/**
	 * Counts one more call to the gateway and says what to ask it; only while the charge
	 * is pending. Every attempt of an order's charge carries the same idempotency key.
	 */
	public ChargeRequest nextAttempt() {
		requireKind(PaymentKind.CHARGE, "charged");
		requireStatus(PaymentStatus.PENDING, PaymentStatus.PENDING);
		this.attempts++;
		return new ChargeRequest(this.id, this.orderId, this.amount, this.paymentMethod, this.captureMethod,
				idempotencyKey("charge"));
	}

	/**
	 * Records how the charge went, from the gateway's answer or a webhook.
	 * @return the event to publish, or empty if the charge already got this far
	 * @throws IllegalPaymentTransitionException if the outcome contradicts what is known,
	 * such as the success of a charge whose hold was released
	 */
	public Optional<PaymentEvent> record(ChargeOutcome outcome, Instant at) {
		requireKind(PaymentKind.CHARGE, "charged");
		if (outcome instanceof ChargeOutcome.Succeeded succeeded) {
			return recordSuccess(succeeded.gatewayReference(), at);
		}
		if (outcome instanceof ChargeOutcome.Authorized authorized) {
			if (this.status != PaymentStatus.PENDING && this.status != PaymentStatus.REQUIRES_ACTION
					&& this.status != PaymentStatus.FAILED) {
				return Optional.empty();
			}
			moveTo(PaymentStatus.AUTHORIZED, at);
			this.gatewayReference = authorized.gatewayReference();
			return Optional
				.of(new PaymentEvent.Authorized(this.id, this.orderId, this.amount, authorized.gatewayReference()));
		}
		if (outcome instanceof ChargeOutcome.RequiresAction action) {
			if (this.status != PaymentStatus.PENDING) {
				return Optional.empty();
			}
			moveTo(PaymentStatus.REQUIRES_ACTION, at);
			this.gatewayReference = action.gatewayReference();
			return Optional
				.of(new PaymentEvent.ActionRequired(this.id, this.orderId, this.amount, action.gatewayReference()));
		}
		ChargeOutcome.Declined declined = (ChargeOutcome.Declined) outcome;
		if (this.status != PaymentStatus.PENDING && this.status != PaymentStatus.REQUIRES_ACTION) {
			// A failed attempt reported after a later one succeeded, or again.
			return Optional.empty();
		}
		moveTo(PaymentStatus.FAILED, at);
		this.failureCode = declined.code();
		this.failureReason = declined.message();
		return Optional
			.of(new PaymentEvent.Failed(this.id, this.orderId, this.amount, declined.code(), declined.message()));
	}

	private Optional<PaymentEvent> recordSuccess(String reference, Instant at) {
		if (this.status == PaymentStatus.AUTHORIZED) {
			// The gateway reports the capture before our own call's answer was recorded.
			return captured(at);
		}
		if (this.status.holdsCapturedMoney() || this.status == PaymentStatus.REFUNDED) {
			return Optional.empty();
		}
		moveTo(PaymentStatus.SUCCEEDED, at);
		this.gatewayReference = reference;
		return Optional.of(new PaymentEvent.Succeeded(this.id, this.orderId, this.amount, reference));
	}

	/** Counts one more call to capture an authorized charge and says what to ask. */
	public CaptureRequest nextCaptureAttempt() {
		requireKind(PaymentKind.CHARGE, "captured");
		requireStatus(PaymentStatus.AUTHORIZED, PaymentStatus.SUCCEEDED);
		this.attempts++;
		return new CaptureRequest(this.id, this.orderId, this.gatewayReference, this.amount, idempotencyKey("capture"));
	}

	/**
	 * The gateway took the money the charge held.
	 * @return the event, or empty if the capture was recorded already
	 */
	public Optional<PaymentEvent> captured(Instant at) {
		requireKind(PaymentKind.CHARGE, "captured");
		if (this.status != PaymentStatus.AUTHORIZED) {
			if (this.status.holdsCapturedMoney() || this.status == PaymentStatus.REFUNDED) {
				return Optional.empty();
			}
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.SUCCEEDED);
		}
		moveTo(PaymentStatus.SUCCEEDED, at);
		return Optional.of(new PaymentEvent.Captured(this.id, this.orderId, this.amount, this.gatewayReference));
	}

	// ---- compensating a cancelled order

	/**
	 * Takes note that the order was cancelled, so money that reaches this charge from now
	 * on goes back. Stays true.
	 */
	public void markOrderCancelled(Instant at) {
		requireKind(PaymentKind.CHARGE, "cancelled");
		if (!this.orderCancelled) {
			this.orderCancelled = true;
			this.updatedAt = at;
		}
	}

	public boolean isOrderCancelled() {
		return this.orderCancelled;
	}

	/**
	 * What a cancelled order needs from this charge.
	 * @param pendingRefunds what refunds on their way back already account for
	 */
	public Compensation compensationDue(Money pendingRefunds) {
		requireKind(PaymentKind.CHARGE, "compensated");
		if (this.status == PaymentStatus.AUTHORIZED || this.status == PaymentStatus.REQUIRES_ACTION) {
			return Compensation.CANCEL;
		}
		if (this.status.holdsCapturedMoney() && refundable(pendingRefunds).amountMinor() > 0) {
			return Compensation.REFUND;
		}
		return Compensation.NONE;
	}

	/** Counts one more call to release the charge and says what to ask. */
	public CancelRequest nextCancelAttempt(String reason) {
		requireKind(PaymentKind.CHARGE, "cancelled");
		if (this.status != PaymentStatus.AUTHORIZED && this.status != PaymentStatus.REQUIRES_ACTION) {
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.CANCELED);
		}
		this.attempts++;
		return new CancelRequest(this.id, this.orderId, this.gatewayReference, reason, idempotencyKey("cancel"));
	}

	/**
	 * The gateway released the charge. Only a released hold is an event: a charge that
	 * waited for the customer took nothing and held nothing.
	 * @return the event, or empty if nothing was held or the release was recorded already
	 */
	public Optional<PaymentEvent> cancelled(String reason, Instant at) {
		requireKind(PaymentKind.CHARGE, "cancelled");
		if (this.status == PaymentStatus.CANCELED) {
			return Optional.empty();
		}
		boolean held = this.status == PaymentStatus.AUTHORIZED;
		moveTo(PaymentStatus.CANCELED, at);
		return held ? Optional.of(new PaymentEvent.AuthorizationCancelled(this.id, this.orderId, this.amount,
				this.gatewayReference, reason)) : Optional.empty();
	}

	// ---- refunding

	/**
	 * What the charge has left to give back.
	 * @param pendingRefunds what refunds on their way back already account for
	 */
	public Money refundable(Money pendingRefunds) {
		requireKind(PaymentKind.CHARGE, "refunded");
		if (!this.status.holdsCapturedMoney()) {
			return Money.zero(this.amount.currency());
		}
		return this.amount.minus(this.refunded).minus(pendingRefunds);
	}

	/**
	 * Starts giving back {@code amount} of this charge: a new, pending refund to the same
	 * payment method. The charge itself changes only when the refund succeeded
	 * ({@link #applyRefund}).
	 * @param pendingRefunds what refunds on their way back already account for
	 * @param requestKey the operator's idempotency key, only for
	 * {@link RefundTrigger#OPERATOR}
	 * @throws RefundExceedsChargeException if the charge has less left to give back
	 */
	public Payment refund(UUID refundId, Money amount, RefundTrigger trigger, String reason, String requestKey,
			Money pendingRefunds, Instant now) {
		requireKind(PaymentKind.CHARGE, "refunded");
		if (!this.status.holdsCapturedMoney()) {
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.REFUNDED);
		}
		if (!amount.currency().equals(this.amount.currency())) {
			throw new RefundCurrencyMismatchException(this.id, this.amount.currency(), amount.currency());
		}
		if (amount.amountMinor() <= 0) {
			throw new IllegalArgumentException("a refund gives back more than nothing");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a refund needs a reason");
		}
		Money left = refundable(pendingRefunds);
		if (amount.amountMinor() > left.amountMinor()) {
			throw new RefundExceedsChargeException(this.id, amount, left);
		}
		return new Payment(new Snapshot(refundId, this.orderId, PaymentKind.REFUND, amount, this.paymentMethod, null,
				PaymentStatus.PENDING, null, null, null, Money.zero(amount.currency()), false, this.id, reason, trigger,
				requestKey, this.correlationId, 0, now, now));
	}

	/**
	 * Counts one more call to the gateway and says what to ask it; only while the refund
	 * is pending.
	 * @param charge the charge this refund gives back, whose gateway reference the
	 * gateway needs
	 */
	public RefundRequest nextRefundAttempt(Payment charge) {
		requireKind(PaymentKind.REFUND, "sent as a refund");
		requireRefundOf(charge);
		if (this.refundTrigger == RefundTrigger.GATEWAY) {
			throw new IllegalStateException("refund " + this.id + " was made outside the OMS; it is never sent");
		}
		requireStatus(PaymentStatus.PENDING, PaymentStatus.PENDING);
		this.attempts++;
		String step = (this.refundTrigger == RefundTrigger.OPERATOR) ? "refund-" + this.requestKey : "refund";
		return new RefundRequest(this.id, charge.id, this.orderId, charge.gatewayReference, this.amount,
				this.refundReason, idempotencyKey(step));
	}

	/** The gateway gave the money back. Pair with the charge's {@link #applyRefund}. */
	public void record(RefundOutcome outcome, Instant at) {
		requireKind(PaymentKind.REFUND, "recorded as a refund");
		moveTo(PaymentStatus.SUCCEEDED, at);
		this.gatewayReference = outcome.gatewayReference();
	}

	/** The gateway refused to give the money back; nothing moved. */
	public void refused(String code, String reason, Instant at) {
		requireKind(PaymentKind.REFUND, "refused as a refund");
		moveTo(PaymentStatus.FAILED, at);
		this.failureCode = Objects.requireNonNull(code, "code");
		this.failureReason = Objects.requireNonNull(reason, "reason");
	}

	/**
	 * Takes note that a refund of this charge succeeded.
	 * @return the event saying so
	 */
	public PaymentEvent.Refunded applyRefund(Payment refund, Instant at) {
		requireKind(PaymentKind.CHARGE, "refunded");
		refund.requireRefundOf(this);
		if (refund.status != PaymentStatus.SUCCEEDED) {
			throw new IllegalStateException("refund " + refund.id + " is " + refund.status + ", not SUCCEEDED");
		}
		Money after = this.refunded.plus(refund.amount);
		if (after.amountMinor() > this.amount.amountMinor()) {
			throw new RefundExceedsChargeException(this.id, refund.amount, this.amount.minus(this.refunded));
		}
		moveTo((after.equals(this.amount)) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED, at);
		this.refunded = after;
		return new PaymentEvent.Refunded(this.id, refund.id, this.orderId, refund.amount, refund.gatewayReference,
				refund.refundReason, refund.refundTrigger, after);
	}

	// ----

	private String idempotencyKey(String step) {
		return "order-" + this.orderId + "-" + step;
	}

	private void requireRefundOf(Payment charge) {
		if (!charge.id.equals(this.refundOf)) {
			throw new IllegalArgumentException(
					"refund " + this.id + " gives back " + this.refundOf + ", not " + charge.id);
		}
	}

	private void requireKind(PaymentKind expected, String what) {
		if (this.kind != expected) {
			throw new IllegalStateException(this.kind + " " + this.id + " cannot be " + what);
		}
	}

	private void requireStatus(PaymentStatus required, PaymentStatus target) {
		if (this.status != required) {
			throw new IllegalPaymentTransitionException(this.id, this.status, target);
		}
	}

	private void moveTo(PaymentStatus next, Instant at) {
		if (!this.status.canMoveTo(next)) {
			throw new IllegalPaymentTransitionException(this.id, this.status, next);
		}
		this.status = next;
		this.updatedAt = at;
	}

	public UUID id() {
		return this.id;
	}

	public UUID orderId() {
		return this.orderId;
	}

	public PaymentKind kind() {
		return this.kind;
	}

	public Money amount() {
		return this.amount;
	}

	public PaymentStatus status() {
		return this.status;
	}

	public CaptureMethod captureMethod() {
		return this.captureMethod;
	}

	public RefundTrigger refundTrigger() {
		return this.refundTrigger;
	}

	public String gatewayReference() {
		return this.gatewayReference;
	}

	public UUID correlationId() {
		return this.correlationId;
	}

	public int attempts() {
		return this.attempts;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.kind, this.amount, this.paymentMethod, this.captureMethod,
				this.status, this.gatewayReference, this.failureCode, this.failureReason, this.refunded,
				this.orderCancelled, this.refundOf, this.refundReason, this.refundTrigger, this.requestKey,
				this.correlationId, this.attempts, this.createdAt, this.updatedAt);
	}

	/** What a cancelled order needs from its charge. */
	public enum Compensation {

		/** Nothing: the charge took nothing, or everything went back already. */
		NONE,

		/**
		 * Release the charge at the gateway: it holds money or waits for the customer.
		 */
		CANCEL,

		/** Give back what the charge took and has not given back yet. */
		REFUND

	}

	/**
	 * Everything a payment holds, for storage and for reading; the only way to rebuild
	 * one.
	 *
	 * @param captureMethod for a charge, when it takes the money; {@code null} for a
	 * refund
	 * @param refunded for a charge, what its refunds gave back so far; zero for a refund
	 * @param orderCancelled for a charge, whether its order was cancelled
	 * @param refundOf for a refund, the charge it gives back; {@code null} for a charge
	 * @param refundReason for a refund, why the money went back; {@code null} for a
	 * charge
	 * @param refundTrigger for a refund, what started it; {@code null} for a charge
	 * @param requestKey for an operator's refund, the idempotency key of the request
	 * @param correlationId the order's correlation id, which every event of the payment
	 * carries
	 */
	public record Snapshot(UUID id, UUID orderId, PaymentKind kind, Money amount, String paymentMethod,
			CaptureMethod captureMethod, PaymentStatus status, String gatewayReference, String failureCode,
			String failureReason, Money refunded, boolean orderCancelled, UUID refundOf, String refundReason,
			RefundTrigger refundTrigger, String requestKey, UUID correlationId, int attempts, Instant createdAt,
			Instant updatedAt) {
	}

}
