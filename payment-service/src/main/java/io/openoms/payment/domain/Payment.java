package io.openoms.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * The payment aggregate: one movement of an order's money through the gateway, a charge
 * that takes it or a refund that gives it back. It owns its state machine: every
 * transition checks that it is legal and returns the event it caused.
 */
public final class Payment {

	private final UUID id;

	private final UUID orderId;

	private final PaymentKind kind;

	private final Money amount;

	private final String paymentMethod;

	private final UUID refundOf;

	private final String refundReason;

	private final Instant createdAt;

	private PaymentStatus status;

	private String gatewayReference;

	private String failureCode;

	private String failureReason;

	private int attempts;

	private Instant updatedAt;

	private Payment(Snapshot snapshot) {
		this.id = Objects.requireNonNull(snapshot.id(), "id");
		this.orderId = Objects.requireNonNull(snapshot.orderId(), "orderId");
		this.kind = Objects.requireNonNull(snapshot.kind(), "kind");
		this.amount = Objects.requireNonNull(snapshot.amount(), "amount");
		this.paymentMethod = Objects.requireNonNull(snapshot.paymentMethod(), "paymentMethod");
		this.createdAt = Objects.requireNonNull(snapshot.createdAt(), "createdAt");
		this.status = Objects.requireNonNull(snapshot.status(), "status");
		this.gatewayReference = snapshot.gatewayReference();
		this.failureCode = snapshot.failureCode();
		this.failureReason = snapshot.failureReason();
		this.refundOf = snapshot.refundOf();
		this.refundReason = snapshot.refundReason();
		this.attempts = snapshot.attempts();
		this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
		if ((this.kind == PaymentKind.CHARGE) != (this.refundOf == null)) {
			throw new IllegalArgumentException("a refund, and only a refund, names the charge it gives back");
		}
		if ((this.kind == PaymentKind.CHARGE) != (this.refundReason == null)) {
			throw new IllegalArgumentException("a refund, and only a refund, has a reason");
		}
	}

	/** A new, pending charge of an order's total. */
	public static Payment charge(UUID id, UUID orderId, Money amount, String paymentMethod, Instant now) {
		if (paymentMethod == null || paymentMethod.isBlank()) {
			throw new IllegalArgumentException("a charge needs a payment method");
		}
		return new Payment(new Snapshot(id, orderId, PaymentKind.CHARGE, amount, paymentMethod, PaymentStatus.PENDING,
				null, null, null, null, null, 0, now, now));
	}

	/** Rebuilds a payment from storage. */
	public static Payment restore(Snapshot snapshot) {
		return new Payment(snapshot);
	}

	/**
	 * The idempotency key of a step of an order: every attempt of the step sends the same
	 * one.
	 */
	public static String idempotencyKey(UUID orderId, PaymentKind kind) {
		return "order-" + orderId + "-" + kind.step();
	}

	/**
	 * Counts one more call to the gateway and says what to ask it; only while the charge
	 * is pending.
	 */
	public ChargeRequest nextAttempt() {
		requireKind(PaymentKind.CHARGE, "charged");
		requirePending();
		this.attempts++;
		return new ChargeRequest(this.id, this.orderId, this.amount, this.paymentMethod,
				idempotencyKey(this.orderId, this.kind));
	}

	/** Records the gateway's answer: the charge succeeded or was declined. */
	public PaymentEvent record(ChargeOutcome outcome, Instant at) {
		if (outcome instanceof ChargeOutcome.Succeeded succeeded) {
			return succeed(succeeded.gatewayReference(), at);
		}
		ChargeOutcome.Declined declined = (ChargeOutcome.Declined) outcome;
		return fail(declined.code(), declined.message(), at);
	}

	public PaymentEvent.Succeeded succeed(String gatewayReference, Instant at) {
		requireKind(PaymentKind.CHARGE, "charged");
		moveTo(PaymentStatus.SUCCEEDED, at);
		this.gatewayReference = Objects.requireNonNull(gatewayReference, "gatewayReference");
		return new PaymentEvent.Succeeded(this.id, this.orderId, this.amount, gatewayReference);
	}

	public PaymentEvent.Failed fail(String code, String reason, Instant at) {
		requireKind(PaymentKind.CHARGE, "charged");
		moveTo(PaymentStatus.FAILED, at);
		this.failureCode = Objects.requireNonNull(code, "code");
		this.failureReason = Objects.requireNonNull(reason, "reason");
		return new PaymentEvent.Failed(this.id, this.orderId, this.amount, code, reason);
	}

	/**
	 * Whether money was taken that has not gone back yet: a charge that succeeded and is
	 * not refunded.
	 */
	public boolean isRefundable() {
		return this.kind == PaymentKind.CHARGE && this.status == PaymentStatus.SUCCEEDED;
	}

	/**
	 * Starts giving back all this charge took: a new, pending refund of the whole amount,
	 * to the same payment method. The charge itself moves on only when the refund
	 * succeeded ({@link #markRefunded}).
	 * @throws IllegalPaymentTransitionException if the charge did not take money or was
	 * refunded already
	 */
	public Payment refundInFull(UUID refundId, String reason, Instant now) {
		requireKind(PaymentKind.CHARGE, "refunded");
		if (!isRefundable()) {
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.REFUNDED);
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("a refund needs a reason");
		}
		return new Payment(new Snapshot(refundId, this.orderId, PaymentKind.REFUND, this.amount, this.paymentMethod,
				PaymentStatus.PENDING, null, null, null, this.id, reason, 0, now, now));
	}

	/**
	 * Counts one more call to the gateway and says what to ask it; only while the refund
	 * is pending.
	 * @param charge the charge this refund gives back, whose gateway reference the
	 * gateway needs
	 */
	public RefundRequest nextRefundAttempt(Payment charge) {
		requireKind(PaymentKind.REFUND, "sent as a refund");
		if (!charge.id.equals(this.refundOf)) {
			throw new IllegalArgumentException(
					"refund " + this.id + " gives back " + this.refundOf + ", not " + charge.id);
		}
		requirePending();
		this.attempts++;
		return new RefundRequest(this.id, charge.id, this.orderId, charge.gatewayReference, this.amount,
				this.refundReason, idempotencyKey(this.orderId, this.kind));
	}

	/** Records the gateway's answer to the refund: the money went back. */
	public PaymentEvent.Refunded record(RefundOutcome outcome, Instant at) {
		requireKind(PaymentKind.REFUND, "recorded as a refund");
		moveTo(PaymentStatus.SUCCEEDED, at);
		this.gatewayReference = outcome.gatewayReference();
		return new PaymentEvent.Refunded(this.refundOf, this.id, this.orderId, this.amount, this.gatewayReference,
				this.refundReason);
	}

	/**
	 * Takes note that this charge's money went back in full.
	 * @throws IllegalPaymentTransitionException if the charge did not take money or was
	 * refunded already
	 */
	public void markRefunded(PaymentEvent.Refunded refund, Instant at) {
		requireKind(PaymentKind.CHARGE, "refunded");
		if (!this.id.equals(refund.paymentId())) {
			throw new IllegalArgumentException(
					"refund " + refund.refundId() + " gives back " + refund.paymentId() + ", not " + this.id);
		}
		if (!this.amount.equals(refund.amount())) {
			throw new IllegalArgumentException("only full refunds are supported: charged " + this.amount + ", refund "
					+ refund.refundId() + " gave back " + refund.amount());
		}
		moveTo(PaymentStatus.REFUNDED, at);
	}

	private void requireKind(PaymentKind expected, String what) {
		if (this.kind != expected) {
			throw new IllegalStateException(this.kind + " " + this.id + " cannot be " + what);
		}
	}

	private void requirePending() {
		if (this.status != PaymentStatus.PENDING) {
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.PENDING);
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

	public int attempts() {
		return this.attempts;
	}

	public Snapshot snapshot() {
		return new Snapshot(this.id, this.orderId, this.kind, this.amount, this.paymentMethod, this.status,
				this.gatewayReference, this.failureCode, this.failureReason, this.refundOf, this.refundReason,
				this.attempts, this.createdAt, this.updatedAt);
	}

	/**
	 * Everything a payment holds, for storage and for reading; the only way to rebuild
	 * one.
	 *
	 * @param refundOf for a refund, the charge it gives back; {@code null} for a charge
	 * @param refundReason for a refund, why the money went back; {@code null} for a
	 * charge
	 */
	public record Snapshot(UUID id, UUID orderId, PaymentKind kind, Money amount, String paymentMethod,
			PaymentStatus status, String gatewayReference, String failureCode, String failureReason, UUID refundOf,
			String refundReason, int attempts, Instant createdAt, Instant updatedAt) {
	}

}
