package io.openoms.loadgen;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.openoms.contracts.order.ShippingAddress;
import io.openoms.contracts.upstream.OrderPlaced;

/**
 * The orders of a run: lines over the demo catalog's plentiful SKUs, many customers, and
 * the configured shares of declined cards and of orders that can never be allocated.
 */
final class OrderMix {

	/** The demo catalog's SKUs with plenty of stock (topped up before each run). */
	static final List<String> PLENTIFUL_SKUS = List.of("TSHIRT-BLACK-M", "TSHIRT-WHITE-L", "HOODIE-GREY-L", "MUG-LOGO",
			"CAP-NAVY", "SOCKS-3PACK");

	/** The limited poster: five in stock at most, so 1000 never fit. */
	static final String LIMITED_SKU = "POSTER-LIMITED";

	static final int OUT_OF_STOCK_QUANTITY = 1000;

	static final String GOOD_CARD = "pm_card_visa";

	static final String DECLINED_CARD = "pm_card_chargeDeclined";

	/** The most units of one SKU an order asks for. */
	static final int MAX_QUANTITY = 3;

	/** What an order is meant to run into. */
	enum Kind {

		/** Expected to end COMPLETED. */
		NORMAL,
		/** Paid with a declined card: CANCELLED from CREATED. */
		DECLINED,
		/** More posters than exist: CANCELLED after payment, with a refund. */
		OUT_OF_STOCK

	}

	/**
	 * One order to place.
	 *
	 * @param number its sequence number in the run
	 * @param kind what it is meant to run into
	 * @param customerId who places it
	 * @param lines SKU and quantity per line
	 * @param paymentMethod the (test) card
	 */
	record PlannedOrder(long number, Kind kind, String customerId, List<Line> lines, String paymentMethod) {

		/** The body of {@code POST /api/orders}. */
		String json() {
			StringBuilder body = new StringBuilder(320);
			body.append("{\"customerId\":\"").append(this.customerId).append("\",\"lines\":[");
			for (int i = 0; i < this.lines.size(); i++) {
				Line line = this.lines.get(i);
				body.append((i > 0) ? "," : "")
					.append("{\"sku\":\"")
					.append(line.sku())
					.append("\",\"quantity\":")
					.append(line.quantity())
					.append('}');
			}
			ShippingAddress address = address();
			body.append("],\"shippingAddress\":{\"name\":\"")
				.append(address.name())
				.append("\",\"line1\":\"")
				.append(address.line1())
				.append("\",\"postalCode\":\"")
				.append(address.postalCode())
				.append("\",\"city\":\"")
				.append(address.city())
				.append("\",\"country\":\"")
				.append(address.country())
				.append("\"},\"paymentMethod\":\"")
				.append(this.paymentMethod)
				.append("\",\"backorder\":\"REJECT\"}");
			return body.toString();
		}

		/**
		 * The same order as an upstream system hands it over: no backorder choice (the
		 * products' default, which for the limited poster is to refuse), otherwise what
		 * {@link #json()} places over HTTP.
		 * @param channel the upstream system
		 * @param reference the upstream's order reference
		 */
		OrderPlaced upstream(String channel, String reference) {
			return new OrderPlaced(channel, reference, this.customerId,
					this.lines.stream()
						.map((line) -> new OrderPlaced.OrderedLine(line.sku(), line.quantity()))
						.toList(),
					address(), this.paymentMethod, null);
		}

		private ShippingAddress address() {
			return new ShippingAddress("Bench Customer", "Benchstrasse " + (this.number % 200 + 1), null, "10115",
					"Berlin", "DE");
		}

	}

	record Line(String sku, int quantity) {
	}

	private final Random random;

	private final double declinedShare;

	private final double outOfStockShare;

	private final int customers;

	private long next;

	OrderMix(long seed, double declinedShare, double outOfStockShare, int customers) {
		this.random = new Random(seed);
		this.declinedShare = declinedShare;
		this.outOfStockShare = outOfStockShare;
		this.customers = customers;
	}

	synchronized PlannedOrder next() {
		long number = this.next++;
		String customer = "bench-customer-" + this.random.nextInt(this.customers);
		double roll = this.random.nextDouble();
		if (roll < this.declinedShare) {
			return new PlannedOrder(number, Kind.DECLINED, customer, plentifulLines(), DECLINED_CARD);
		}
		if (roll < this.declinedShare + this.outOfStockShare) {
			return new PlannedOrder(number, Kind.OUT_OF_STOCK, customer,
					List.of(new Line(LIMITED_SKU, OUT_OF_STOCK_QUANTITY)), GOOD_CARD);
		}
		return new PlannedOrder(number, Kind.NORMAL, customer, plentifulLines(), GOOD_CARD);
	}

	private List<Line> plentifulLines() {
		List<String> skus = new ArrayList<>(PLENTIFUL_SKUS);
		int count = 1 + this.random.nextInt(3);
		List<Line> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String sku = skus.remove(this.random.nextInt(skus.size()));
			lines.add(new Line(sku, 1 + this.random.nextInt(MAX_QUANTITY)));
		}
		return lines;
	}

}
