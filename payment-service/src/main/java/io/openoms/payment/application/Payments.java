package io.openoms.payment.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.RefundTrigger;

/**
 * Where payments are kept. The {@code lock...} methods lock the charge's row until the
 * transaction ends: every change of a charge (our own calls' answers, webhooks, refunds)
 * goes through them, so concurrent changes of one order's money happen one after the
 * other.
 */
public interface Payments {

	/**
	 * Stores a new payment unless it would be a second charge of its order, a second
	 * cancellation refund, or a second refund of the same operator request. A concurrent
	 * add waits for the first to commit, then finds it.
	 * @return false if such a payment exists; nothing was stored
	 */
	boolean addIfAbsent(Payment payment);

	/** Writes the payment's new state. */
	void update(Payment payment);

	/** The order's charge, locked. */
	Optional<Payment> lockCharge(UUID orderId);

	/** The charge with this id, locked. */
	Optional<Payment> lockChargeById(UUID paymentId);

	/** The charge the gateway knows by this id ({@code pi_...}), locked. */
	Optional<Payment> lockChargeByGatewayReference(String gatewayReference);

	/** The payment with this id, locked. */
	Optional<Payment> lock(UUID paymentId);

	/**
	 * The order's refund started by {@code trigger}; {@code requestKey} tells an
	 * operator's refunds apart and is null otherwise.
	 */
	Optional<Payment> findRefund(UUID orderId, RefundTrigger trigger, String requestKey);

	/** What the charge's refunds that are still on their way add up to. */
	Money pendingRefunds(Payment charge);

	/** The payment with this id. */
	Optional<Payment> find(UUID paymentId);

	/** The order's payments, oldest first. */
	List<Payment> findByOrderId(UUID orderId);

}
