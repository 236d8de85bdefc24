package io.openoms.contracts;

/**
 * Every topic of the product, in one place. Each topic has one publishing service; the
 * key of every message is the order id. The README's topic table documents consumers and
 * schemas.
 */
public final class Topics {

	/** Facts about orders, published by order-service for the other services. */
	public static final String ORDER_EVENTS = "oms.order.events";

	/**
	 * The public status feed: one {@code OrderStatusChanged} per transition, for ERPs and
	 * shops.
	 */
	public static final String ORDER_STATUS = "oms.order.status";

	/** Payment outcomes, published by payment-service. */
	public static final String PAYMENT_EVENTS = "oms.payment.events";

	/** Stock allocation outcomes, published by inventory-service. */
	public static final String INVENTORY_EVENTS = "oms.inventory.events";

	/**
	 * Stock alerts for purchasing or an ERP, published by inventory-service: a SKU ran
	 * low or ran out. Keyed by a UUID derived from the SKU (see
	 * {@link io.openoms.contracts.inventory.StockAlert#keyOf(String)}), so the alerts of
	 * one SKU stay in order.
	 */
	public static final String STOCK_ALERTS = "oms.inventory.stock-alerts";

	/** Shipment progress, published by shipping-service. */
	public static final String SHIPPING_EVENTS = "oms.shipping.events";

	/**
	 * Orders handed over by upstream systems (web shops, marketplace connectors):
	 * {@code OrderPlaced}, consumed by order-service. Keyed by a UUID derived from the
	 * upstream's channel and reference (see
	 * {@link io.openoms.contracts.upstream.UpstreamOrder#orderIdOf(String, String)}).
	 */
	public static final String UPSTREAM_ORDERS = "oms.upstream.orders";

	/**
	 * order-service's answers to upstream systems: {@code OrderAccepted} or
	 * {@code OrderRejected} for each {@code OrderPlaced}, with the same key.
	 */
	public static final String UPSTREAM_ORDER_RESULTS = "oms.upstream.order-results";

	/**
	 * Suffix of the dead-letter topic that holds what a consumer of a topic could not
	 * process.
	 */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	private Topics() {
	}

	public static String deadLetterTopicOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
