package io.openoms.inventory.web;

import java.net.URI;
import java.util.List;

import io.openoms.inventory.application.AdjustStock;
import io.openoms.inventory.application.FindStock;
import io.openoms.inventory.application.ManageProducts;
import io.openoms.inventory.application.ReceiveStock;
import io.openoms.inventory.application.RegisterExpectedReceipt;
import io.openoms.inventory.domain.StockLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The operators' view of stock, and its management: products' stock records, goods
 * received and expected, adjustments, the available-to-promise.
 */
@RestController
@Tag(name = "Stock")
@RequestMapping("/api/stock")
class StockController {

	/** SKUs as the catalog writes them: letters, digits, dots, dashes and underscores. */
	static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	static final String SKU_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-', for example MUG-LOGO";

	private final FindStock findStock;

	private final ReceiveStock receiveStock;

	private final AdjustStock adjustStock;

	private final ManageProducts manageProducts;

	private final RegisterExpectedReceipt registerExpectedReceipt;

	StockController(FindStock findStock, ReceiveStock receiveStock, AdjustStock adjustStock,
			ManageProducts manageProducts, RegisterExpectedReceipt registerExpectedReceipt) {
		this.findStock = findStock;
		this.receiveStock = receiveStock;
		this.adjustStock = adjustStock;
		this.manageProducts = manageProducts;
		this.registerExpectedReceipt = registerExpectedReceipt;
	}

	@GetMapping
	@Operation(operationId = "listStockLevels", summary = "Stock levels per SKU and warehouse")
	@ApiResponse(responseCode = "200", description = "The levels")
	List<StockLevelResponse> levels(
			@RequestParam(required = false) @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		return this.findStock.levels(sku).stream().map(StockLevelResponse::of).toList();
	}

	@GetMapping("/{sku}")
	@Operation(operationId = "getSkuStock", summary = "A SKU's stock in every warehouse and its settings")
	@ApiResponse(responseCode = "200", description = "The SKU's stock")
	SkuStockResponse ofSku(@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		List<StockLevel> levels = this.findStock.ofSku(sku);
		return SkuStockResponse.of(sku, levels, this.findStock.product(sku),
				this.findStock.availableToPromise(sku).backordered());
	}

	@PutMapping("/{sku}")
	@Operation(operationId = "setProductSettings", summary = "Set a SKU's backorder and low-stock settings")
	@ApiResponse(responseCode = "200", description = "The settings")
	StockResponses.ProductResponse setProduct(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@Valid @RequestBody ProductSettingsRequest request) {
		return StockResponses.ProductResponse
			.of(this.manageProducts.set(sku, request.backordersAllowed(), request.lowStockThreshold()));
	}

	@PostMapping("/{sku}/receipts")
	@Operation(operationId = "receiveStock", summary = "Book a goods receipt",
			description = "Backordered orders waiting for the SKU are allocated first, in priority order.")
	@ApiResponse(responseCode = "201", description = "The warehouse's level after the receipt")
	@ApiResponse(responseCode = "422", description = "Unknown warehouse (`invalid-input`)")
	ResponseEntity<StockLevelResponse> receive(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@Valid @RequestBody ReceiptRequest request) {
		return created(sku, this.receiveStock.receive(request.toCommand(sku)));
	}

	@PostMapping("/{sku}/adjustments")
	@Operation(operationId = "adjustStock", summary = "Correct stock (a count, damage)",
			description = "A positive or negative quantity, never below what is reserved.")
	@ApiResponse(responseCode = "201", description = "The warehouse's level after the adjustment")
	@ApiResponse(responseCode = "409", description = "It would take reserved stock (`adjustment-refused`)")
	@ApiResponse(responseCode = "422", description = "Unknown warehouse (`invalid-input`)")
	ResponseEntity<StockLevelResponse> adjust(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@Valid @RequestBody AdjustmentRequest request) {
		if (request.quantity() == 0) {
			throw new InvalidAdjustmentException();
		}
		return created(sku, this.adjustStock.adjust(request.toCommand(sku)));
	}

	@PostMapping("/{sku}/expected-receipts")
	@Operation(operationId = "expectReceipt", summary = "Announce an expected receipt",
			description = "Counts towards available-to-promise from its date.")
	@ApiResponse(responseCode = "201", description = "The expected receipt")
	@ApiResponse(responseCode = "422", description = "Unknown warehouse (`invalid-input`)")
	ResponseEntity<StockResponses.ExpectedReceiptResponse> expect(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@Valid @RequestBody ExpectedReceiptRequest request) {
		var receipt = this.registerExpectedReceipt.register(sku, request.warehouse(), request.quantity(),
				request.expectedOn(), request.reference());
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/stock/{sku}/expected-receipts")
			.buildAndExpand(sku)
			.toUri();
		return ResponseEntity.created(location).body(StockResponses.ExpectedReceiptResponse.of(receipt));
	}

	@GetMapping("/{sku}/expected-receipts")
	@Operation(operationId = "listExpectedReceipts", summary = "A SKU's expected receipts")
	@ApiResponse(responseCode = "200", description = "The expected receipts")
	List<StockResponses.ExpectedReceiptResponse> expectedReceipts(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		return this.findStock.expectedReceiptsOf(sku).stream().map(StockResponses.ExpectedReceiptResponse::of).toList();
	}

	@GetMapping("/{sku}/available-to-promise")
	@Operation(operationId = "availableToPromise", summary = "What can be promised of a SKU, from today on")
	@ApiResponse(responseCode = "200", description = "Available now and by date")
	StockResponses.AvailableToPromiseResponse availableToPromise(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		return StockResponses.AvailableToPromiseResponse.of(this.findStock.availableToPromise(sku));
	}

	private static ResponseEntity<StockLevelResponse> created(String sku, StockLevel level) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/stock/{sku}")
			.buildAndExpand(sku)
			.toUri();
		return ResponseEntity.created(location).body(StockLevelResponse.of(level));
	}

	@GetMapping("/{sku}/movements")
	@Operation(operationId = "listMovements", summary = "A SKU's stock movements, newest first")
	@ApiResponse(responseCode = "200", description = "The movements")
	List<MovementResponse> movements(@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "must be at least 1") @Max(value = 1000,
					message = "must be at most 1000") int limit) {
		return this.findStock.movementsOf(sku, limit).stream().map(MovementResponse::of).toList();
	}

}
