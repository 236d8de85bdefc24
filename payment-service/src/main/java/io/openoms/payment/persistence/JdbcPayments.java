package io.openoms.payment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.payment.application.Payments;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentKind;
import io.openoms.payment.domain.PaymentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments in PostgreSQL, one row each. */
@Repository
class JdbcPayments implements Payments {

	private final JdbcClient jdbc;

	JdbcPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean addIfFirstOfKind(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		return this.jdbc.sql("""
				insert into payment (id, order_id, kind, status, amount_minor, currency, payment_method,
				    gateway_reference, failure_code, failure_reason, refund_of, refund_reason, attempts,
				    created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (order_id, kind) do nothing
				""")
			.params(p.id(), p.orderId(), p.kind().name(), p.status().name(), p.amount().amountMinor(),
					p.amount().currency(), p.paymentMethod(), p.gatewayReference(), p.failureCode(), p.failureReason(),
					p.refundOf(), p.refundReason(), p.attempts(), Timestamp.from(p.createdAt()),
					Timestamp.from(p.updatedAt()))
			.update() == 1;
	}

	@Override
	public void update(Payment payment) {
		Payment.Snapshot p = payment.snapshot();
		int updated = this.jdbc.sql("""
				update payment set status = ?, gateway_reference = ?, failure_code = ?, failure_reason = ?,
				    attempts = ?, updated_at = ?
				where id = ?
				""")
			.params(p.status().name(), p.gatewayReference(), p.failureCode(), p.failureReason(), p.attempts(),
					Timestamp.from(p.updatedAt()), p.id())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("payment " + p.id() + " is not stored");
		}
	}

	@Override
	public Optional<Payment> find(UUID orderId, PaymentKind kind) {
		return this.jdbc.sql("select * from payment where order_id = ? and kind = ?")
			.params(orderId, kind.name())
			.query(JdbcPayments::payment)
			.optional();
	}

	@Override
	public List<Payment> findByOrderId(UUID orderId) {
		return this.jdbc.sql("select * from payment where order_id = ? order by created_at, id")
			.param(orderId)
			.query(JdbcPayments::payment)
			.list();
	}

	private static Payment payment(ResultSet rs, int n) throws SQLException {
		return Payment.restore(new Payment.Snapshot(rs.getObject("id", UUID.class),
				rs.getObject("order_id", UUID.class), PaymentKind.valueOf(rs.getString("kind")),
				new Money(rs.getLong("amount_minor"), rs.getString("currency")), rs.getString("payment_method"),
				PaymentStatus.valueOf(rs.getString("status")), rs.getString("gateway_reference"),
				rs.getString("failure_code"), rs.getString("failure_reason"), rs.getObject("refund_of", UUID.class),
				rs.getString("refund_reason"), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant()));
	}

}
