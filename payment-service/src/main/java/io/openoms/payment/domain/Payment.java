package io.openoms.payment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * The payment aggregate: one attempt to move an order's money through the gateway. It
 * owns its state machine: every transition checks that it is legal and returns the event
 * it caused.
 */
public final class Payment {

	private final UUID id;

	private final UUID orderId;

	private final PaymentKind kind;

	private final Money amount;

	private final String paymentMethod;

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
		this.attempts = snapshot.attempts();
		this.updatedAt = Objects.requireNonNull(snapshot.updatedAt(), "updatedAt");
	}

	/** A new, pending charge of an order's total. */
	public static Payment charge(UUID id, UUID orderId, Money amount, String paymentMethod, Instant now) {
		if (paymentMethod == null || paymentMethod.isBlank()) {
			throw new IllegalArgumentException("a charge needs a payment method");
		}
		return new Payment(new Snapshot(id, orderId, PaymentKind.CHARGE, amount, paymentMethod, PaymentStatus.PENDING,
				null, null, null, 0, now, now));
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
	 * Counts one more call to the gateway and says what to ask it; only while the payment
	 * is pending.
	 */
	public ChargeRequest nextAttempt() {
		if (this.status != PaymentStatus.PENDING) {
			throw new IllegalPaymentTransitionException(this.id, this.status, PaymentStatus.PENDING);
		}
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
		moveTo(PaymentStatus.SUCCEEDED, at);
		this.gatewayReference = Objects.requireNonNull(gatewayReference, "gatewayReference");
		return new PaymentEvent.Succeeded(this.id, this.orderId, this.amount, gatewayReference);
	}

	public PaymentEvent.Failed fail(String code, String reason, Instant at) {
		moveTo(PaymentStatus.FAILED, at);
		this.failureCode = Objects.requireNonNull(code, "code");
		this.failureReason = Objects.requireNonNull(reason, "reason");
		return new PaymentEvent.Failed(this.id, this.orderId, this.amount, code, reason);
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
				this.gatewayReference, this.failureCode, this.failureReason, this.attempts, this.createdAt,
				this.updatedAt);
	}

	/**
	 * Everything a payment holds, for storage and for reading; the only way to rebuild
	 * one.
	 */
	public record Snapshot(UUID id, UUID orderId, PaymentKind kind, Money amount, String paymentMethod,
			PaymentStatus status, String gatewayReference, String failureCode, String failureReason, int attempts,
			Instant createdAt, Instant updatedAt) {
	}

}
