package io.openoms.order.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.order.application.CancelOrder;
import io.openoms.order.application.FindOrders;
import io.openoms.order.application.HoldOrder;
import io.openoms.order.application.OrderEntry;
import io.openoms.order.application.OrderQuery;
import io.openoms.order.application.PlaceOrder;
import io.openoms.order.application.ReleaseOrder;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Places, reads, lists, cancels, holds and releases orders. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	static final String CORRELATION_HEADER = "X-Correlation-Id";

	/**
	 * Makes a placement idempotent: the same key with the same body answers the order
	 * placed first.
	 */
	static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	/** Set on the answer to a repeated placement: the order was placed before. */
	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final PlaceOrder placeOrder;

	private final FindOrders findOrders;

	private final CancelOrder cancelOrder;

	private final HoldOrder holdOrder;

	private final ReleaseOrder releaseOrder;

	private final RequestFingerprint fingerprint;

	OrderController(PlaceOrder placeOrder, FindOrders findOrders, CancelOrder cancelOrder, HoldOrder holdOrder,
			ReleaseOrder releaseOrder, RequestFingerprint fingerprint) {
		this.placeOrder = placeOrder;
		this.findOrders = findOrders;
		this.cancelOrder = cancelOrder;
		this.holdOrder = holdOrder;
		this.releaseOrder = releaseOrder;
		this.fingerprint = fingerprint;
	}

	/**
	 * Places an order: 201 with its {@code Location}. With an {@code Idempotency-Key}
	 * that placed an order before for the same body: 200 with that order, its
	 * {@code Location} and {@code Idempotent-Replayed: true}; for a different body: 422.
	 */
	@PostMapping
	ResponseEntity<OrderResponse> place(@RequestBody PlaceOrderRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		OrderEntry entry = OrderEntry.http(request.channel(), idempotencyKey,
				(idempotencyKey != null) ? this.fingerprint.of(request) : null);
		PlaceOrder.Placed placed = this.placeOrder.place(request.toCommand(), entry, causation(correlationId));
		Order order = placed.order();
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		if (!placed.created()) {
			return ResponseEntity.ok().location(location).header(REPLAYED_HEADER, "true").body(OrderResponse.of(order));
		}
		return ResponseEntity.created(location).body(OrderResponse.of(order));
	}

	/**
	 * Cancels until the parcel leaves; cancelling a cancelled order again answers the
	 * order unchanged.
	 */
	@PostMapping("/{orderId}/cancel")
	OrderResponse cancel(@PathVariable UUID orderId, @Valid @RequestBody CancelOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		return OrderResponse.of(this.cancelOrder.cancel(orderId, request.reason().strip(), causation(correlationId)));
	}

	/**
	 * Puts the order on hold until it is released: possible in CREATED, PAID and
	 * BACKORDERED; holding a held order answers it unchanged.
	 */
	@PostMapping("/{orderId}/hold")
	OrderResponse hold(@PathVariable UUID orderId, @Valid @RequestBody HoldOrderRequest request) {
		return OrderResponse.of(this.holdOrder.hold(orderId, request.reason().strip()));
	}

	/**
	 * Releases the hold; the order proceeds. Releasing an order that is not held answers
	 * it unchanged. The body (a reason) is optional.
	 */
	@PostMapping("/{orderId}/release")
	OrderResponse release(@PathVariable UUID orderId, @Valid @RequestBody(required = false) HoldOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		return OrderResponse.of(this.releaseOrder.release(orderId, (request != null) ? request.reason().strip() : null,
				causation(correlationId)));
	}

	@GetMapping("/{orderId}")
	OrderResponse get(@PathVariable UUID orderId) {
		return OrderResponse.of(this.findOrders.byId(orderId));
	}

	/**
	 * Lists orders newest first (placement time, then id), filtered by customer, status,
	 * channel and placement time ({@code placedFrom} inclusive, {@code placedTo}
	 * exclusive), one page of at most {@code limit} at a time: pass the answer's
	 * {@code nextCursor} as {@code cursor} for the next page.
	 */
	@GetMapping
	OrderPage search(@RequestParam(required = false) String customerId,
			@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) String channel,
			@RequestParam(required = false) Instant placedFrom, @RequestParam(required = false) Instant placedTo,
			@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
		FindOrders.Page page = this.findOrders.search(new OrderQuery(customerId, status, channel, placedFrom, placedTo,
				(cursor != null) ? OrderCursor.decode(cursor) : null, limit));
		return new OrderPage(page.orders().stream().map(OrderResponse::of).toList(),
				page.next().map(OrderCursor::encode).orElse(null));
	}

	private static Causation causation(UUID correlationId) {
		return Causation.newRequest((correlationId != null) ? correlationId : UUID.randomUUID());
	}

}
