package io.openoms.reconciliation;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statuses, kinds and movement types the audit reads from the four services' tables,
 * spelt as the services write them (their migrations' check constraints list them). Each
 * is named once here: in Java a misspelt name does not compile, and {@link #sql} refuses
 * a query whose quoted literals are not named here, so a typo cannot make a check match
 * nothing. The audit only reads the databases, so it mirrors the services' enums rather
 * than depending on their domain modules.
 */
final class Statuses {

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	private Statuses() {
	}

	/**
	 * The query, after checking that each of its quoted literals is a value of one of the
	 * given vocabularies.
	 * @param sql the query
	 * @param vocabularies the classes below whose values the query may name
	 * @return the query
	 * @throws IllegalArgumentException if the query names a value none of them has
	 */
	static String sql(String sql, Class<?>... vocabularies) {
		Set<String> known = new HashSet<>();
		Arrays.stream(vocabularies).forEach((vocabulary) -> known.addAll(valuesOf(vocabulary)));
		Matcher literal = LITERAL.matcher(sql);
		while (literal.find()) {
			if (!known.contains(literal.group(1))) {
				throw new IllegalArgumentException("'" + literal.group(1) + "' is none of "
						+ Arrays.stream(vocabularies).map(Class::getSimpleName).toList() + " in: " + sql);
			}
		}
		return sql;
	}

	private static Set<String> valuesOf(Class<?> vocabulary) {
		Set<String> values = new HashSet<>();
		for (Field field : vocabulary.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					values.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return values;
	}

	/** order-service: {@code customer_order.status} and {@code withheld_status}. */
	static final class Order {

		static final String CREATED = "CREATED";

		static final String PAID = "PAID";

		static final String BACKORDERED = "BACKORDERED";

		static final String ALLOCATED = "ALLOCATED";

		static final String SHIPPED = "SHIPPED";

		static final String COMPLETED = "COMPLETED";

		static final String CANCELLED = "CANCELLED";

		private Order() {
		}

	}

	/** payment-service: {@code payment.status}. */
	static final class Payment {

		static final String PENDING = "PENDING";

		static final String REQUIRES_ACTION = "REQUIRES_ACTION";

		static final String AUTHORIZED = "AUTHORIZED";

		static final String SUCCEEDED = "SUCCEEDED";

		static final String PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED";

		static final String REFUNDED = "REFUNDED";

		static final String FAILED = "FAILED";

		static final String CANCELED = "CANCELED";

		private Payment() {
		}

	}

	/** payment-service: {@code payment.kind}. */
	static final class PaymentKind {

		static final String CHARGE = "CHARGE";

		static final String REFUND = "REFUND";

		private PaymentKind() {
		}

	}

	/** payment-service: {@code payment.refund_trigger}, what caused a refund. */
	static final class RefundTrigger {

		static final String ORDER_CANCELLED = "ORDER_CANCELLED";

		static final String OPERATOR = "OPERATOR";

		private RefundTrigger() {
		}

	}

	/** inventory-service: {@code allocation.status}. */
	static final class Allocation {

		static final String ALLOCATED = "ALLOCATED";

		static final String REJECTED = "REJECTED";

		static final String BACKORDERED = "BACKORDERED";

		static final String EXPIRED = "EXPIRED";

		static final String SHIPPED = "SHIPPED";

		static final String RELEASED = "RELEASED";

		static final String RETURNED = "RETURNED";

		private Allocation() {
		}

	}

	/** inventory-service: {@code stock_movement.movement_type}. */
	static final class Movement {

		static final String RECEIPT = "RECEIPT";

		static final String ALLOCATION = "ALLOCATION";

		static final String RELEASE = "RELEASE";

		static final String SHIPMENT = "SHIPMENT";

		static final String RETURN = "RETURN";

		static final String ADJUSTMENT = "ADJUSTMENT";

		private Movement() {
		}

	}

	/** shipping-service: {@code shipment.status}. */
	static final class Shipment {

		static final String CREATED = "CREATED";

		static final String DISPATCHED = "DISPATCHED";

		static final String DELIVERED = "DELIVERED";

		static final String FAILED = "FAILED";

		static final String RETURNED = "RETURNED";

		static final String RECALLED = "RECALLED";

		private Shipment() {
		}

	}

}
