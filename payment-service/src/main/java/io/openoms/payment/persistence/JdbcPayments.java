package io.openoms.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.application.Payments;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentKind;
import io.openoms.payment.domain.PaymentStatus;
import io.openoms.payment.domain.RefundTrigger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPayments implements Payments {

	private final JdbcClient jdbc;

	JdbcPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean addIfAbsent(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		// No conflict target: any of the unique indexes (one charge per order, one
		// cancellation refund per order, one refund per operator request) makes this a
		// no-op.
		return this.jdbc.sql("""
				insert into payment (id, order_id, kind, status, amount_minor, currency, payment_method,
				    capture_method, gateway_reference, failure_code, failure_reason, refunded_minor, order_cancelled,
				    refund_of, refund_reason, refund_trigger, request_key, correlation_id, attempts, created_at,
				    updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(p.id(), p.orderId(), p.kind().name(), p.status().name(), p.amount().amountMinor(),
					p.amount().currency(), p.paymentMethod(), nameOf(p.captureMethod()), p.gatewayReference(),
					p.failureCode(), p.failureReason(), p.refunded().amountMinor(), p.orderCancelled(), p.refundOf(),
					p.refundReason(), nameOf(p.refundTrigger()), p.requestKey(), p.correlationId(), p.attempts(),
					Timestamp.from(p.createdAt()), Timestamp.from(p.updatedAt()))
			.update() == 1;
	}

	@Override
	public void update(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		int updated = this.jdbc.sql("""
				update payment set status = ?, gateway_reference = ?, failure_code = ?, failure_reason = ?,
				    refunded_minor = ?, order_cancelled = ?, attempts = ?, updated_at = ?
				where id = ?
				""")
			.params(p.status().name(), p.gatewayReference(), p.failureCode(), p.failureReason(),
					p.refunded().amountMinor(), p.orderCancelled(), p.attempts(), Timestamp.from(p.updatedAt()), p.id())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("payment " + p.id() + " is not stored");
		}
	}

	@Override
	public Optional<Payment> lockCharge(UUID orderId) {
		return one("select * from payment where order_id = ? and kind = 'CHARGE' for update", orderId);
	}

	@Override
	public Optional<Payment> lockChargeById(UUID paymentId) {
		return one("select * from payment where id = ? and kind = 'CHARGE' for update", paymentId);
	}

	@Override
	public Optional<Payment> lockChargeByGatewayReference(String gatewayReference) {
		return one("select * from payment where gateway_reference = ? and kind = 'CHARGE' for update",
				gatewayReference);
	}

	@Override
	public Optional<Payment> lock(UUID paymentId) {
		return one("select * from payment where id = ? for update", paymentId);
	}

	@Override
	public Optional<Payment> findRefund(UUID orderId, RefundTrigger trigger, String requestKey) {
		return this.jdbc.sql("""
				select * from payment
				where order_id = ? and kind = 'REFUND' and refund_trigger = ?
				  and request_key is not distinct from ?
				""").params(orderId, trigger.name(), requestKey).query(JdbcPayments::payment).optional();
	}

	@Override
	public Money pendingRefunds(Payment charge) {
		long pending = this.jdbc
			.sql("select coalesce(sum(amount_minor), 0) from payment where refund_of = ? and status = 'PENDING'")
			.param(charge.id())
			.query(Long.class)
			.single();
		return new Money(pending, charge.amount().currency());
	}

	@Override
	public Optional<Payment> find(UUID paymentId) {
		return one("select * from payment where id = ?", paymentId);
	}

	@Override
	public List<Payment> findByOrderId(UUID orderId) {
		return this.jdbc.sql("select * from payment where order_id = ? order by created_at, id")
			.param(orderId)
			.query(JdbcPayments::payment)
			.list();
	}

	private Optional<Payment> one(String sql, Object parameter) {
		return this.jdbc.sql(sql).param(parameter).query(JdbcPayments::payment).optional();
	}

	private static String nameOf(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static Payment payment(ResultSet rs, int n) throws SQLException {
		String currency = rs.getString("currency");
		String captureMethod = rs.getString("capture_method");
		String refundTrigger = rs.getString("refund_trigger");
		return Payment.restore(new Payment.Snapshot(rs.getObject("id", UUID.class),
				rs.getObject("order_id", UUID.class), PaymentKind.valueOf(rs.getString("kind")),
				new Money(rs.getLong("amount_minor"), currency), rs.getString("payment_method"),
				(captureMethod != null) ? CaptureMethod.valueOf(captureMethod) : null,
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("gateway_reference"),
				rs.getString("failure_code"), rs.getString("failure_reason"),
				new Money(rs.getLong("refunded_minor"), currency), rs.getBoolean("order_cancelled"),
				rs.getObject("refund_of", UUID.class), rs.getString("refund_reason"),
				(refundTrigger != null) ? RefundTrigger.valueOf(refundTrigger) : null, rs.getString("request_key"),
				rs.getObject("correlation_id", UUID.class), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()));
	}

}
