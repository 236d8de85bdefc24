package io.openoms.inventory.web;

import java.net.URI;
import java.util.List;

import io.openoms.inventory.application.FindStock;
import io.openoms.inventory.application.ReceiveStock;
import io.openoms.inventory.domain.StockLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The operators' view of stock, and the booking of goods received. */
@RestController
@RequestMapping("/api/stock")
class StockController {

	/** SKUs as the catalog writes them: letters, digits, dots, dashes and underscores. */
	static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	static final String SKU_MESSAGE = "must be 1 to 64 letters, digits, '.', '_' or '-', for example MUG-LOGO";

	private final FindStock findStock;

	private final ReceiveStock receiveStock;

	StockController(FindStock findStock, ReceiveStock receiveStock) {
		this.findStock = findStock;
		this.receiveStock = receiveStock;
	}

	@GetMapping
	List<StockLevelResponse> levels(
			@RequestParam(required = false) @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		return this.findStock.levels(sku).stream().map(StockLevelResponse::of).toList();
	}

	@GetMapping("/{sku}")
	SkuStockResponse ofSku(@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku) {
		return SkuStockResponse.of(sku, this.findStock.ofSku(sku));
	}

	@PostMapping("/{sku}/receipts")
	ResponseEntity<StockLevelResponse> receive(
			@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@Valid @RequestBody ReceiptRequest request) {
		StockLevel level = this.receiveStock.receive(request.toCommand(sku));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/stock/{sku}")
			.buildAndExpand(sku)
			.toUri();
		return ResponseEntity.created(location).body(StockLevelResponse.of(level));
	}

	@GetMapping("/{sku}/movements")
	List<MovementResponse> movements(@PathVariable @Pattern(regexp = SKU_PATTERN, message = SKU_MESSAGE) String sku,
			@RequestParam(defaultValue = "100") @Min(value = 1, message = "must be at least 1") @Max(value = 1000,
					message = "must be at most 1000") int limit) {
		return this.findStock.movementsOf(sku, limit).stream().map(MovementResponse::of).toList();
	}

}
