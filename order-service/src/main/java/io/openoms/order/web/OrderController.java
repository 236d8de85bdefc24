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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = OpenApiConfiguration.ORDERS)
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
	@Operation(operationId = "placeOrder", summary = "Place an order",
			description = "The server prices the order (catalog, pricing rules, coupon, tax by destination) and "
					+ "answers it in CREATED. Every invalid field is named in one problem. With an "
					+ "`Idempotency-Key`, sending the same request again (after a timeout, say) places nothing new.")
	@ApiResponse(responseCode = "201", description = "Placed; `Location` is the order's URL",
			headers = @Header(name = "Location", description = "The order's URL"))
	@ApiResponse(responseCode = "200",
			description = "Placed before with this `Idempotency-Key` and the same body: that order, unchanged",
			headers = { @Header(name = "Location", description = "The order's URL"),
					@Header(name = REPLAYED_HEADER, description = "`true`: nothing new was placed",
							schema = @Schema(type = "string", allowableValues = "true")) },
			content = @Content(schema = @Schema(implementation = OrderResponse.class)))
	@ApiResponse(responseCode = "413", description = "Body too large (`request-too-large`)")
	@ApiResponse(responseCode = "422",
			description = "Well-formed but cannot be placed (`invalid-input`: an unknown or inactive SKU, an unknown "
					+ "coupon), or the `Idempotency-Key` placed an order for a different body "
					+ "(`idempotency-key-reused`, with that `orderId`)")
	ResponseEntity<OrderResponse> place(@RequestBody PlaceOrderRequest request,
			@Parameter(description = "Makes the placement idempotent (up to 200 characters, a UUID for example): "
					+ "the same key with the same body answers the order placed first (200); with another "
					+ "body, 422.", example = "3f1c0d5e-8a47-4c1b-9d0e-2b6f5a9c7e11") @RequestHeader(
							name = IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey,
			@Parameter(
					description = "Ties the order's events to the caller's request; a new one by default") @RequestHeader(
							name = CORRELATION_HEADER, required = false) UUID correlationId) {
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
	@Operation(operationId = "cancelOrder", summary = "Cancel an order",
			description = "Possible until the parcel leaves; a paid order is refunded and its stock released "
					+ "(compensations, ADR 0009). Cancelling a cancelled order answers it unchanged.")
	@ApiResponse(responseCode = "200", description = "Cancelled (or was already)")
	@ApiResponse(responseCode = "409", description = "Too late: the order shipped (`illegal-transition`)")
	OrderResponse cancel(@PathVariable UUID orderId, @Valid @RequestBody CancelOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		return OrderResponse.of(this.cancelOrder.cancel(orderId, request.reason().strip(), causation(correlationId)));
	}

	/**
	 * Puts the order on hold until it is released: possible in CREATED, PAID and
	 * BACKORDERED; holding a held order answers it unchanged.
	 */
	@PostMapping("/{orderId}/hold")
	@Operation(operationId = "holdOrder", summary = "Put an order on hold",
			description = "An operator's hold: the order's next step (allocation or shipping) waits until release.")
	@ApiResponse(responseCode = "200", description = "On hold (or was already)")
	@ApiResponse(responseCode = "409",
			description = "Not possible in the order's status (`order-cannot-be-held`): only CREATED, PAID and "
					+ "BACKORDERED")
	OrderResponse hold(@PathVariable UUID orderId, @Valid @RequestBody HoldOrderRequest request) {
		return OrderResponse.of(this.holdOrder.hold(orderId, request.reason().strip()));
	}

	/**
	 * Releases the hold; the order proceeds. Releasing an order that is not held answers
	 * it unchanged. The body (a reason) is optional.
	 */
	@PostMapping("/{orderId}/release")
	@Operation(operationId = "releaseOrder", summary = "Release an order's hold",
			description = "The order proceeds with what it waited for. The body (a reason) is optional.")
	@ApiResponse(responseCode = "200", description = "Released (or was not held)")
	OrderResponse release(@PathVariable UUID orderId, @Valid @RequestBody(required = false) HoldOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		return OrderResponse.of(this.releaseOrder.release(orderId, (request != null) ? request.reason().strip() : null,
				causation(correlationId)));
	}

	@GetMapping("/{orderId}")
	@Operation(operationId = "getOrder", summary = "Read an order",
			description = "Its lines, price breakdown, payment, allocation and shipment references, hold and full "
					+ "history (every status change and note with its time and reason).")
	@ApiResponse(responseCode = "200", description = "The order")
	OrderResponse get(@PathVariable UUID orderId) {
		return OrderResponse.of(this.findOrders.byId(orderId));
	}

	/**
	 * Lists orders newest first (placement time, then id), filtered by customer, status,
	 * channel and placement time ({@code placedFrom} inclusive, {@code placedTo}
	 * exclusive) and hold ({@code held}), one page of at most {@code limit} at a time:
	 * pass the answer's {@code nextCursor} as {@code cursor} for the next page.
	 */
	@GetMapping
	@Operation(operationId = "listOrders", summary = "List orders",
			description = "Newest first (placement time, then id), every filter optional and combinable. Page on "
					+ "with the answer's `nextCursor` as `cursor` and the same filters; `nextCursor` is null on the "
					+ "last page.")
	@ApiResponse(responseCode = "200", description = "One page")
	OrderPage search(
			@Parameter(description = "Only this customer's orders") @RequestParam(required = false) String customerId,
			@Parameter(description = "Only orders in this status") @RequestParam(required = false) OrderStatus status,
			@Parameter(description = "Only orders from this channel (`api`, or an upstream system's id)",
					example = "webshop-de") @RequestParam(required = false) String channel,
			@Parameter(description = "Placed at or after (ISO-8601)",
					example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant placedFrom,
			@Parameter(description = "Placed before (ISO-8601)",
					example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant placedTo,
			@Parameter(description = "`true`: only orders on hold; `false`: only orders not on hold") @RequestParam(
					required = false) Boolean held,
			@Parameter(description = "The previous page's `nextCursor` (opaque)") @RequestParam(
					required = false) String cursor,
			@RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
		FindOrders.Page page = this.findOrders.search(new OrderQuery(customerId, status, channel, placedFrom, placedTo,
				held, (cursor != null) ? OrderCursor.decode(cursor) : null, limit));
		return new OrderPage(page.orders().stream().map(OrderResponse::of).toList(),
				page.next().map(OrderCursor::encode).orElse(null));
	}

	private static Causation causation(UUID correlationId) {
		return Causation.newRequest((correlationId != null) ? correlationId : UUID.randomUUID());
	}

}
