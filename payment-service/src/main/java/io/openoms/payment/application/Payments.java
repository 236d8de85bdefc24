package io.openoms.payment.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentKind;

/** Where payments are kept. */
public interface Payments {

	/**
	 * Stores a new payment unless its order already has one of the same kind. A
	 * concurrent add for the same order waits for the first to commit, then finds it.
	 * @return false if the order already has a payment of this kind; nothing was stored
	 */
	boolean addIfFirstOfKind(Payment payment);

	/** Writes the payment's new state. */
	void update(Payment payment);

	/** The order's payment of this kind, if it has one. */
	Optional<Payment> find(UUID orderId, PaymentKind kind);

	/** The order's payments, oldest first. */
	List<Payment> findByOrderId(UUID orderId);

}
